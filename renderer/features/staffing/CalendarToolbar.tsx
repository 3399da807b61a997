import { Button, Input, Label, makeStyles, tokens, useId } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { isDay } from '../../../shared/calendar/days';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginBottom: tokens.spacingVerticalM,
  },
  jump: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, marginLeft: 'auto' },
});

/** Previous / today / next and a date to jump to: the whole calendar works from the keyboard. */
export function CalendarToolbar(props: {
  unit: 'week' | 'month';
  onPrevious(): void;
  onNext(): void;
  onToday(): void;
  onJump(day: string): void;
}) {
  const { t } = useTranslation('staffing');
  const styles = useStyles();
  const jumpId = useId('jump');
  return (
    <div className={styles.root} role="toolbar" aria-label={t('calendar.toolbar')}>
      <Button icon={<ChevronLeftRegular />} onClick={props.onPrevious}>
        {t(`calendar.previous.${props.unit}`)}
      </Button>
      <Button onClick={props.onToday}>{t('calendar.today')}</Button>
      <Button icon={<ChevronRightRegular />} iconPosition="after" onClick={props.onNext}>
        {t(`calendar.next.${props.unit}`)}
      </Button>
      <div className={styles.jump}>
        <Label htmlFor={jumpId}>{t('calendar.goTo')}</Label>
        <Input
          id={jumpId}
          type="date"
          onChange={(_, data) => {
            if (isDay(data.value)) props.onJump(data.value);
          }}
        />
      </div>
    </div>
  );
}
