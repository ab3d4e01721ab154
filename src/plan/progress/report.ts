/**
 * One periodic CCHC report as data, drafted from the plan and its progress: the title, section I
 * (the plan, inspection, dissemination), section II (each area's figures and each task's result
 * in words), sections III–V as the unit wrote them, and the annex tables' rows. Every exporter and
 * the builder's preview lay out this one model, so the report says the same in every format.
 * The report's usual shape (I. Công tác chỉ đạo, điều hành; II. Kết quả thực hiện theo lĩnh vực;
 * III. Đánh giá chung; IV. Phương hướng kỳ tới; V. Đề xuất, kiến nghị) follows the reports units
 * send under 581/BNV-CCHC; no national template fixes it.
 */
import type { PeriodReport, Plan } from '../schema.ts';
import { areaSectionHeading, areaTableHeading, templateOf, type AreaId } from '../templates.ts';
import { formatDate, formatMonthYear, formatRate } from '../vi-format.ts';
import { nextPeriod, periodLabels, type PeriodCalendar, type PeriodId } from './periods.ts';
import {
  calendarOf,
  planStateAt,
  tasksDueNext,
  type AreaState,
  type PlanState,
  type StateCounts,
  type TaskAtCutOff,
} from './state.ts';
import { taskStatusLabels } from './statuses.ts';

export interface ReportTask extends TaskAtCutOff {
  /** The task as the table names it: its specific task, or its general one. */
  name: string;
  /** What became of it, in words: "Đã hoàn thành tháng 03/2013, đúng hạn. Kết quả: …". */
  outcome: string;
}

export interface ReportArea {
  areaId: AreaId;
  /** "1. Cải cách thể chế". */
  heading: string;
  /** "I. Cải cách thể chế": as the annex tables group rows. */
  tableHeading: string;
  counts: StateCounts;
  completionRate: number | null;
  /** "Kế hoạch đề ra 5 nhiệm vụ; đã hoàn thành 3 (…)". */
  summary: string;
  tasks: ReportTask[];
}

export interface PeriodReportModel {
  period: PeriodId;
  /** "Kết quả thực hiện công tác cải cách hành chính quý III năm 2013". */
  title: string;
  calendar: PeriodCalendar;
  cutOff: string;
  state: PlanState;
  /** Section I, drafted: one paragraph each for the plan, inspection and dissemination. */
  direction: string[];
  /** Section II's opening paragraph: the plan's overall figures. */
  overview: string;
  areas: ReportArea[];
  /** Sections III–V as the unit wrote them ("" when not yet written). */
  written: Omit<PeriodReport, 'sentOn'>;
  sentOn: string | null;
  /** Annex: tasks not done by the cut-off that were due, or were dropped, with the reason. */
  notDone: ReportTask[];
  /** Tasks left open that are due by the end of the next period (section IV's starting list). */
  dueNext: ReportTask[];
}

export const emptyWritten: Omit<PeriodReport, 'sentOn'> = {
  highlights: '',
  shortcomings: '',
  nextSteps: '',
  proposals: '',
};

export const reportTitle = (plan: Pick<Plan, 'planYear'>, period: PeriodId): string =>
  // "… năm 2013" and "… 6 tháng đầu năm 2013": a period named with "năm" does not say it twice.
  `Kết quả thực hiện công tác cải cách hành chính ${`${periodLabels[period]} `.replace(/năm $/, '')}năm ${plan.planYear}`;

const taskName = (task: TaskAtCutOff): string =>
  (task.row.specificTask.trim() || task.row.generalTask.trim() || '(Nhiệm vụ chưa có tên)').replace(
    /[.;:\s]+$/,
    '',
  );

const completion = (completedOn: string | null): string => {
  if (completedOn === null) return '';
  return completedOn.length === 7
    ? ` tháng ${completedOn.slice(5, 7)}/${completedOn.slice(0, 4)}`
    : ` ngày ${formatDate(completedOn)}`;
};

/** One task's outcome in words, as section II and the annex table say it. */
export function taskOutcome(task: TaskAtCutOff): string {
  const progress = task.row.progress;
  const due = task.row.to.year === null ? '' : ` (hạn ${formatMonthYear(task.row.to)})`;
  const result = progress?.result.trim() ? ` Kết quả: ${progress.result.trim()}.` : '';
  const note = progress?.note.trim() ? ` Ghi chú: ${progress.note.trim()}.` : '';
  switch (task.state) {
    case 'done-on-time':
      return `Đã hoàn thành${completion(progress?.completedOn ?? null)}, đúng hạn.${result}`;
    case 'done-late':
      return `Đã hoàn thành${completion(progress?.completedOn ?? null)}, chậm so với kế hoạch${due}.${result}`;
    case 'dropped':
      return `Không thực hiện.${progress?.note.trim() ? ` Lý do: ${progress.note.trim()}.` : ''}`;
    case 'in-progress':
      return `${task.overdue ? 'Đang thực hiện, đã quá hạn' : 'Đang thực hiện'}${due}.${result}${note}`;
    case 'not-started':
      return `${task.overdue ? 'Chưa triển khai, đã quá hạn' : taskStatusLabels['not-started']}${due}.${note}`;
  }
}

