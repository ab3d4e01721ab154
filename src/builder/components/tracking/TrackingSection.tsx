/**
 * "Theo dõi thực hiện": the plan carried out through the year. The state at a cut-off date (today
 * by default), for the plan and per area, then every task with its status; the details of one
 * task (when it was finished, its result, evidence, a note or the reason it was dropped) open
 * below it. Filters narrow the list to what needs attention.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  calendarOf,
  dueWithin,
  periodIds,
  periodLabels,
  planStateAt,
  type PeriodId,
  type PlanState,
  type TaskAtCutOff,
} from '../../../plan/progress/index.ts';
import type { Plan } from '../../../plan/schema.ts';
import { areaTableHeading, templateOf } from '../../../plan/templates.ts';
import { formatDate } from '../../../plan/vi-format.ts';
import { DateField } from '../../../ui/form/DateField.tsx';
import { SectionFindings } from '../../../ui/findings/SectionFindings.tsx';
import type { SectionProps } from '../../sections.ts';
import { todayIso } from '../../stores/checks.ts';
import { $plan } from '../../stores/editor.ts';
import { $cutOff, defaultCutOff } from '../../stores/progress-actions.ts';
import { SectionForm } from '../SectionForm.tsx';
import { Figures } from './Figures.tsx';
import { TaskEntry } from './TaskEntry.tsx';

type Filter = 'all' | 'overdue' | 'due' | 'not-updated';

const filterLabels: Record<Filter, string> = {
  all: 'Tất cả',
  overdue: 'Quá hạn',
  due: 'Đến hạn kỳ này',
  'not-updated': 'Chưa cập nhật',
};

/** The report period the cut-off falls in: the first whose data window has not ended. */
export function currentPeriod(plan: Plan, cutOff: string): PeriodId {
  const calendar = calendarOf(plan);
  return periodIds.find((period) => calendar[period].dataTo >= cutOff) ?? 'nam';
}

function matcher(plan: Plan, state: PlanState, filter: Filter): (task: TaskAtCutOff) => boolean {
  if (filter === 'overdue') return (task) => task.overdue;
  if (filter === 'not-updated') return (task) => task.row.progress === undefined;
  if (filter === 'due') {
    const window = calendarOf(plan)[currentPeriod(plan, state.cutOff)];
    return (task) => dueWithin(task, window.dataFrom, window.dataTo);
  }
  return () => true;
}

export function TrackingSection(props: SectionProps) {
  // The form's context stays put while the plan changes: only the tasks that change re-render.
  return (
    <SectionForm>
      <Tracking {...props} />
    </SectionForm>
  );
}

