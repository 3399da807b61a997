import { Button, Checkbox, Dropdown, Field, makeStyles, Option, SearchBox, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { PREVENTION_LEVELS } from '../../../shared/domain/initiative';
import { EMPTY_FILTER, type InitiativeFilter } from '../../../shared/domain/initiative-filter';
import type { ReferenceKind } from '../../../shared/domain/reference-lists';
import type { ReferenceLookup } from './use-inventory';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  facets: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  search: { minWidth: '320px', flexGrow: 1, maxWidth: '560px' },
  facet: { minWidth: 0 },
  facetInput: { minWidth: 0, width: '100%' },
  listbox: { minWidth: '280px' },
});

type ListFacet = 'departments' | 'districts' | 'targetGroups' | 'focusAreas' | 'statuses';
const FACETS: { key: ListFacet; kind: ReferenceKind }[] = [
  { key: 'departments', kind: 'department' },
  { key: 'districts', kind: 'district' },
  { key: 'targetGroups', kind: 'targetGroup' },
  { key: 'focusAreas', kind: 'focusArea' },
  { key: 'statuses', kind: 'status' },
];

export function isFilterActive(filter: InitiativeFilter): boolean {
  return JSON.stringify({ ...filter, includeArchived: false }) !== JSON.stringify(EMPTY_FILTER);
}

/** Search box and one control per facet; everything writes the shared inventory filter. */
export function FilterBar(props: {
  filter: InitiativeFilter;
  onChange: (next: (prev: InitiativeFilter) => InitiativeFilter) => void;
  lookup: ReferenceLookup;
}) {
  const { t } = useTranslation('initiatives');
  const styles = useStyles();
  const { filter, onChange, lookup } = props;

  return (
    <search className={styles.root} aria-label={t('filters.label')}>
      <div className={styles.row}>
        <Field label={t('filters.search')} className={styles.search}>
          <SearchBox
            value={filter.search}
            placeholder={t('filters.searchPlaceholder')}
            onChange={(_, data) => {
              const search = data.value;
              onChange((prev) => ({ ...prev, search }));
            }}
            data-testid="inventory-search"
          />
        </Field>
        <Checkbox
          label={t('filters.adultOnly')}
          checked={filter.adultOnly}
          onChange={(_, data) => onChange((prev) => ({ ...prev, adultOnly: data.checked === true }))}
        />
        <Checkbox
          label={t('filters.includeArchived')}
          checked={filter.includeArchived}
          onChange={(_, data) => onChange((prev) => ({ ...prev, includeArchived: data.checked === true }))}
        />
        {isFilterActive(filter) && (
          <Button
            icon={<DismissRegular />}
            appearance="subtle"
            onClick={() => onChange((prev) => ({ ...EMPTY_FILTER, includeArchived: prev.includeArchived }))}
          >
            {t('filters.clear')}
          </Button>
        )}
      </div>
      <Facets
        departments={filter.departments}
        districts={filter.districts}
        targetGroups={filter.targetGroups}
        focusAreas={filter.focusAreas}
        statuses={filter.statuses}
        preventionLevels={filter.preventionLevels}
        hotspot={filter.hotspot}
        lookup={lookup}
        onChange={onChange}
      />
    </search>
  );
}

type FacetValues = Pick<
  InitiativeFilter,
  'departments' | 'districts' | 'targetGroups' | 'focusAreas' | 'statuses' | 'preventionLevels' | 'hotspot'
>;

/**
 * The facet dropdowns. Memoised: a search keystroke leaves every facet's
 * list unchanged (same arrays), so the heavy dropdowns do not render again.
 */
const Facets = memo(function Facets(
  props: FacetValues & {
    lookup: ReferenceLookup;
    onChange: (next: (prev: InitiativeFilter) => InitiativeFilter) => void;
  },
) {
  const { t } = useTranslation('initiatives');
  const styles = useStyles();
  const { onChange, lookup } = props;
  const filter = props;

  function summary(selected: string[], label: (id: string) => string): string {
    if (selected.length === 0) return '';
    if (selected.length === 1) return label(selected[0] as string);
    return t('filters.selected', { count: selected.length });
  }

  return (
    <div className={styles.facets}>
      {FACETS.map(({ key, kind }) => (
        <Field key={key} label={t(`filters.${key}`)} className={styles.facet}>
          <Dropdown
            multiselect
            className={styles.facetInput}
            listbox={{ className: styles.listbox }}
            placeholder={t('filters.all')}
            value={summary(filter[key], (id) => lookup.label(kind, id))}
            selectedOptions={filter[key]}
            onOptionSelect={(_, data) => {
              const selected = data.selectedOptions;
              onChange((prev) => ({ ...prev, [key]: selected }));
            }}
            data-testid={`facet-${key}`}
          >
            {lookup.options(kind).map((item) => (
              <Option key={item.id} value={item.id} text={lookup.label(kind, item.id)}>
                {kind === 'department'
                  ? `${item.code || item.id} · ${lookup.label(kind, item.id)}`
                  : lookup.label(kind, item.id)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ))}
      <Field label={t('filters.preventionLevels')} className={styles.facet}>
        <Dropdown
          multiselect
          className={styles.facetInput}
          listbox={{ className: styles.listbox }}
          placeholder={t('filters.all')}
          value={summary(filter.preventionLevels, (id) => t(`preventionLevels.${id}`))}
          selectedOptions={filter.preventionLevels}
          onOptionSelect={(_, data) => {
            const selected = data.selectedOptions.filter((v): v is (typeof PREVENTION_LEVELS)[number] =>
              (PREVENTION_LEVELS as readonly string[]).includes(v),
            );
            onChange((prev) => ({ ...prev, preventionLevels: selected }));
          }}
          data-testid="facet-preventionLevels"
        >
          {PREVENTION_LEVELS.map((level) => (
            <Option key={level} value={level}>
              {t(`preventionLevels.${level}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('filters.hotspot')} className={styles.facet}>
        <Dropdown
          className={styles.facetInput}
          listbox={{ className: styles.listbox }}
          value={
            filter.hotspot === null
              ? t('filters.hotspotAny')
              : filter.hotspot
                ? t('filters.hotspotYes')
                : t('filters.hotspotNo')
          }
          selectedOptions={[filter.hotspot === null ? 'any' : filter.hotspot ? 'yes' : 'no']}
          onOptionSelect={(_, data) => {
            const hotspot = data.optionValue === 'yes' ? true : data.optionValue === 'no' ? false : null;
            onChange((prev) => ({ ...prev, hotspot }));
          }}
          data-testid="facet-hotspot"
        >
          <Option value="any">{t('filters.hotspotAny')}</Option>
          <Option value="yes">{t('filters.hotspotYes')}</Option>
          <Option value="no">{t('filters.hotspotNo')}</Option>
        </Dropdown>
      </Field>
    </div>
  );
});
