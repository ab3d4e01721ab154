/**
 * One task in "Theo dõi thực hiện": its status, named after the task, and, open below it, the
 * details of its progress. The checker's findings about a detail keep the details open, so that
 * every finding shows at its field.
 */
import { Component } from 'preact';
import { taskStatuses, taskStatusLabels, type TaskState } from '../../../plan/progress/index.ts';
import type { PlanRow, TaskProgress } from '../../../plan/schema.ts';
import { formatMonthYear } from '../../../plan/vi-format.ts';
import { useFormState } from '../../../ui/form/context.ts';
import { SelectField, TextArea } from '../../../ui/form/fields.tsx';
import type { EditAnswer } from '../../../ui/form/refusal.ts';
import { SectionFindings } from '../../../ui/findings/SectionFindings.tsx';
import { setTaskStatus, updateProgress } from '../../stores/progress-actions.ts';
import { MonthOrDayField } from './MonthOrDayField.tsx';

export interface TaskEntryProps {
  row: PlanRow;
  /** In `plan.rows`: the data paths of its fields. */
  index: number;
  /** In its area, from 1. */
  position: number;
  state: TaskState;
  overdue: boolean;
  cutOff: string;
  open: boolean;
  onOpen: (open: boolean) => void;
}

/** Re-renders only when its task changes: a keystroke in one task leaves the other 299 alone. */
export class TaskEntry extends Component<TaskEntryProps> {
  shouldComponentUpdate(next: TaskEntryProps): boolean {
    const current = this.props;
    return (
      next.row !== current.row ||
      next.index !== current.index ||
      next.position !== current.position ||
      next.state !== current.state ||
      next.overdue !== current.overdue ||
      next.cutOff !== current.cutOff ||
      next.open !== current.open
    );
  }

  render() {
    return <TaskItem {...this.props} />;
  }
}

const stateWords: Record<TaskState, string> = {
  'done-on-time': 'hoàn thành đúng hạn',
  'done-late': 'hoàn thành chậm',
  'in-progress': 'đang thực hiện',
  'not-started': 'chưa triển khai',
  dropped: 'không thực hiện',
};

type Choice = TaskProgress['status'] | '';

const statusOptions = taskStatuses.map((status) => ({
  value: status as Choice,
  label: taskStatusLabels[status],
}));
const withNotUpdated = [{ value: '' as Choice, label: 'Chưa cập nhật' }, ...statusOptions];

export const taskName = (row: PlanRow): string =>
  row.specificTask.trim() || row.generalTask.trim() || '(Nhiệm vụ chưa có tên)';

/** A refused line of the evidence is named by its line: "Dòng 3: …". */
function byLine(answer: EditAnswer): EditAnswer {
  if (answer.ok) return answer;
  return {
    ok: false,
    problems: answer.problems.map((problem) => {
      const line = /\.evidence\[(\d+)\]$/.exec(problem.path);
      return line
        ? { ...problem, message: `Dòng ${Number(line[1]) + 1}: ${problem.message}` }
        : problem;
    }),
  };
}

function TaskItem({ row, index, position, state, overdue, cutOff, open, onOpen }: TaskEntryProps) {
  const form = useFormState();
  const base = `rows[${index}].progress`;
  const progress = row.progress;
  const status = progress?.status;
  const flagged = ['completedOn', 'result', 'evidence', 'note'].some(
    (field) => form.findingsAt(`${base}.${field}`).length > 0,
  );
  const detailsShown = open || flagged;
  const name = taskName(row);
  const due = row.to.year === null ? 'chưa ghi thời hạn' : `hạn ${formatMonthYear(row.to)}`;
  const detailsId = `progress-${row.id}`;
  const dropped = status === 'dropped';
  return (
    <li class={`tracking-task${overdue ? ' tracking-overdue' : ''}`} data-state={state}>
      <SelectField
        class="tracking-status"
        path={`${base}.status`}
        label={`${position}. ${name}`}
        hint={`Nhiệm vụ ${position}, ${due}: ${stateWords[state]}${overdue ? ', quá hạn' : ''}.`}
        value={(status ?? '') as Choice}
        options={progress ? statusOptions : withNotUpdated}
        onChange={(chosen) => {
          if (chosen === '') return;
          // Done and dropped ask for more (the month, the result, the reason): show it.
          if (chosen === 'done' || chosen === 'dropped') onOpen(true);
          return setTaskStatus(row.id, chosen, cutOff);
        }}
        beside={
          <button
            type="button"
            class="button-secondary tracking-toggle"
            aria-expanded={detailsShown}
            aria-controls={detailsId}
            onClick={() => onOpen(!open)}
          >
            {detailsShown ? 'Đóng chi tiết' : 'Chi tiết'}
            {/* Positions restart in every area: the task's name tells the buttons apart. */}
            <span class="visually-hidden">
              {' '}
              nhiệm vụ {position}: {name}
            </span>
          </button>
        }
      />
      {detailsShown && (
        <div class="tracking-details" id={detailsId}>
          <SectionFindings path={base} />
          {status === 'done' && (
            <MonthOrDayField
              path={`${base}.completedOn`}
              label="Thời điểm hoàn thành"
              hint="Tháng/năm (ví dụ 3/2013) hoặc ngày/tháng/năm (ví dụ 12/3/2013); tháng quyết định đúng hạn hay chậm."
              value={progress?.completedOn ?? null}
              onChange={(completedOn) => updateProgress(row.id, { completedOn }, 'completedOn')}
            />
          )}
          {(status === 'done' || status === 'in-progress') && (
            <>
              <TextArea
                label="Kết quả, sản phẩm đã có"
                hint="Ví dụ: Quyết định số 15/QĐ-UBND ngày 12/3/2013"
                path={`${base}.result`}
                rows={2}
                value={progress?.result ?? ''}
                onInput={(result) => updateProgress(row.id, { result }, 'result')}
              />
              <TextArea
                label="Tài liệu kiểm chứng"
                hint="Mỗi dòng một tài liệu: số, ký hiệu văn bản hoặc đường dẫn (chỉ lưu dạng chữ, không mở)."
                path={`${base}.evidence`}
                rows={2}
                value={progress?.evidence.join('\n') ?? ''}
                onInput={(text) =>
                  byLine(
                    updateProgress(
                      row.id,
                      { evidence: text === '' ? [] : text.split('\n') },
                      'evidence',
                    ),
                  )
                }
              />
            </>
          )}
          <TextArea
            label={dropped ? 'Lý do không thực hiện (bắt buộc)' : 'Ghi chú'}
            hint={dropped ? 'Ví dụ: bỏ theo Kế hoạch điều chỉnh số 20/KH-UBND' : undefined}
            path={`${base}.note`}
            rows={2}
            value={progress?.note ?? ''}
            onInput={(note) => updateProgress(row.id, { note }, 'note')}
          />
        </div>
      )}
    </li>
  );
}
