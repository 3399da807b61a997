import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowSortDownRegular, ArrowSortUpRegular } from '@fluentui/react-icons';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type SortingState,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../shared/domain/initiative';
import { navigate } from '../../navigation';
import {
  COLUMN_IDS,
  COLUMN_WIDTHS,
  type ColumnId,
  NUMERIC_COLUMNS,
  type RowTexts,
  rowTextCache,
} from './inventory-columns';
import type { ReferenceLookup } from './use-inventory';

const ROW_HEIGHT = 40;

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: '240px',
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Grid and flex instead of table layout: a scrolled row only moves (transform), nothing else is laid out again.
  table: { display: 'grid', fontSize: tokens.fontSizeBase300 },
  thead: { display: 'grid', position: 'sticky', top: 0, zIndex: 1 },
  headRow: { display: 'flex', width: '100%' },
  tbody: { display: 'grid', position: 'relative' },
  th: {
    display: 'block',
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    textAlign: 'left',
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
  },
  sortButton: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    height: '36px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'none',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    textAlign: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  numericHead: { justifyContent: 'flex-end' },
  row: {
    display: 'flex',
    position: 'absolute',
    top: 0,
    left: 0,
    width: '100%',
    height: `${ROW_HEIGHT}px`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  archived: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  td: {
    display: 'block',
    flexShrink: 0,
    boxSizing: 'border-box',
    lineHeight: `${ROW_HEIGHT - 1}px`,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  numeric: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  link: { color: tokens.colorBrandForegroundLink, textDecoration: 'none', fontWeight: tokens.fontWeightSemibold },
});

/**
 * The inventory as a virtualised table: only the rows in view are in the DOM.
 * Rows arrive filtered and sorted; this component shows them and handles
 * header clicks (sort) and the keyboard (arrows move, Enter opens).
 */
