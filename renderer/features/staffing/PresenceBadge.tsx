import { Badge, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { DayPlan } from '../../../shared/calendar/staffing-plan';

/** One person on one day: in (and why) or away (and why), as words, not colour alone. */
export function PresenceBadge(props: { plan: DayPlan; staffId: string }) {
  const { t } = useTranslation('staffing');
  const present = props.plan.expected.find((e) => e.staffId === props.staffId);
  if (present) {
    return (
      <Badge appearance="tint" color="success" shape="rounded">
        {t(`presence.${present.reason}`)}
      </Badge>
    );
  }
  const away = props.plan.away.find((a) => a.staffId === props.staffId);
  if (!away) return null;
  // On a closed day the grey cell already says it; plain text keeps the contrast.
  if (away.kind === 'holiday-closed') return <Text>{t('away.holiday-closed')}</Text>;
  return (
    <Badge appearance="tint" color="warning" shape="rounded">
      {t(`away.${away.kind}`)}
    </Badge>
  );
}
