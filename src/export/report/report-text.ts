/**
 * The wording of a periodic CCHC report that every format shares (Word, Excel, Markdown): the
 * number and date lines, the opening, sections I–V as parts of text, and the three annex tables
 * as rows of plain strings or counts. All of it is read from the report model
 * (src/plan/progress/report.ts), never recomputed, so the report says the same figures in every
 * format and in the builder's preview. Plain strings, no markup: escaping is the exporter's job.
 */
import { taskStatusLabels } from '../../plan/progress/statuses.ts';
import type { ReportTask, PeriodReportModel } from '../../plan/progress/report.ts';
import type { StateCounts } from '../../plan/progress/state.ts';
import type { Plan } from '../../plan/schema.ts';
import {
  formatDate,
  formatDocumentDate,
  formatMonthYear,
  formatPeriod,
} from '../../plan/vi-format.ts';
import { textLines, type TextLine } from '../plan-text.ts';
import { isoPackageDate, type PackageDate } from '../stable-zip.ts';

/** The document type above the title (Nghị định 30/2020, Phụ lục III: BC is a báo cáo). */
export const REPORT_TYPE = 'BÁO CÁO';

/**
 * "BC-SNV": the report's symbol, from the unit's abbreviation in the plan's ("KH-SNV"). The model
 * has no number or symbol of the report's own, so a draft leaves the number blank for the
 * registry, as a plan's draft does.
 */
export function reportSymbol(plan: Plan): string {
  const abbreviation = /^[^-–/]+[-–](.+)$/.exec(plan.document.symbol.trim())?.[1]?.trim() ?? '';
  return `BC-${abbreviation}`;
}

/** "Số:      /BC-SNV": the number left blank, to be written in when the report is registered. */
export const reportNumberLine = (plan: Plan): string => `Số:      /${reportSymbol(plan)}`;

/** The place and the day it was sent, or "…, ngày … tháng … năm …" while it is a draft. */
export const reportDateLine = (plan: Plan, model: PeriodReportModel): string =>
  formatDocumentDate(plan.document.place, model.sentOn);

/** What the report's files are dated with: the day it was sent, or its cut-off while a draft. */
export const reportPackageDate = (model: PeriodReportModel): PackageDate =>
  isoPackageDate(model.sentOn) ?? isoPackageDate(model.cutOff) ?? { year: 1980, month: 1, day: 1 };

const unitName = (plan: Plan): string => plan.unit.name.trim() || 'Đơn vị';

/** The opening sentence: who reports, on what, over which days. */
export function reportIntroduction(plan: Plan, model: PeriodReportModel): string {
  const { dataFrom } = model.calendar;
  const window =
    dataFrom <= model.cutOff
      ? `số liệu tính từ ngày ${formatDate(dataFrom)} đến ngày ${formatDate(model.cutOff)}`
      : `số liệu tính đến ngày ${formatDate(model.cutOff)}`;
  return `${unitName(plan)} báo cáo ${model.title.charAt(0).toLocaleLowerCase('vi-VN')}${model.title.slice(1)} (${window}) như sau:`;
}

export const reportHeadings = {
  direction: 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
  results: 'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
  assessment: 'III. ĐÁNH GIÁ CHUNG',
  highlights: '1. Kết quả nổi bật',
  shortcomings: '2. Tồn tại, hạn chế và nguyên nhân',
  nextSteps: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
  proposals: 'V. ĐỀ XUẤT, KIẾN NGHỊ',
} as const;

/** Where section II sends the reader for the details. */
export const annexPointer = 'Chi tiết tại các Phụ lục I, II và III kèm theo Báo cáo này.';

export interface ReportPart {
  heading: string;
  /** 1: I–V; 2: the numbered parts under them. */
  level: 1 | 2;
  /** The part's text; an empty list shows as "(Chưa có nội dung.)"; null: a heading alone. */
  lines: TextLine[] | null;
}

const paragraphs = (texts: readonly string[]): TextLine[] =>
  texts.map((text) => ({ bullet: false, text }));

/** "Tên nhiệm vụ: Đã hoàn thành tháng 03/2013, đúng hạn. Kết quả: …". */
export const taskSentence = (task: ReportTask): string => `${task.name}: ${task.outcome}`;

