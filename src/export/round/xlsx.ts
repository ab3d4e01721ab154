/**
 * A round as an Excel workbook for the Sở Nội vụ's own sorting and filtering: "Đơn vị" (every
 * plan received, kept or set aside, then the roster's units that sent nothing), "Nhiệm vụ" (every
 * task of every kept plan with its unit) and "Phát hiện" (every finding of every kept plan).
 * Amounts as numbers in the plan export's `#,##0`, rates as `0.0%`, printed as every workbook
 * here is (../xlsx/workbook.ts), byte-identical in Node and the browser.
 *
 * The two long sheets stop at `maxSheetRows` rows (20,000 by default) and say how many were left
 * out: write-excel-file builds each sheet as one string, and costs about 1 ms and 15 kB of memory
 * per row of a dozen cells (measured), so a national roll-up's 350,000 tasks would take minutes
 * and gigabytes. Each unit's own file has all its tasks.
 */
import type { CellObject } from 'write-excel-file/universal';
import { rules } from '../../plan/rules/index.ts';
import { severityLabels } from '../../plan/rules/types.ts';
import { templateById } from '../../plan/templates.ts';
import { formatAmount, formatDate } from '../../plan/vi-format.ts';
import { provinceTaskRule } from '../../round/province.ts';
import {
  unitCounts,
  unitFindings,
  type RoundSettings,
  type RoundUnit,
  type RoundView,
} from '../../round/round.ts';
import {
  boxed,
  headingText,
  PERCENT_FORMAT,
  text,
  titleRow,
  VND_FORMAT,
  writeWorkbook,
  type Row,
  type WorkbookSheet,
} from '../xlsx/workbook.ts';
import {
  onTimeLabel,
  roundPackageDate,
  unitTypeLabel,
  type RoundExportOptions,
} from './round-text.ts';
import type { TaskSource } from './tasks.ts';

export const ROUND_SHEET_NAMES = ['Đơn vị', 'Nhiệm vụ', 'Phát hiện'] as const;
export const DEFAULT_MAX_SHEET_ROWS = 20_000;
/** The title, then the heading row. */
export const ROUND_HEADING_ROW = 2;

export interface RoundXlsxOptions extends RoundExportOptions {
  /** Each unit's tasks; without it the "Nhiệm vụ" sheet says none were given. */
  tasks?: TaskSource;
  /** Rows of the task and finding sheets past which the rest is counted, not listed. */
  maxSheetRows?: number;
}

const number = (value: number | null, style: CellObject = {}): CellObject =>
  value === null ? text('') : { ...boxed, type: Number, value, align: 'center', ...style };
const amount = (value: number | null): CellObject =>
  number(value, { format: VND_FORMAT, align: 'right' });
const centred = (value: string): CellObject => text(value, { align: 'center' });

const unitName = (unit: RoundUnit): string =>
  unit.checked.summary.unitName.trim() || unit.rosterName || `(tệp ${unit.file})`;

function sheet(
  name: string,
  title: string,
  columns: readonly { label: string; width: number }[],
  rows: Row[],
): WorkbookSheet {
  return {
    name,
    data: [
      titleRow(title, columns.length, { fontWeight: 'bold', fontSize: 14 }),
      columns.map((column) => headingText(column.label)),
      ...rows,
    ],
    widths: columns.map((column) => column.width),
    headingRow: ROUND_HEADING_ROW,
    formulaValues: new Map(),
  };
}

const unitColumns = [
  { label: 'TT', width: 5 },
  { label: 'Cơ quan, đơn vị', width: 30 },
  { label: 'Loại đơn vị', width: 16 },
  { label: 'Đề cương', width: 18 },
  { label: 'Năm kế hoạch', width: 9 },
  { label: 'Số, ký hiệu', width: 13 },
  { label: 'Ngày ban hành', width: 12 },
  { label: 'Đúng hạn', width: 11 },
  { label: 'Lỗi', width: 7 },
  { label: 'Cảnh báo', width: 9 },
  { label: 'Gợi ý', width: 7 },
  { label: 'Lĩnh vực có nhiệm vụ', width: 10 },
  { label: 'Số nhiệm vụ', width: 9 },
  { label: 'Kinh phí dự kiến (đồng)', width: 16 },
  { label: 'Nhiệm vụ chưa có kinh phí', width: 10 },
  { label: 'Tự chấm (điểm)', width: 9 },
  { label: 'Điểm tối đa', width: 8 },
  { label: 'Tỷ lệ hoàn thành', width: 10 },
  { label: 'Nhiệm vụ quá hạn', width: 9 },
  { label: 'Tệp', width: 28 },
  { label: 'Dạng tệp', width: 12 },
  { label: 'Tổng hợp', width: 16 },
  { label: 'Trong danh sách', width: 24 },
];

