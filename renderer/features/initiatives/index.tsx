import type { Route } from '../../navigation';
import { InitiativeDetail } from './InitiativeDetail';
import { InventoryView } from './InventoryView';

export { loadExampleData } from './initiatives-repository';
export { useFilteredInitiatives, useInventory } from './use-inventory';

/** The inventory (`#/initiatives`) and one initiative (`#/initiatives/<id>`, `#/initiatives/new`). */
export function InitiativesSection(props: { route: Route }) {
  const id = props.route.rest.split('/')[0];
  return id ? <InitiativeDetail key={id} id={id} /> : <InventoryView />;
}
