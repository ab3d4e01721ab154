/** The report's files. */
import type { PeriodId } from '../../../plan/progress/index.ts';
import type { Plan } from '../../../plan/schema.ts';

export function ReportDownloads(_props: { plan: Plan; period: PeriodId }) {
  return null;
}