/** Sections I–V in order, as text: I and II drafted from the data, III–V as the unit wrote them. */
export function reportParts(model: PeriodReportModel): ReportPart[] {
  const { written } = model;
  const dueNext: TextLine[] =
    model.dueNext.length === 0
      ? []
      : [
          {
            bullet: false,
            text: 'Các nhiệm vụ của kế hoạch chưa hoàn thành, đến hạn trong kỳ tới:',
          },
          ...model.dueNext.map((task) => ({
            bullet: true,
            text: `${task.name} (${task.row.leadUnit.trim() || 'chưa ghi cơ quan chủ trì'}; hạn ${formatMonthYear(task.row.to)}).`,
          })),
        ];
  return [
    { heading: reportHeadings.direction, level: 1, lines: paragraphs(model.direction) },
    { heading: reportHeadings.results, level: 1, lines: paragraphs([model.overview]) },
    ...model.areas.map((area): ReportPart => ({
      heading: area.heading,
      level: 2,
      lines: [
        { bullet: false, text: area.summary },
        ...area.tasks.map((task) => ({ bullet: true, text: taskSentence(task) })),
      ],
    })),
    { heading: '', level: 2, lines: paragraphs([annexPointer]) },
    { heading: reportHeadings.assessment, level: 1, lines: null },
    { heading: reportHeadings.highlights, level: 2, lines: textLines(written.highlights) },
    { heading: reportHeadings.shortcomings, level: 2, lines: textLines(written.shortcomings) },
    // The unit's text (a gap to fill while empty), then the plan's open tasks due next.
    { heading: reportHeadings.nextSteps, level: 1, lines: textLines(written.nextSteps) },
    ...(dueNext.length > 0 ? [{ heading: '', level: 2 as const, lines: dueNext }] : []),
    { heading: reportHeadings.proposals, level: 1, lines: textLines(written.proposals) },
  ];
}

// Annexes.

export interface AnnexHeading {
  /** "PHỤ LỤC I". */
  label: string;
  /** Upper case, under the label. */
  title: string;
  /** "(Kèm theo Báo cáo số …/BC-SNV ngày … của Sở Nội vụ)". */
  attachment: string;
}

function attachment(plan: Plan, model: PeriodReportModel): string {
  const date = model.sentOn === null ? '…/…/…' : formatDate(model.sentOn);
  const issuer = plan.unit.name.trim() === '' ? '…' : plan.unit.name.trim();
  return `(Kèm theo Báo cáo số      /${reportSymbol(plan)} ngày ${date} của ${issuer}; số liệu tính đến ngày ${formatDate(model.cutOff)})`;
}

export function annexHeadings(
  plan: Plan,
  model: PeriodReportModel,
): [AnnexHeading, AnnexHeading, AnnexHeading] {
  const attached = attachment(plan, model);
  return [
    {
      label: 'PHỤ LỤC I',
      title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH THEO LĨNH VỰC',
      attachment: attached,
    },
    {
      label: 'PHỤ LỤC II',
      title: 'NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH VÀ NHIỆM VỤ KHÔNG THỰC HIỆN',
      attachment: attached,
    },
    {
      label: 'PHỤ LỤC III',
      title: `TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${plan.planYear}`,
      attachment: attached,
    },
  ];
}

export type CountKey = Exclude<keyof StateCounts, 'notUpdated'>;

/** Annex I's count columns, after TT and the area, before the rate. */
export const countColumns: readonly { key: CountKey; label: string }[] = [
  { key: 'planned', label: 'Số nhiệm vụ theo kế hoạch' },
  { key: 'done', label: 'Đã hoàn thành' },
  { key: 'doneOnTime', label: 'Trong đó: đúng hạn' },
  { key: 'doneLate', label: 'Trong đó: chậm' },
  { key: 'inProgress', label: 'Đang thực hiện' },
  { key: 'notStarted', label: 'Chưa triển khai' },
  { key: 'dropped', label: 'Không thực hiện' },
  { key: 'overdue', label: 'Quá hạn chưa hoàn thành' },
];
export const areaColumnLabel = 'Lĩnh vực';
export const rateColumnLabel = 'Tỷ lệ hoàn thành';
export const totalLabel = 'Tổng cộng';
/** How the rate is computed, under annex I: the rule for dropped tasks stated. */
export const rateNote =
  'Tỷ lệ hoàn thành = số nhiệm vụ đã hoàn thành ÷ (số nhiệm vụ theo kế hoạch − số nhiệm vụ không thực hiện). Nhiệm vụ quá hạn: chưa hoàn thành khi đã hết thời hạn “đến” của nhiệm vụ.';

