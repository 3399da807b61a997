import type { Initiative } from '../../../shared/domain/initiative';

export function Overlaps(_props: { initiatives: Initiative[] }) {
  return null;
}