export function InventoryTable(props: {
  rows: Initiative[];
  lookup: ReferenceLookup;
  sorting: SortingState;
  onSortingChange: (next: SortingState) => void;
  columnVisibility: VisibilityState;
}) {
  const { t } = useTranslation('initiatives');
  const styles = useStyles();
  const { rows, lookup } = props;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const focusPending = useRef(false);

  const columns = useMemo<ColumnDef<Initiative>[]>(
    () =>
      COLUMN_IDS.map((id) => ({
        id,
        // Sorting is done beforehand (sortInitiatives); the accessor only makes the column sortable.
        accessorFn: (row) => row[id],
        sortDescFirst: false,
        header: () => t(`fields.${id}`),
        size: COLUMN_WIDTHS[id],
      })),
    [t],
  );
  // `lookup` changes with the language, so the texts follow a language switch.
  const textsOf = useMemo(() => rowTextCache(lookup, t), [lookup, t]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? -1;
  // The table model gets only the rows in view: building row objects for
  // all 10,000 on every keystroke would cost more than the filtering itself.
  const windowRows = useMemo(() => rows.slice(firstIndex, lastIndex + 1), [rows, firstIndex, lastIndex]);

  const table = useReactTable({
    data: windowRows,
    columns,
    state: { sorting: props.sorting, columnVisibility: props.columnVisibility },
    manualSorting: true,
    enableSortingRemoval: false,
    onSortingChange: (updater) =>
      props.onSortingChange(typeof updater === 'function' ? updater(props.sorting) : updater),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
  });
  const tableRows = table.getRowModel().rows;

  const clampedActive = Math.min(activeIndex, Math.max(rows.length - 1, 0));

  useEffect(() => {
    if (!focusPending.current) return;
    const element = scrollerRef.current?.querySelector<HTMLElement>(`tr[data-index="${clampedActive}"]`);
    if (element) {
      element.focus({ preventScroll: true });
      focusPending.current = false;
    }
  });

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(index, rows.length - 1));
    focusPending.current = true;
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
    const page = Math.max(1, Math.floor((scrollerRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: clampedActive + 1,
      ArrowUp: clampedActive - 1,
      PageDown: clampedActive + page,
      PageUp: clampedActive - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter') {
      const row = rows[clampedActive];
      if (row) {
        event.preventDefault();
        navigate('initiatives', row.id);
      }
    }
  }

  const visibleColumns = table.getVisibleLeafColumns();
  const visibleKey = visibleColumns.map((c) => c.id).join(',');
  // Keyed by the joined ids, so the array (and the memoised rows) only change when the columns do.
  const visibleIds = useMemo(() => visibleKey.split(',') as ColumnId[], [visibleKey]);
  const archivedLabel = t('table.archived');
  // Class names worked out once here, not in each of the rows that mount while scrolling.
  const rowClasses = useMemo<RowClasses>(
    () => ({
      row: styles.row,
      archivedRow: mergeClasses(styles.row, styles.archived),
      td: styles.td,
      numericTd: mergeClasses(styles.td, styles.numeric),
      link: styles.link,
    }),
    [styles],
  );
  const totalWidth = visibleColumns.reduce((sum, c) => sum + c.getSize(), 0);
  const widths = COLUMN_WIDTHS;

  return (
    <div ref={scrollerRef} className={styles.scroller} data-testid="inventory-scroller">
      <table
        className={styles.table}
        style={{ width: totalWidth }}
        aria-label={t('table.label')}
        aria-rowcount={rows.length + 1}
        data-testid="inventory-table"
      >
        <thead className={styles.thead}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1} className={styles.headRow}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const numeric = NUMERIC_COLUMNS.has(header.column.id as ColumnId);
                return (
                  <th
                    key={header.id}
                    className={mergeClasses(styles.th, numeric && styles.numeric)}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    scope="col"
                    style={{ width: header.getSize() }}
                  >
                    <button
                      type="button"
                      className={mergeClasses(styles.sortButton, numeric && styles.numericHead)}
                      onClick={header.column.getToggleSortingHandler()}
                      title={t('table.sortBy', { column: t(`fields.${header.column.id}`) })}
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      {sorted === 'asc' && <ArrowSortUpRegular aria-hidden />}
                      {sorted === 'desc' && <ArrowSortDownRegular aria-hidden />}
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody onKeyDown={onKeyDown} className={styles.tbody} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = tableRows[item.index - firstIndex];
            if (!row) return null;
            return (
              <InventoryRow
                key={row.id}
                initiative={row.original}
                texts={textsOf(row.original)}
                columns={visibleIds}
                widths={widths}
                index={item.index}
                start={item.start}
                active={item.index === clampedActive}
                archivedLabel={archivedLabel}
                classes={rowClasses}
                onFocusRow={setActiveIndex}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface RowClasses {
  row: string;
  archivedRow: string;
  td: string;
  numericTd: string;
  link: string;
}

/** One table row; memoised, so while scrolling only rows coming into view render. */
const InventoryRow = memo(function InventoryRow(props: {
  initiative: Initiative;
  texts: RowTexts;
  columns: ColumnId[];
  widths: Record<ColumnId, number>;
  index: number;
  start: number;
  active: boolean;
  archivedLabel: string;
  classes: RowClasses;
  onFocusRow: (index: number) => void;
}) {
  const { initiative, texts, index, classes } = props;
  return (
    <tr
      data-index={index}
      data-testid="inventory-row"
      aria-rowindex={index + 2}
      tabIndex={props.active ? 0 : -1}
      className={initiative.archived ? classes.archivedRow : classes.row}
      style={{ transform: `translateY(${props.start}px)` }}
      onClick={() => navigate('initiatives', initiative.id)}
      onFocus={() => props.onFocusRow(index)}
    >
      {props.columns.map((id) => (
        <td
          key={id}
          className={NUMERIC_COLUMNS.has(id) ? classes.numericTd : classes.td}
          style={{ width: props.widths[id] }}
          title={texts[id]}
        >
          {id === 'title' ? (
            <>
              <a href={`#/initiatives/${encodeURIComponent(initiative.id)}`} tabIndex={-1} className={classes.link}>
                {initiative.title}
              </a>
              {initiative.archived && ` (${props.archivedLabel})`}
            </>
          ) : (
            texts[id]
          )}
        </td>
      ))}
    </tr>
  );
});
