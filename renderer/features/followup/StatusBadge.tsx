import { Badge } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FollowupStatusValue } from '../../../shared/followup/schemas';

const COLORS: Record<FollowupStatusValue, 'success' | 'warning' | 'danger' | 'subtle'> = {
  'on-track': 'success',
  'at-risk': 'warning',
  'off-track': 'danger',
  'not-reported': 'subtle',
};

/** Status colours used throughout: green on track, amber at risk, red off track, grey not reported. */
export const STATUS_CHART_COLORS: Record<FollowupStatusValue, string> = {
  'on-track': '#107c10',
  'at-risk': '#c19c00',
  'off-track': '#c50f1f',
  'not-reported': '#8a8886',
};

export function StatusBadge(props: { status: FollowupStatusValue; label?: string }) {
  const { t } = useTranslation('followup');
  return (
    <Badge appearance="tint" color={COLORS[props.status]}>
      {props.label ?? t(`statuses.${props.status}`)}
    </Badge>
  );
}
