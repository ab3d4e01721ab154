/**
 * A plan as Markdown: the header, sections I–IV with the implementation table, and the signature
 * block, laid out as the outline and Nghị định 30/2020 order them. Pure (plan in, text out), for
 * the CLI, the builder's "copy as text" and anyone pasting a plan into a wiki or an e-mail.
 */
import { areaSectionHeading, planAreas, type AreaId } from '../plan/areas.ts';
import {
  disseminationPlanLabels,
  inspectionPlanLabels,
  organisationLabels,
} from '../plan/labels.ts';
import type { Plan, PlanRow } from '../plan/schema.ts';
import { computeTotals } from '../plan/totals.ts';
import { formatDocumentDate, formatPeriod, formatVnd } from '../plan/vi-format.ts';
import { romanNumeral, tableColumns } from '../outline/data.ts';

const EMPTY = '(Chưa có nội dung.)';

/** Characters Markdown would read as formatting or HTML. */
const escapeInline = (text: string): string =>
  text.replace(/[\\`*_[\]<>|]/g, (char) => `\\${char}`);

const upper = (text: string): string => text.trim().toLocaleUpperCase('vi-VN');

/** Free text: each line a paragraph, lines starting "- " or "+ " kept as bullets. */
function paragraphs(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return [EMPTY];
  return lines.map((line) => {
    const bullet = /^[-+•–]\s+(.*)$/.exec(line);
    if (bullet) return `- ${escapeInline(bullet[1] ?? '')}`;
    // A line that starts like a heading or a numbered list is meant as text.
    return escapeInline(line).replace(/^(#|\d+\.)/, '\\$1');
  });
}

/** Joins paragraphs, keeping consecutive bullets in one list. */
function block(lines: string[]): string {
  return lines.reduce((out, line, index) => {
    if (index === 0) return line;
    const tight = line.startsWith('- ') && (lines[index - 1] ?? '').startsWith('- ');
    return `${out}${tight ? '\n' : '\n\n'}${line}`;
  }, '');
}

const cell = (text: string): string => escapeInline(text.trim()).replace(/\r?\n/g, '<br>');
const cellList = (items: readonly string[]): string =>
  items
    .filter((item) => item.trim() !== '')
    .map(cell)
    .join('<br>');
const tableRow = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

function header(plan: Plan): string {
  const { unit, document } = plan;
  const number = document.number.trim() === '' ? '…' : escapeInline(document.number.trim());
  return [
    tableRow([escapeInline(upper(unit.parentAgency)) || '…', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
    tableRow([':---:', ':---:']),
    tableRow([`**${escapeInline(upper(unit.name)) || '…'}**`, '**Độc lập - Tự do - Hạnh phúc**']),
    tableRow([
      `Số: ${number}/${escapeInline(document.symbol.trim())}`,
      `*${escapeInline(formatDocumentDate(document.place, document.issueDate))}*`,
    ]),
  ].join('\n');
}

function introduction(plan: Plan): string {
  const issuer = plan.unit.name.trim() === '' ? 'Đơn vị' : escapeInline(plan.unit.name.trim());
  const basis = plan.provincePlan.reference.trim();
  const lines = basis === '' ? [] : [`Căn cứ ${escapeInline(basis.replace(/[;.]\s*$/, ''))};`];
  lines.push(`${issuer} ban hành Kế hoạch cải cách hành chính năm ${plan.planYear} như sau:`);
  return lines.join('\n\n');
}

function objectives(plan: Plan): string {
  const items = plan.objectives.filter((objective) => objective.trim() !== '');
  const body =
    items.length === 0 ? EMPTY : items.map((objective) => `- ${cell(objective)}`).join('\n');
  return `## I. MỤC TIÊU\n\n${body}`;
}

function tasks(plan: Plan): string {
  const sections = planAreas.map((area) => {
    const id = area.id as AreaId;
    return `### ${escapeInline(areaSectionHeading(id))}\n\n${block(paragraphs(plan.tasks[id]))}`;
  });
  return `## II. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH\n\n${sections.join('\n\n')}`;
}

function implementationTable(plan: Plan): string {
  const totals = computeTotals(plan);
  const columnCount = tableColumns.length + 1;
  const budgetColumn = 1 + tableColumns.findIndex((column) => column.id === 'budgetVnd');
  const spanning = (first: string, second: string, budget: string, notes = ''): string => {
    const cells = Array.from({ length: columnCount }, () => '');
    cells[0] = first;
    cells[1] = second;
    cells[budgetColumn] = budget;
    cells[columnCount - 1] = notes;
    return tableRow(cells);
  };
  const lines = [
    tableRow(['TT', ...tableColumns.map((column) => column.label)]),
    tableRow(
      Array.from({ length: columnCount }, (_, index) => (index === budgetColumn ? '---:' : '---')),
    ),
  ];
  for (const total of totals.areas) {
    const area = planAreas.find((candidate) => candidate.id === total.areaId);
    if (!area) continue;
    lines.push(
      spanning(
        `**${romanNumeral(area.order)}**`,
        `**${escapeInline(area.tableTitle)}**`,
        `**${formatVnd(total.budgetVnd)}**`,
      ),
    );
    const rows = plan.rows.filter((row) => row.areaId === total.areaId);
    rows.forEach((row, index) => lines.push(rowLine(row, index + 1)));
  }
  const missing =
    totals.unbudgetedRowCount === 0
      ? ''
      : `Chưa gồm ${totals.unbudgetedRowCount} nhiệm vụ chưa có kinh phí dự kiến`;
  lines.push(spanning('', '**Tổng kinh phí**', `**${formatVnd(totals.budgetVnd)}**`, missing));
  return `## III. KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CCHC\n\n${lines.join('\n')}`;
}

function rowLine(row: PlanRow, position: number): string {
  const byColumn: Record<(typeof tableColumns)[number]['id'], string> = {
    generalTask: cell(row.generalTask),
    specificTask: cell(row.specificTask),
    products: cellList(row.products),
    leadUnit: cell(row.leadUnit),
    coordinatingUnits: cellList(row.coordinatingUnits),
    period: formatPeriod(row.from, row.to),
    budgetVnd: row.budgetVnd === null ? '' : formatVnd(row.budgetVnd),
    notes: cell(row.notes),
  };
  return tableRow([String(position), ...tableColumns.map((column) => byColumn[column.id])]);
}

function labelled(label: string, value: string): string {
  return `- ${label}: ${value.trim() === '' ? EMPTY : cell(value)}`;
}

function organisation(plan: Plan): string {
  const parts: [title: string, body: string][] = (
    Object.keys(organisationLabels) as (keyof typeof organisationLabels)[]
  ).map((field) => [organisationLabels[field], block(paragraphs(plan.organisation[field]))]);
  const { inspectionPlan, disseminationPlan } = plan;
  if (inspectionPlan) {
    parts.push([
      'Kiểm tra cải cách hành chính',
      [
        labelled(inspectionPlanLabels.scope, inspectionPlan.scope),
        labelled(
          inspectionPlanLabels.targets,
          inspectionPlan.targets.filter((t) => t.trim() !== '').join('; '),
        ),
        labelled(inspectionPlanLabels.timing, inspectionPlan.timing),
        labelled(inspectionPlanLabels.leadUnit, inspectionPlan.leadUnit),
      ].join('\n'),
    ]);
  }
  if (disseminationPlan) {
    parts.push([
      'Tuyên truyền, phổ biến, quán triệt về cải cách hành chính',
      [
        labelled(disseminationPlanLabels.content, disseminationPlan.content),
        labelled(disseminationPlanLabels.audiences, disseminationPlan.audiences),
        labelled(
          disseminationPlanLabels.methods,
          disseminationPlan.methods.filter((m) => m.trim() !== '').join('; '),
        ),
        labelled(disseminationPlanLabels.leadUnit, disseminationPlan.leadUnit),
      ].join('\n'),
    ]);
  }
  const sections = parts.map(([title, body], index) => `### ${index + 1}. ${title}\n\n${body}`);
  return `## IV. TỔ CHỨC THỰC HIỆN\n\n${sections.join('\n\n')}`;
}

function signature(plan: Plan): string {
  const { document } = plan;
  const recipients = document.recipients
    .map((recipient) =>
      recipient
        .trim()
        .replace(/^[-–]\s*/, '')
        .replace(/[;.]\s*$/, ''),
    )
    .filter((recipient) => recipient !== '');
  const recipientLines = recipients.map(
    (recipient, index) =>
      `- ${escapeInline(recipient)}${index === recipients.length - 1 ? '.' : ';'}`,
  );
  const authority =
    document.signingForm === ''
      ? []
      : [`${document.signingForm} ${upper(document.signingFor)}`.trim()];
  const signer = [...authority, upper(document.signerTitle)]
    .filter((line) => line !== '')
    .map((line) => `**${escapeInline(line)}**`);
  const name =
    document.signerName.trim() === '' ? '' : `**${escapeInline(document.signerName.trim())}**`;
  return [
    tableRow([
      `***Nơi nhận:***<br>${recipientLines.join('<br>')}`,
      [...signer, '', '', name].join('<br>'),
    ]),
    tableRow([':---', ':---:']),
  ].join('\n');
}

export function planToMarkdown(plan: Plan): string {
  return `${[
    header(plan),
    '# KẾ HOẠCH',
    `**Cải cách hành chính năm ${plan.planYear}**`,
    introduction(plan),
    objectives(plan),
    tasks(plan),
    implementationTable(plan),
    organisation(plan),
    signature(plan),
  ].join('\n\n')}\n`;
}
