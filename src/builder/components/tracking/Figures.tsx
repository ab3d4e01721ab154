/**
 * How far a plan (or one area) has got at a cut-off: a bar, and the same figures as text, which is
 * what a screen reader reads and what the report says. The bar counts the tasks to carry out
 * (planned less dropped), as the completion rate does.
 */
import { formatRate } from '../../../plan/vi-format.ts';
import type { StateCounts } from '../../../plan/progress/index.ts';

export function Figures({ counts, rate }: { counts: StateCounts; rate: number | null }) {
  const toCarryOut = counts.planned - counts.dropped;
  const details = [
    `đúng hạn ${counts.doneOnTime}`,
    `chậm ${counts.doneLate}`,
    `đang thực hiện ${counts.inProgress}`,
    `chưa triển khai ${counts.notStarted}`,
    `không thực hiện ${counts.dropped}`,
    `quá hạn ${counts.overdue}`,
  ];
  return (
    <div class="figures">
      <progress max={Math.max(toCarryOut, 1)} value={counts.done} aria-hidden="true" />
      <p class="figures-main">
        Đã hoàn thành{' '}
        <strong>
          {counts.done}/{toCarryOut}
        </strong>{' '}
        nhiệm vụ ({formatRate(rate)}): {details.join(', ')}.
      </p>
    </div>
  );
}