/** "Kế hoạch đề ra 5 nhiệm vụ; đã hoàn thành 3 (đúng hạn 2, chậm 1), …": figures in words. */
export function countsSentence(counts: StateCounts, rate: number | null): string {
  if (counts.planned === 0) return 'Kế hoạch không đề ra nhiệm vụ nào ở lĩnh vực này.';
  const parts = [
    `đã hoàn thành ${counts.done} (đúng hạn ${counts.doneOnTime}, chậm ${counts.doneLate})`,
    `đang thực hiện ${counts.inProgress}`,
    `chưa triển khai ${counts.notStarted}`,
  ];
  if (counts.dropped > 0) parts.push(`không thực hiện ${counts.dropped}`);
  const overdue =
    counts.overdue > 0 ? `; ${counts.overdue} nhiệm vụ đã quá hạn mà chưa hoàn thành` : '';
  return `Kế hoạch đề ra ${counts.planned} nhiệm vụ; ${parts.join(', ')}${overdue}. Tỷ lệ hoàn thành: ${formatRate(rate)}.`;
}

function directionParagraphs(plan: Plan): string[] {
  const unit = plan.unit.name.trim() || 'Đơn vị';
  const { number, symbol, issueDate } = plan.document;
  const reference = number.trim() ? ` số ${number.trim()}/${symbol.trim()}` : '';
  const issued =
    issueDate === null
      ? `${unit} đã xây dựng Kế hoạch cải cách hành chính năm ${plan.planYear}${reference} (chưa ghi ngày ban hành).`
      : `Ngày ${formatDate(issueDate)}, ${unit} ban hành Kế hoạch${reference} về cải cách hành chính năm ${plan.planYear}.`;
  const paragraphs = [issued];
  const inspection = plan.inspectionPlan;
  if (inspection && (inspection.scope.trim() || inspection.targets.length > 0)) {
    const targets = inspection.targets.length > 0 ? ` tại ${inspection.targets.join(', ')}` : '';
    const timing = inspection.timing.trim() ? ` (${sentence(inspection.timing)})` : '';
    paragraphs.push(
      `Công tác kiểm tra: theo kế hoạch kiểm tra cải cách hành chính${targets}${timing}.${inspection.scope.trim() ? ` Nội dung: ${firstLine(inspection.scope)}.` : ''}`,
    );
  } else
    paragraphs.push('Công tác kiểm tra: kế hoạch chưa có nội dung kiểm tra cải cách hành chính.');
  const dissemination = plan.disseminationPlan;
  if (dissemination && (dissemination.content.trim() || dissemination.methods.length > 0)) {
    const methods =
      dissemination.methods.length > 0
        ? ` bằng các hình thức: ${dissemination.methods.join('; ')}`
        : '';
    paragraphs.push(
      `Công tác tuyên truyền: ${firstLine(dissemination.content) || 'tuyên truyền cải cách hành chính'}${methods}.`.replace(
        /\.\./g,
        '.',
      ),
    );
  } else {
    paragraphs.push(
      'Công tác tuyên truyền: kế hoạch chưa có nội dung tuyên truyền cải cách hành chính.',
    );
  }
  return paragraphs;
}

/** Text to put inside a sentence: without the full stop or semicolon it may end with. */
const sentence = (text: string): string => text.trim().replace(/[\s.;:,]+$/, '');

/** The first line of a free text, without a bullet's dash: enough to name it in a sentence. */
function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((candidate) => candidate.trim() !== '') ?? '';
  return sentence(line.replace(/^\s*[-+•–]\s*/, ''));
}

function reportArea(plan: Plan, area: AreaState, tasks: ReportTask[]): ReportArea {
  const template = templateOf(plan);
  return {
    areaId: area.areaId,
    heading: areaSectionHeading(template, area.areaId),
    tableHeading: areaTableHeading(template, area.areaId),
    counts: area.counts,
    completionRate: area.completionRate,
    summary: countsSentence(area.counts, area.completionRate),
    tasks: tasks.filter((task) => task.row.areaId === area.areaId),
  };
}

export interface ReportOptions {
  /** The data's cut-off (ISO date); the period's "số liệu đến ngày" when not given. */
  cutOff?: string;
}

export function buildPeriodReport(
  plan: Plan,
  period: PeriodId,
  { cutOff }: ReportOptions = {},
): PeriodReportModel {
  const calendar = calendarOf(plan);
  const at = cutOff ?? calendar[period].dataTo;
  const state = planStateAt(plan, at);
  const described = (task: TaskAtCutOff): ReportTask => ({
    ...task,
    name: taskName(task),
    outcome: taskOutcome(task),
  });
  const tasks = state.tasks.map(described);
  const { sentOn = null, ...written } = plan.reporting?.reports[period] ?? {
    ...emptyWritten,
    sentOn: null,
  };
  return {
    period,
    title: reportTitle(plan, period),
    calendar: calendar[period],
    cutOff: at,
    state,
    direction: directionParagraphs(plan),
    overview: `Tính đến ngày ${formatDate(at)}: ${countsSentence(state.counts, state.completionRate)}`,
    areas: state.areas.map((area) => reportArea(plan, area, tasks)),
    written,
    sentOn,
    notDone: tasks.filter((task) => task.overdue || task.state === 'dropped'),
    dueNext: tasksDueNext(state, calendar, nextPeriod[period]).map(described),
  };
}