function unitRows(round: RoundSettings, view: RoundView): Row[] {
  const rows: Row[] = view.units.map((unit, index) => {
    const { summary } = unit.checked;
    const counts = unitCounts(unit);
    return [
      number(index + 1),
      text(unitName(unit)),
      text(unitTypeLabel(unit)),
      text(templateById(summary.template).shortTitle),
      number(summary.planYear),
      centred(summary.documentNumber),
      centred(summary.issueDate === null ? '' : formatDate(summary.issueDate)),
      centred(onTimeLabel(unit, round)),
      number(counts.loi),
      number(counts['canh-bao']),
      number(counts['goi-y']),
      centred(`${summary.areasCovered}/${summary.areaCount}`),
      number(summary.tasks),
      amount(summary.budgetVnd),
      number(summary.unbudgetedTasks),
      number(summary.score.points),
      number(summary.score.maxPoints),
      number(summary.progress?.completionRate ?? null, { format: PERCENT_FORMAT }),
      number(summary.progress?.overdue ?? null),
      text(unit.file),
      text(unit.word ? 'Word (.docx)' : 'Kế hoạch (.json)'),
      text(unit.kept ? 'Tính vào tổng hợp' : 'Để ra ngoài (đơn vị gửi nhiều bản)'),
      text(unit.rosterName ?? (round.roster.length === 0 ? '' : 'Không có trong danh sách')),
    ];
  });
  for (const name of view.missing) {
    rows.push([
      number(rows.length + 1),
      text(name),
      ...Array.from({ length: 19 }, () => text('')),
      text('Chưa gửi kế hoạch'),
      text(name),
    ]);
  }
  return rows;
}

const taskColumns = [
  { label: 'TT', width: 6 },
  { label: 'Cơ quan, đơn vị', width: 24 },
  { label: 'Lĩnh vực', width: 20 },
  { label: 'Nhiệm vụ chung', width: 22 },
  { label: 'Nhiệm vụ cụ thể', width: 30 },
  { label: 'Sản phẩm', width: 22 },
  { label: 'Cơ quan chủ trì', width: 16 },
  { label: 'Cơ quan phối hợp', width: 18 },
  { label: 'Từ', width: 9 },
  { label: 'Đến', width: 9 },
  { label: 'Kinh phí dự kiến (đồng)', width: 15 },
  { label: 'Tình trạng', width: 14 },
];

/** The line that ends a sheet cut at its limit. */
export const leftOutNote = (listed: number, total: number, what: string): string =>
  `Bảng chỉ liệt kê ${formatAmount(listed)} trên tổng số ${formatAmount(total)} ${what}; xem đầy đủ trong tệp kế hoạch của từng đơn vị.`;

function taskRows(view: RoundView, tasks: TaskSource | undefined, limit: number): Row[] {
  const rows: Row[] = [];
  let total = 0;
  for (const unit of view.units) {
    if (!unit.kept) continue;
    total += unit.checked.summary.tasks;
    if (rows.length >= limit || tasks === undefined) continue;
    const name = unitName(unit);
    for (const task of tasks(unit)) {
      if (rows.length >= limit) break;
      rows.push([
        number(rows.length + 1),
        text(name),
        text(task.area),
        text(task.generalTask),
        text(task.specificTask),
        text(task.products),
        text(task.leadUnit),
        text(task.coordinatingUnits),
        centred(task.from),
        centred(task.to),
        amount(task.budgetVnd),
        text(task.status),
      ]);
    }
  }
  if (rows.length < total) {
    rows.push(
      titleRow(leftOutNote(rows.length, total, 'nhiệm vụ'), taskColumns.length, {
        fontStyle: 'italic',
        align: 'left',
      }),
    );
  }
  return rows;
}

const findingColumns = [
  { label: 'TT', width: 6 },
  { label: 'Cơ quan, đơn vị', width: 24 },
  { label: 'Mức độ', width: 10 },
  { label: 'Quy tắc', width: 28 },
  { label: 'Vị trí', width: 26 },
  { label: 'Nội dung', width: 50 },
  { label: 'Căn cứ', width: 22 },
];

const ruleTitles = new Map([...rules, provinceTaskRule].map((rule) => [rule.id, rule.title]));

function findingRows(view: RoundView, limit: number): Row[] {
  const rows: Row[] = [];
  let total = 0;
  for (const unit of view.units) {
    if (!unit.kept) continue;
    const findings = unitFindings(unit);
    total += findings.length;
    const name = unitName(unit);
    for (const finding of findings) {
      if (rows.length >= limit) break;
      rows.push([
        number(rows.length + 1),
        text(name),
        centred(severityLabels[finding.severity]),
        text(ruleTitles.get(finding.ruleId) ?? finding.ruleId),
        text(finding.where),
        text(finding.message),
        text(finding.citation.label),
      ]);
    }
  }
  if (rows.length < total) {
    rows.push(
      titleRow(leftOutNote(rows.length, total, 'phát hiện'), findingColumns.length, {
        fontStyle: 'italic',
        align: 'left',
      }),
    );
  }
  return rows;
}

export async function roundToXlsx(
  round: RoundSettings,
  view: RoundView,
  options: RoundXlsxOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const limit = options.maxSheetRows ?? DEFAULT_MAX_SHEET_ROWS;
  const asOf = formatDate(options.asOf);
  const named = round.name.trim() === '' ? '' : `: ${round.name.trim()}`;
  return writeWorkbook(
    [
      sheet(
        ROUND_SHEET_NAMES[0],
        `Các cơ quan, đơn vị và kế hoạch đã nhận${named} (số liệu đến ngày ${asOf})`,
        unitColumns,
        unitRows(round, view),
      ),
      sheet(
        ROUND_SHEET_NAMES[1],
        `Nhiệm vụ trong kế hoạch của các cơ quan, đơn vị (số liệu đến ngày ${asOf})`,
        taskColumns,
        taskRows(view, options.tasks, limit),
      ),
      sheet(
        ROUND_SHEET_NAMES[2],
        `Kết quả kiểm tra kế hoạch theo hướng dẫn (số liệu đến ngày ${asOf})`,
        findingColumns,
        findingRows(view, limit),
      ),
    ],
    roundPackageDate(options),
  );
}
