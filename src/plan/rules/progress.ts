/**
 * Carrying the plan out (file version 3): what each task's recorded progress must say for the
 * periodic reports and the completion rate to be believed. These rules run only once a plan is
 * tracked (`hasProgress`), so a plan that is still being drafted is never asked for progress; the
 * two that depend on a date (a task overdue, a completion after the check) need the day of the
 * check and stay silent without it.
 */
import { completedAfter, hasProgress, taskDueBy } from '../progress/state.ts';
import type { PlanRow, TaskProgress } from '../schema.ts';
import { formatDate, formatMonthYear } from '../vi-format.ts';
import { citations } from './citations.ts';
import { isBlank, shorten } from './text.ts';
import type { Rule, RuleContext, RuleHit } from './types.ts';

/** The task as a message names it: its specific task, or its general one. */
const taskName = (row: PlanRow): string => {
  const name = shorten(row.specificTask) || shorten(row.generalTask);
  return name === '' ? 'Nhiệm vụ này' : `Nhiệm vụ “${name}”`;
};

/** Each tracked row, with its progress if it has any; nothing when the plan is not tracked. */
function trackedRows(context: RuleContext): { row: PlanRow; index: number }[] {
  if (!hasProgress(context.plan)) return [];
  return context.plan.rows.map((row, index) => ({ row, index }));
}

/** Each row whose progress matches, as hits on one field of that progress. */
function perProgress(
  context: RuleContext,
  field: keyof TaskProgress,
  message: (row: PlanRow, progress: TaskProgress) => string | null,
): RuleHit[] {
  return trackedRows(context).flatMap(({ row, index }): RuleHit[] => {
    const text = row.progress === undefined ? null : message(row, row.progress);
    return text === null ? [] : [{ path: ['rows', index, 'progress', field], message: text }];
  });
}

export const progressOverdueUnmarked: Rule = {
  id: 'progress-overdue-unmarked',
  title: 'Nhiệm vụ quá hạn được cập nhật hoặc giải trình',
  severity: 'canh-bao',
  citation: citations.inspection,
  check: (context) => {
    const { asOf } = context;
    if (asOf === null) return [];
    return trackedRows(context).flatMap(({ row, index }): RuleHit[] => {
      const status = row.progress?.status;
      const dueBy = taskDueBy(row);
      if (status === 'done' || status === 'dropped' || dueBy === null || dueBy >= asOf) return [];
      const now =
        row.progress === undefined
          ? 'chưa được cập nhật tiến độ'
          : status === 'in-progress'
            ? 'vẫn ghi “Đang thực hiện”'
            : 'vẫn ghi “Chưa triển khai”';
      const due = formatMonthYear({ month: row.to.month ?? 12, year: row.to.year });
      const reason = row.progress?.note.trim() ?? '';
      // An explained delay is still overdue (the report lists it), but the unit is not asked
      // again for a reason it has given.
      const ask =
        reason === ''
          ? 'nếu đã xong thì đánh dấu “Đã hoàn thành” và ghi kết quả; nếu chưa xong thì ghi lý do chậm và thời gian dự kiến hoàn thành vào phần ghi chú.'
          : `khi xong thì đánh dấu “Đã hoàn thành”; đến lúc đó báo cáo nêu nhiệm vụ là quá hạn, với lý do đã ghi: “${shorten(reason)}”.`;
      return [
        {
          path: ['rows', index, 'progress', 'status'],
          message: `${taskName(row)} có hạn hoàn thành tháng ${due}, đến ngày ${formatDate(asOf)} ${now}: ${ask}`,
        },
      ];
    });
  },
};

export const progressCompletedAfterCutOff: Rule = {
  id: 'progress-completed-after-cutoff',
  title: 'Thời điểm hoàn thành không sau ngày kiểm tra',
  severity: 'loi',
  citation: citations.taskStatuses,
  check: (context) => {
    const { asOf } = context;
    if (asOf === null) return [];
    return perProgress(context, 'completedOn', (row, progress) =>
      progress.status === 'done' && completedAfter(progress, asOf)
        ? `${taskName(row)} ghi hoàn thành ${describeCompletion(progress.completedOn!)}, sau ngày ${formatDate(asOf)}: ` +
          'một việc chưa diễn ra không thể đã hoàn thành. Sửa lại thời điểm hoàn thành, hoặc chuyển về “Đang thực hiện”; ' +
          'báo cáo tính nhiệm vụ này là đang thực hiện cho đến khi sửa.'
        : null,
    );
  },
};

export const progressDoneWithoutResult: Rule = {
  id: 'progress-done-without-result',
  title: 'Nhiệm vụ đã hoàn thành có ghi kết quả',
  severity: 'canh-bao',
  citation: citations.taskStatuses,
  check: (context) =>
    perProgress(context, 'result', (row, progress) =>
      progress.status === 'done' && isBlank(progress.result)
        ? `${taskName(row)} đã hoàn thành nhưng chưa ghi kết quả: ghi sản phẩm thực tế, ` +
          'ví dụ “Quyết định số 15/QĐ-UBND ngày 12/3/2013”, để báo cáo nêu được kết quả và có căn cứ kiểm chứng.'
        : null,
    ),
};

export const progressDoneWithoutDate: Rule = {
  id: 'progress-done-without-date',
  title: 'Nhiệm vụ đã hoàn thành có ghi thời điểm hoàn thành',
  severity: 'goi-y',
  citation: citations.taskStatuses,
  check: (context) =>
    perProgress(context, 'completedOn', (row, progress) =>
      progress.status === 'done' && progress.completedOn === null
        ? `${taskName(row)} đã hoàn thành nhưng chưa ghi tháng hoàn thành, nên chưa biết đúng hạn hay chậm ` +
          '(tạm tính là đúng hạn): ghi tháng hoặc ngày hoàn thành.'
        : null,
    ),
};

export const progressDroppedWithoutReason: Rule = {
  id: 'progress-dropped-without-reason',
  title: 'Nhiệm vụ không thực hiện có ghi lý do',
  // A dropped task leaves the completion rate's denominator: without its reason the rate the
  // unit reports cannot be verified.
  severity: 'loi',
  citation: citations.completionRate,
  check: (context) =>
    perProgress(context, 'note', (row, progress) =>
      progress.status === 'dropped' && isBlank(progress.note)
        ? `${taskName(row)} được ghi “Không thực hiện” nhưng chưa có lý do: nhiệm vụ không thực hiện không tính vào tỷ lệ hoàn thành, ` +
          'nên phải ghi rõ lý do và văn bản cho phép, ví dụ “Kế hoạch điều chỉnh số 45/KH-UBND ngày 15/7/2013”.'
        : null,
    ),
};

/** "tháng 10/2013" or "ngày 12/10/2013". */
function describeCompletion(completedOn: string): string {
  return completedOn.length === 7
    ? `tháng ${completedOn.slice(5, 7)}/${completedOn.slice(0, 4)}`
    : `ngày ${formatDate(completedOn)}`;
}
