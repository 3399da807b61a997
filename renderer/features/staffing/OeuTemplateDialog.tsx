import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  mergeClasses,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDay, isoWeek } from '../../../shared/calendar/days';
import { formatDay } from '../../../shared/calendar/format';
import { flagDate } from '../../../shared/calendar/holidays';
import { DEFAULT_OEU_LEAD_TIMES, type PhaseLeadTime, placeOeuProcess } from '../../../shared/calendar/oeu-process';
import type { Language } from '../../../shared/settings';
import { useServices } from '../../app-services';
import { useNotify } from '../../ui/notify';
import { useStaffingRepositories } from './data';
import { useFormStyles } from './form-styles';
import { useCalendarStyles } from './WeekView';

/** The "ØU-proces" template: choose the committee date, adjust lead times, see the dates, create the milestones. */
export function OeuTemplateDialog(props: { language: Language; onClose(): void }) {
  const { t } = useTranslation('staffing');
  const styles = useFormStyles();
  const table = useCalendarStyles();
  const { actor } = useServices();
  const repos = useStaffingRepositories();
  const notify = useNotify();
  const [committeeDate, setCommitteeDate] = useState('');
  const [leads, setLeads] = useState<PhaseLeadTime[]>(() => DEFAULT_OEU_LEAD_TIMES.map((l) => ({ ...l })));
  const validLeads = leads.every((l) => Number.isInteger(l.daysBefore) && l.daysBefore >= 0 && l.durationDays >= 0);
  const placed = isDay(committeeDate) && validLeads ? placeOeuProcess(committeeDate, leads) : [];
  const setLead = (i: number, key: 'daysBefore' | 'durationDays', value: string) =>
    setLeads(leads.map((l, j) => (j === i ? { ...l, [key]: value.trim() === '' ? Number.NaN : Number(value) } : l)));

  async function create() {
    const processId = crypto.randomUUID();
    try {
      for (const phase of placed) {
        await repos.milestones.create(
          {
            title: t(`oeu.phases.${phase.phase}`),
            kind: phase.kind,
            date: phase.start,
            endDate: phase.end === phase.start ? '' : phase.end,
            processId,
          },
          actor,
        );
      }
      notify.success(t('oeu.created', { count: placed.length }));
      props.onClose();
    } catch (error) {
      notify.failure(t('saveFailed'), error);
    }
  }

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && props.onClose()}>
      <DialogSurface className={styles.wide}>
        <DialogBody>
          <DialogTitle>{t('oeu.title')}</DialogTitle>
          <DialogContent className={styles.form}>
            <Text>{t('oeu.intro')}</Text>
            <Field label={t('oeu.committeeDate')} required>
              <Input type="date" value={committeeDate} onChange={(_, d) => setCommitteeDate(d.value)} />
            </Field>
            <table className={mergeClasses(table.table, styles.compactTable)} aria-label={t('oeu.tableLabel')}>
              <thead>
                <tr>
                  <th scope="col" className={table.columnHead}>
                    {t('oeu.phase')}
                  </th>
                  <th scope="col" className={table.columnHead}>
                    {t('oeu.daysBefore')}
                  </th>
                  <th scope="col" className={table.columnHead}>
                    {t('oeu.duration')}
                  </th>
                  <th scope="col" className={table.columnHead}>
                    {t('oeu.dates')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {leads.map((lead, i) => {
                  const phase = placed[i];
                  const flagged = phase ? flagDate(phase.end).suggestion : undefined;
                  const name = t(`oeu.phases.${lead.phase}`);
                  return (
                    <tr key={lead.phase}>
                      <th scope="row" className={table.rowHead}>
                        {name}
                      </th>
                      <td>
                        <Input
                          type="number"
                          min={0}
                          size="small"
                          className={styles.numberInput}
                          aria-label={t('oeu.daysBeforeOf', { phase: name })}
                          value={Number.isNaN(lead.daysBefore) ? '' : String(lead.daysBefore)}
                          onChange={(_, d) => setLead(i, 'daysBefore', d.value)}
                        />
                      </td>
                      <td>
                        <Input
                          type="number"
                          min={0}
                          size="small"
                          className={styles.numberInput}
                          aria-label={t('oeu.durationOf', { phase: name })}
                          value={Number.isNaN(lead.durationDays) ? '' : String(lead.durationDays)}
                          onChange={(_, d) => setLead(i, 'durationDays', d.value)}
                        />
                      </td>
                      <td>
                        {phase &&
                          (phase.start === phase.end
                            ? formatDay(phase.start, props.language)
                            : `${formatDay(phase.start, props.language)} – ${formatDay(phase.end, props.language)}`)}
                        {phase && (
                          <span className={table.small}>
                            {t('calendar.weekNumber', { week: isoWeek(phase.start).week })}
                          </span>
                        )}
                        {flagged && (
                          <span className={table.holidayName}>
                            {t('oeu.flagged', { date: formatDay(flagged, props.language) })}
                          </span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {!validLeads && <Text role="alert">{t('oeu.invalidLeads')}</Text>}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={placed.length === 0} onClick={() => void create()}>
              {t('oeu.create', { count: placed.length })}
            </Button>
            <Button onClick={props.onClose}>{t('common:actions.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
