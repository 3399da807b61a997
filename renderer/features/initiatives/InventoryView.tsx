import {
  Button,
  Menu,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ColumnTripleRegular, DatabaseArrowDownRegular } from '@fluentui/react-icons';
import type { SortingState, VisibilityState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDkk } from '../../../shared/format/danish';
import { useServices } from '../../app-services';
import { navigate } from '../../navigation';
import { useInitiativeFilter } from '../../state/initiative-filter-store';
import { EmptyState } from '../../ui/EmptyState';
import { useNotify } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { FilterBar } from './FilterBar';
import { InventoryTable } from './InventoryTable';
import { loadExampleData } from './initiatives-repository';
import { COLUMN_IDS, type ColumnId, DEFAULT_HIDDEN_COLUMNS, sortInitiatives } from './inventory-columns';
import { SavedViewsControl } from './SavedViewsControl';
import { type InventoryViewState, InventoryViewStateSchema } from './saved-views';
import { shownBy, useInitiativeSearch, useInventory, useReferenceLookup } from './use-inventory';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    // The table scrolls inside the page so its header and the footer stay in view.
    height: 'calc(100vh - 130px)',
    minHeight: '520px',
  },
  headerActions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  footer: { display: 'flex', gap: tokens.spacingHorizontalXL, flexWrap: 'wrap' },
});

const LAYOUT_KEY = 'csb.initiatives.layout';
const DEFAULT_LAYOUT = { columns: DEFAULT_HIDDEN_COLUMNS, sort: { column: 'title' as ColumnId, descending: false } };

/** Columns and sort order are this laptop's habit: kept in localStorage between sessions. */
function loadLayout(): Pick<InventoryViewState, 'columns' | 'sort'> {
  try {
    const parsed = InventoryViewStateSchema.pick({ columns: true, sort: true }).safeParse(
      JSON.parse(localStorage.getItem(LAYOUT_KEY) ?? 'null'),
    );
    return parsed.success ? parsed.data : DEFAULT_LAYOUT;
  } catch {
    return DEFAULT_LAYOUT;
  }
}

