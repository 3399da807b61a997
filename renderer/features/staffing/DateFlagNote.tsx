import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { isoWeek } from '../../../shared/calendar/days';
import { formatDay, formatDayWithWeekday } from '../../../shared/calendar/format';
import { flagDate, isFlagged } from '../../../shared/calendar/holidays';
import type { Language } from '../../../shared/settings';

/** Why a date is a poor choice (weekend, public holiday, holiday period) and the working day to use instead. */
export function DateFlagNote(props: { day: string; language: Language; onUseSuggestion?: (day: string) => void }) {
  const { t } = useTranslation('staffing');
  const flags = flagDate(props.day);
  if (!isFlagged(flags)) return null;
  const reasons: string[] = [];
  if (flags.weekend) reasons.push(t('flags.weekend'));
  if (flags.holiday) {
    const name = props.language === 'en' ? flags.holiday.nameEn : flags.holiday.name;
    reasons.push(flags.holiday.dayOff ? t('flags.publicHoliday', { name }) : t('flags.observance', { name }));
  }
  if (flags.period) reasons.push(t('flags.period', { period: t(`periodsIn.${flags.period.kind}`) }));
  const suggestion = flags.suggestion;
  return (
    <MessageBar intent={flags.suggestion ? 'warning' : 'info'} layout="multiline">
      <MessageBarBody>
        {t('flags.falls', {
          date: formatDayWithWeekday(props.day, props.language),
          week: isoWeek(props.day).week,
          reasons: reasons.join(', '),
        })}
        {suggestion && ` ${t('flags.suggestion', { date: formatDayWithWeekday(suggestion, props.language) })}`}
      </MessageBarBody>
      {suggestion && props.onUseSuggestion && (
        <MessageBarActions>
          <Button size="small" onClick={() => props.onUseSuggestion?.(suggestion)}>
            {t('flags.useSuggestion', { date: formatDay(suggestion, props.language) })}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
