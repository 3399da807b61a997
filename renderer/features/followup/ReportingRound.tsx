import type { Initiative } from '../../../shared/domain/initiative';

export function ReportingRound(_props: { initiatives: Initiative[] }) {
  return null;
}