export function InventoryView() {
  const { t } = useTranslation('initiatives');
  const styles = useStyles();
  const { recorder, actor } = useServices();
  const notify = useNotify();
  const inventory = useInventory();
  const records = inventory?.records;
  const lookup = useReferenceLookup();
  const [filter, setFilter] = useInitiativeFilter();
  const [layout, setLayout] = useState(loadLayout);
  const [loading, setLoading] = useState(false);
  const search = useInitiativeSearch(records);

  useEffect(() => localStorage.setItem(LAYOUT_KEY, JSON.stringify(layout)), [layout]);
  // Build the search index while the user looks at the table, not on the first keystroke.
  useEffect(() => {
    const handle = setTimeout(() => search.prepare(), 300);
    return () => clearTimeout(handle);
  }, [search]);

  const sorted = useMemo(
    () =>
      records && lookup.ready ? sortInitiatives(records, layout.sort.column, layout.sort.descending, lookup, t) : [],
    [records, lookup, layout.sort.column, layout.sort.descending, t],
  );
  const matches = useMemo(() => search.search(filter.search), [search, filter.search]);
  const shown = useMemo(
    () => sorted.filter(shownBy(filter, lookup.adultGroups, matches)),
    [sorted, filter, lookup.adultGroups, matches],
  );
  const budget = useMemo(() => shown.reduce((sum, row) => sum + (row.annualBudgetDkk ?? 0), 0), [shown]);
  const activeCount = useMemo(() => records?.filter((r) => !r.archived).length ?? 0, [records]);

  // What a saved view captures, read when the user saves (a ref keeps the header from rendering per keystroke).
  const viewState = useRef<InventoryViewState>({ filter, ...layout });
  viewState.current = { filter, ...layout };
  const getViewState = useCallback(() => viewState.current, []);
  const applyView = useCallback(
    (state: InventoryViewState) => {
      setFilter(state.filter);
      setLayout({ columns: state.columns, sort: state.sort });
    },
    [setFilter],
  );
  const columns = layout.columns;
  // Memoised: typing in the search box does not render the header's menus and dropdowns again.
  const headerActions = useMemo(
    () => (
      <div className={styles.headerActions}>
        <SavedViewsControl getCurrent={getViewState} onApply={applyView} />
        <Menu
          checkedValues={{ columns: COLUMN_IDS.filter((id) => columns[id] !== false) }}
          onCheckedValueChange={(_, data) => {
            const on = new Set(data.checkedItems);
            on.add('title');
            setLayout((prev) => ({
              ...prev,
              columns: Object.fromEntries(COLUMN_IDS.map((id) => [id, on.has(id)])),
            }));
          }}
        >
          <MenuTrigger disableButtonEnhancement>
            <Button icon={<ColumnTripleRegular />}>{t('table.columns')}</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList aria-label={t('table.columnsLabel')}>
              {COLUMN_IDS.map((id) => (
                <MenuItemCheckbox key={id} name="columns" value={id} disabled={id === 'title'}>
                  {t(`fields.${id}`)}
                </MenuItemCheckbox>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => navigate('initiatives', 'new')}>
          {t('actions.create')}
        </Button>
      </div>
    ),
    [columns, getViewState, applyView, t, styles.headerActions],
  );

  const sorting = useMemo<SortingState>(
    () => [{ id: layout.sort.column, desc: layout.sort.descending }],
    [layout.sort],
  );
  const visibility = layout.columns as VisibilityState;

  async function loadExamples() {
    setLoading(true);
    try {
      const count = await loadExampleData(recorder, actor);
      notify.success(t('actions.examplesLoaded', { count }));
    } catch (error) {
      notify.failure(t('actions.loadFailed'), error);
    } finally {
      setLoading(false);
    }
  }

  const createButton = (
    <Button appearance="primary" icon={<AddRegular />} onClick={() => navigate('initiatives', 'new')}>
      {t('actions.create')}
    </Button>
  );

  if (records === undefined || !lookup.ready) {
    return (
      <>
        <PageHeader title={t('title')} />
        <Spinner label={t('loading')} />
      </>
    );
  }

  if (records.length === 0 && inventory?.complete) {
    return (
      <>
        <PageHeader title={t('title')} />
        <EmptyState
          title={t('empty.title')}
          body={t('empty.body')}
          actions={
            <div style={{ display: 'flex', gap: tokens.spacingHorizontalS }}>
              {createButton}
              <Button icon={<DatabaseArrowDownRegular />} disabled={loading} onClick={() => void loadExamples()}>
                {t('actions.loadExamples')}
              </Button>
            </div>
          }
        />
      </>
    );
  }

  return (
    <div className={styles.root}>
      <PageHeader title={t('title')} actions={headerActions} />
      <FilterBar filter={filter} onChange={setFilter} lookup={lookup} />
      {shown.length === 0 ? (
        <EmptyState title={t('noMatches.title')} body={t('noMatches.body')} />
      ) : (
        <InventoryTable
          rows={shown}
          lookup={lookup}
          sorting={sorting}
          onSortingChange={(next) => {
            const first = next[0];
            if (first && (COLUMN_IDS as readonly string[]).includes(first.id)) {
              setLayout((prev) => ({ ...prev, sort: { column: first.id as ColumnId, descending: first.desc } }));
            }
          }}
          columnVisibility={visibility}
        />
      )}
      <div className={styles.footer} role="status" data-testid="inventory-footer">
        <Text weight="semibold">
          {t('table.footer', { shown: shown.length, total: filter.includeArchived ? records.length : activeCount })}
        </Text>
        <Text>{t('table.budgetSum', { sum: formatDkk(budget) })}</Text>
        {inventory && !inventory.complete && (
          <Text italic>{t('table.stillLoading', { count: inventory.expected })}</Text>
        )}
      </div>
    </div>
  );
}
