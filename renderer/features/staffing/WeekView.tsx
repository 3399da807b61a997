import { makeStyles, mergeClasses, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { addDays, type Day, eachDay, isoWeek } from '../../../shared/calendar/days';
import { formatDay } from '../../../shared/calendar/format';
import { hoursInRange, planDays } from '../../../shared/calendar/staffing-plan';
import type { Absence, StaffMember } from '../../../shared/domain/staff';
import type { Language } from '../../../shared/settings';
import type { DepartmentOption } from './data';
import { PresenceBadge } from './PresenceBadge';

export const useCalendarStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    minWidth: '900px',
    backgroundColor: tokens.colorNeutralBackground1,
    '& th, & td': {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      textAlign: 'left',
      verticalAlign: 'top',
    },
  },
  columnHead: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  off: { backgroundColor: tokens.colorNeutralBackground4 },
  holidayName: { display: 'block', color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightRegular },
  periodName: { display: 'block', color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  over: { backgroundColor: tokens.colorPaletteRedBackground1 },
  hoursShort: { color: tokens.colorPaletteDarkOrangeForeground1 },
  caption: { textAlign: 'left', paddingBottom: tokens.spacingVerticalS },
  hoursTable: { marginTop: tokens.spacingVerticalXXL, minWidth: 'auto', width: 'auto' },
  rowHead: { fontWeight: tokens.fontWeightSemibold, minWidth: '160px' },
  small: { display: 'block', color: tokens.colorNeutralForeground3 },
  overText: { display: 'block', color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function WeekView(props: {
  monday: Day;
  staff: StaffMember[];
  absences: Absence[];
  deskCount: number;
  departments: DepartmentOption[];
  language: Language;
}) {
  const { t } = useTranslation('staffing');
  const styles = useCalendarStyles();
  const sunday = addDays(props.monday, 6);
  const plans = planDays(eachDay(props.monday, sunday), props.staff, props.absences, props.deskCount);
  const hours = hoursInRange(props.monday, sunday, props.staff, props.absences);
  const { week } = isoWeek(props.monday);
  const code = (id: string) => props.departments.find((d) => d.id === id)?.code ?? id;
  const holidayName = (h: { name: string; nameEn: string }) => (props.language === 'en' ? h.nameEn : h.name);

  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-labelledby="week-caption">
        <caption className={styles.caption}>
          <Subtitle1 as="h2" id="week-caption">
            {t('calendar.weekTitle', {
              week,
              from: formatDay(props.monday, props.language),
              to: formatDay(sunday, props.language),
            })}
          </Subtitle1>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.columnHead}>
              {t('calendar.person')}
            </th>
            {plans.map((plan) => (
              <th
                key={plan.date}
                scope="col"
                className={mergeClasses(styles.columnHead, plan.dayOff && styles.off)}
                data-testid={`day-${plan.date}`}
              >
                {formatDay(plan.date, props.language, 'weekday')}
                {plan.holiday && (
                  <span className={styles.holidayName}>
                    {holidayName(plan.holiday)}
                    {plan.holiday.dayOff ? ` (${t('calendar.dayOff')})` : ''}
                  </span>
                )}
                {plan.period && <span className={styles.periodName}>{t(`periods.${plan.period.kind}`)}</span>}
              </th>
            ))}
            <th scope="col" className={styles.columnHead}>
              {t('calendar.hours')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.staff.map((person) => {
            const summary = hours.find((h) => h.staffId === person.id);
            return (
              <tr key={person.id}>
                <th scope="row" className={styles.rowHead}>
                  {person.name}
                  <span className={styles.small}>{code(person.department)}</span>
                </th>
                {plans.map((plan) => (
                  <td key={plan.date} className={mergeClasses(plan.dayOff && styles.off)}>
                    <PresenceBadge plan={plan} staffId={person.id} />
                  </td>
                ))}
                <td>
                  <Text className={mergeClasses(summary && summary.planned < summary.agreed && styles.hoursShort)}>
                    {t('calendar.hoursValue', {
                      planned: summary?.planned.toLocaleString('da-DK') ?? 0,
                      agreed: summary?.agreed.toLocaleString('da-DK') ?? 0,
                    })}
                  </Text>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className={styles.rowHead}>
              {t('calendar.atCentre')}
            </th>
            {plans.map((plan) => (
              <td key={plan.date} className={mergeClasses(plan.overCapacity && styles.over, plan.dayOff && styles.off)}>
                {(!plan.dayOff || plan.expected.length > 0) &&
                  t('calendar.deskUse', { count: plan.expected.length, desks: props.deskCount })}
                {plan.overCapacity && <span className={styles.overText}>{t('calendar.overCapacity')}</span>}
              </td>
            ))}
            <td />
          </tr>
          <tr>
            <th scope="row" className={styles.rowHead}>
              {t('calendar.departmentsWithNobody')}
            </th>
            {plans.map((plan) => (
              <td key={plan.date} className={mergeClasses(plan.dayOff && styles.off)}>
                {plan.departmentsWithNobody.map(code).join(', ')}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
