import { Link, mergeClasses, Subtitle1 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { addDays, type Day, eachDay, isoWeek, monthOf, startOfIsoWeek } from '../../../shared/calendar/days';
import { formatDay } from '../../../shared/calendar/format';
import { hoursInRange, planDays } from '../../../shared/calendar/staffing-plan';
import type { Absence, StaffMember } from '../../../shared/domain/staff';
import type { Language } from '../../../shared/settings';
import type { DepartmentOption } from './data';
import { useCalendarStyles } from './WeekView';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function MonthView(props: {
  first: Day;
  last: Day;
  staff: StaffMember[];
  absences: Absence[];
  deskCount: number;
  departments: DepartmentOption[];
  language: Language;
  onOpenWeek(monday: Day): void;
}) {
  const { t } = useTranslation('staffing');
  const styles = useCalendarStyles();
  const start = startOfIsoWeek(props.first);
  const end = addDays(startOfIsoWeek(props.last), 6);
  const plans = planDays(eachDay(start, end), props.staff, props.absences, props.deskCount);
  const weeks = Array.from({ length: plans.length / 7 }, (_, i) => plans.slice(i * 7, i * 7 + 7));
  const month = monthOf(props.first);
  const code = (id: string) => props.departments.find((d) => d.id === id)?.code ?? id;
  const hours = hoursInRange(props.first, props.last, props.staff, props.absences);
  const number = (n: number) => n.toLocaleString(props.language === 'da' ? 'da-DK' : 'en-GB');
  const weekdayName = (n: number) => formatDay(addDays(start, n - 1), props.language, 'weekday').split(' ')[0];

  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-labelledby="month-caption">
        <caption className={styles.caption}>
          <Subtitle1 as="h2" id="month-caption">
            {formatDay(props.first, props.language, 'month')}
          </Subtitle1>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.columnHead}>
              {t('calendar.week')}
            </th>
            {WEEKDAYS.map((n) => (
              <th key={n} scope="col" className={styles.columnHead}>
                {weekdayName(n)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((days) => {
            const monday = days[0]?.date ?? start;
            const week = isoWeek(monday).week;
            return (
              <tr key={monday}>
                <th scope="row" className={styles.rowHead}>
                  <Link as="button" onClick={() => props.onOpenWeek(monday)}>
                    {t('calendar.weekNumber', { week })}
                  </Link>
                </th>
                {days.map((plan) => (
                  <td
                    key={plan.date}
                    className={mergeClasses(plan.dayOff && styles.off, plan.overCapacity && styles.over)}
                  >
                    <span className={monthOf(plan.date) === month ? undefined : styles.small}>
                      {formatDay(plan.date, props.language, 'weekday')}
                    </span>
                    {plan.holiday && (
                      <span className={styles.holidayName}>
                        {props.language === 'en' ? plan.holiday.nameEn : plan.holiday.name}
                      </span>
                    )}
                    {plan.expected.length > 0 && (
                      <span className={styles.small}>
                        {t('calendar.deskUse', { count: plan.expected.length, desks: props.deskCount })}
                      </span>
                    )}
                    {plan.overCapacity && <span className={styles.overText}>{t('calendar.overCapacity')}</span>}
                    {plan.departmentsWithNobody.length > 0 && (
                      <span className={styles.small}>
                        {t('calendar.missing', { departments: plan.departmentsWithNobody.map(code).join(', ') })}
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.staff.length > 0 && (
        <table className={mergeClasses(styles.table, styles.hoursTable)} aria-labelledby="hours-caption">
          <caption className={styles.caption}>
            <Subtitle1 as="h2" id="hours-caption">
              {t('calendar.hoursInMonth', { month: formatDay(props.first, props.language, 'month') })}
            </Subtitle1>
          </caption>
          <thead>
            <tr>
              {['person', 'department', 'planned', 'agreed', 'difference'].map((key) => (
                <th key={key} scope="col" className={styles.columnHead}>
                  {t(`calendar.hoursColumns.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.staff.map((person) => {
              const h = hours.find((x) => x.staffId === person.id);
              const difference = Math.round(((h?.planned ?? 0) - (h?.agreed ?? 0)) * 100) / 100;
              return (
                <tr key={person.id}>
                  <th scope="row" className={styles.rowHead}>
                    {person.name}
                  </th>
                  <td>{code(person.department)}</td>
                  <td>{number(h?.planned ?? 0)}</td>
                  <td>{number(h?.agreed ?? 0)}</td>
                  <td className={difference < 0 ? styles.hoursShort : undefined}>
                    {difference > 0 ? `+${number(difference)}` : number(difference)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