export interface TaskColumn {
  label: string;
  /** Width in characters, as Excel measures columns; the Word table keeps the proportions. */
  width: number;
  align?: 'center';
}

export interface TaskTableGroup {
  /** "I. Cải cách thể chế". */
  heading: string;
  /** One row of cells per task, TT first. */
  rows: string[][];
}

export interface TaskTable {
  columns: TaskColumn[];
  groups: TaskTableGroup[];
  /** What the table says when it has no row. */
  empty: string;
}

/** A task's state in a table cell: "Đang thực hiện, quá hạn". */
export function taskStateLabel(task: ReportTask): string {
  switch (task.state) {
    case 'done-on-time':
      return 'Hoàn thành đúng hạn';
    case 'done-late':
      return 'Hoàn thành chậm';
    case 'dropped':
      return taskStatusLabels.dropped;
    case 'in-progress':
    case 'not-started': {
      const label = taskStatusLabels[task.state];
      return task.overdue ? `${label}, quá hạn` : label;
    }
  }
}

/** "03/2013" or "12/03/2013"; empty unless the task counts as done at the cut-off. */
function completedOn(task: ReportTask): string {
  const on = task.row.progress?.completedOn ?? null;
  if (on === null || (task.state !== 'done-on-time' && task.state !== 'done-late')) return '';
  return on.length === 7 ? `${on.slice(5, 7)}/${on.slice(0, 4)}` : formatDate(on);
}

const lines = (items: readonly string[]): string =>
  items
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .join('\n');

function grouped(
  model: PeriodReportModel,
  tasks: readonly ReportTask[],
  cells: (task: ReportTask) => string[],
): TaskTableGroup[] {
  return model.areas
    .map((area) => ({
      heading: area.tableHeading,
      rows: tasks
        .filter((task) => task.row.areaId === area.areaId)
        .map((task, index) => [String(index + 1), ...cells(task)]),
    }))
    .filter((group) => group.rows.length > 0);
}

/** Annex II: tasks overdue and not done, then the dropped ones, with the reason. */
export function notDoneTable(model: PeriodReportModel): TaskTable {
  return {
    columns: [
      { label: 'TT', width: 5, align: 'center' },
      { label: 'Nhiệm vụ', width: 40 },
      { label: 'Cơ quan chủ trì', width: 18 },
      { label: 'Thời hạn', width: 11, align: 'center' },
      { label: 'Tình trạng', width: 17 },
      { label: 'Lý do, ghi chú', width: 40 },
    ],
    groups: grouped(model, model.notDone, (task) => [
      task.name,
      task.row.leadUnit.trim(),
      formatMonthYear(task.row.to),
      taskStateLabel(task),
      task.row.progress?.note.trim() ?? '',
    ]),
    empty: 'Không có nhiệm vụ quá hạn chưa hoàn thành hoặc không thực hiện.',
  };
}

/** Annex III: every task of the plan with its state and what it produced. */
export function fullTaskTable(model: PeriodReportModel): TaskTable {
  const tasks = model.areas.flatMap((area) => area.tasks);
  return {
    columns: [
      { label: 'TT', width: 5, align: 'center' },
      { label: 'Nhiệm vụ', width: 32 },
      { label: 'Cơ quan chủ trì', width: 16 },
      { label: 'Thời gian thực hiện', width: 13, align: 'center' },
      { label: 'Tình trạng', width: 15 },
      { label: 'Thời điểm hoàn thành', width: 12, align: 'center' },
      { label: 'Kết quả, sản phẩm đã có', width: 30 },
      { label: 'Tài liệu kiểm chứng, ghi chú', width: 26 },
    ],
    groups: grouped(model, tasks, (task) => [
      task.name,
      task.row.leadUnit.trim(),
      formatPeriod(task.row.from, task.row.to),
      taskStateLabel(task),
      completedOn(task),
      task.row.progress?.result.trim() ?? '',
      lines([...(task.row.progress?.evidence ?? []), task.row.progress?.note ?? '']),
    ]),
    empty: 'Kế hoạch chưa có nhiệm vụ nào.',
  };
}