function Tracking({ rowId }: SectionProps) {
  const plan = useStore($plan);
  const chosen = useStore($cutOff);
  const today = todayIso();
  const cutOff = plan ? (chosen ?? defaultCutOff(plan, today)) : today;
  const state = useMemo(() => (plan ? planStateAt(plan, cutOff) : null), [plan, cutOff]);
  const [filter, setFilter] = useState<Filter>('all');
  // The rows a filter showed when chosen stay shown while they are edited (a task marked done
  // under "Chưa cập nhật" does not vanish under the keyboard); a new choice or cut-off recounts.
  const [shown, setShown] = useState<ReadonlySet<string> | null>(null);
  const [openRow, setOpenRow] = useState<string | null>(rowId ?? null);
  useEffect(() => {
    if (!rowId) return;
    setOpenRow(rowId);
    setFilter('all');
    setShown(null);
  }, [rowId]);
  if (!plan || !state) return null;

  const select = (next: Filter, at = state) => {
    setFilter(next);
    if (next === 'all') return setShown(null);
    const matches = matcher(plan, at, next);
    setShown(new Set(at.tasks.filter(matches).map((task) => task.row.id)));
  };
  const changeCutOff = (iso: string | null) => {
    if (iso === null) {
      return {
        ok: false as const,
        problems: [
          {
            path: 'cutOff',
            message: `Chưa phải một ngày có thật: hãy ghi đủ ngày, tháng, năm. Số liệu vẫn tính đến ngày ${formatDate(cutOff)}.`,
          },
        ],
      };
    }
    $cutOff.set(iso);
    if (filter !== 'all') select(filter, planStateAt(plan, iso));
  };

  const template = templateOf(plan);
  const period = currentPeriod(plan, cutOff);
  const window = calendarOf(plan)[period];
  const counts: Record<Filter, number> = {
    all: state.tasks.length,
    overdue: state.counts.overdue,
    due: state.tasks.filter(matcher(plan, state, 'due')).length,
    'not-updated': state.counts.notUpdated,
  };
  const visible = shown ? state.tasks.filter((task) => shown.has(task.row.id)) : state.tasks;
  const areaPosition = new Map<string, number>();

  return (
    <div class="tracking">
      <p>
        Dùng trong năm thực hiện kế hoạch: chọn tình trạng của từng nhiệm vụ (dùng phím mũi tên
        trong ô chọn), mở “Chi tiết” để ghi thời điểm hoàn thành, kết quả và tài liệu kiểm chứng. Số
        liệu dưới đây dùng cho báo cáo ở phần “Lập báo cáo”.
      </p>
      <DateField
        path="cutOff"
        legend="Số liệu tính đến ngày"
        hint="Mặc định là hôm nay; khi đã qua năm kế hoạch, là ngày cuối số liệu của kỳ báo cáo chưa gửi đầu tiên (hoặc 14/12). Không lưu vào kế hoạch."
        value={cutOff}
        onChange={changeCutOff}
      />
      <h3>Cả kế hoạch</h3>
      <Figures counts={state.counts} rate={state.completionRate} />
      <SectionFindings path="rows" />
      <div class="tracking-filters" role="group" aria-labelledby="tracking-filter-label">
        <span id="tracking-filter-label">Lọc nhiệm vụ:</span>
        {(Object.keys(filterLabels) as Filter[]).map((id) => (
          <button
            type="button"
            class="button-secondary"
            aria-pressed={filter === id}
            onClick={() => select(id)}
          >
            {filterLabels[id]} ({counts[id]})
          </button>
        ))}
      </div>
      <p class="field-hint">
        “Đến hạn kỳ này”: nhiệm vụ có thời hạn trong kỳ báo cáo {periodLabels[period]} (
        {formatDate(window.dataFrom)} – {formatDate(window.dataTo)}).
      </p>
      <p role="status" class="tracking-count">
        {filter === 'all'
          ? `Đang hiện tất cả ${visible.length} nhiệm vụ.`
          : `Đang hiện ${visible.length} nhiệm vụ (${filterLabels[filter].toLowerCase()}).`}
      </p>
      {visible.length === 0 && <p>Không có nhiệm vụ nào ở mục lọc này.</p>}
      {state.areas.map((area) => {
        const tasks = visible.filter((task) => task.row.areaId === area.areaId);
        if (tasks.length === 0 && (filter !== 'all' || area.counts.planned === 0)) return null;
        const headingId = `tracking-area-${area.areaId}`;
        return (
          <section class="tracking-area" aria-labelledby={headingId}>
            <h3 id={headingId}>{areaTableHeading(template, area.areaId)}</h3>
            <Figures counts={area.counts} rate={area.completionRate} />
            <ul class="tracking-tasks">
              {state.tasks
                .filter((task) => task.row.areaId === area.areaId)
                .map((task) => {
                  const position = (areaPosition.get(area.areaId) ?? 0) + 1;
                  areaPosition.set(area.areaId, position);
                  if (shown && !shown.has(task.row.id)) return null;
                  const open = openRow === task.row.id;
                  return (
                    <TaskEntry
                      key={task.row.id}
                      row={task.row}
                      index={task.index}
                      position={position}
                      state={task.state}
                      overdue={task.overdue}
                      cutOff={cutOff}
                      open={open}
                      onOpen={(next) => setOpenRow(next ? task.row.id : null)}
                    />
                  );
                })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
