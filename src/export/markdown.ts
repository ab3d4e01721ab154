/**
 * A plan as Markdown: the header, sections I–IV with the implementation table, and the signature
 * block, laid out as the outline and Nghị định 30/2020 order them. Pure (plan in, text out), for
 * the CLI, the builder's "copy as text" and anyone pasting a plan into a wiki or an e-mail.
 * The wording comes from ./plan-text.ts, shared with the Word exporter.
 */
import { areaOf, areaSectionHeading, templateOf } from '../plan/templates.ts';
import type { Plan, PlanRow } from '../plan/schema.ts';
import { computeTotals } from '../plan/totals.ts';
import { formatDocumentDate, formatPeriod, formatVnd } from '../plan/vi-format.ts';
import { romanNumeral, tableColumns } from '../outline/data.ts';
import {
  EMPTY_TEXT,
  documentNumberLine,
  introductionLines,
  objectiveLines,
  organisationParts,
  recipientLines,
  signature as signatureOf,
  subjectLine,
  textLines,
  upper,
  type Signature,
  type TextLine,
} from './plan-text.ts';

/** Characters Markdown would read as formatting or HTML. */
export const escapeInline = (text: string): string =>
  text.replace(/[\\`*_[\]<>|]/g, (char) => `\\${char}`);

export const cell = (text: string): string => escapeInline(text.trim()).replace(/\r?\n/g, '<br>');
const cellList = (items: readonly string[]): string =>
  items
    .filter((item) => item.trim() !== '')
    .map(cell)
    .join('<br>');
export const tableRow = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/** A paragraph or a bullet; a line that starts like a heading or a numbered list is meant as text. */
const lineText = (line: TextLine): string =>
  line.bullet ? `- ${cell(line.text)}` : escapeInline(line.text).replace(/^(#|\d+\.)/, '\\$1');

/** Joins paragraphs, keeping consecutive bullets in one list. */
export function block(lines: readonly TextLine[]): string {
  if (lines.length === 0) return EMPTY_TEXT;
  return lines.reduce((out, line, index) => {
    const text = lineText(line);
    if (index === 0) return text;
    const tight = line.bullet && (lines[index - 1]?.bullet ?? false);
    return `${out}${tight ? '\n' : '\n\n'}${text}`;
  }, '');
}

/**
 * The header block as a two-column table: the issuing unit and the national title, then the
 * number line and the place and date line (a plan's own by default).
 */
export function header(
  plan: Plan,
  numberLine = documentNumberLine(plan.document),
  dateLine = formatDocumentDate(plan.document.place, plan.document.issueDate),
): string {
  return issuerHeader(plan.unit, numberLine, dateLine);
}

/** The same header for any issuer (a document not issued from a plan). */
export function issuerHeader(
  unit: { parentAgency: string; name: string },
  numberLine: string,
  dateLine: string,
): string {
  return [
    tableRow([escapeInline(upper(unit.parentAgency)) || '…', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
    tableRow([':---:', ':---:']),
    tableRow([`**${escapeInline(upper(unit.name)) || '…'}**`, '**Độc lập - Tự do - Hạnh phúc**']),
    tableRow([escapeInline(numberLine), `*${escapeInline(dateLine)}*`]),
  ].join('\n');
}

function objectives(plan: Plan): string {
  const items = objectiveLines(plan);
  const body =
    items.length === 0 ? EMPTY_TEXT : items.map((objective) => `- ${cell(objective)}`).join('\n');
  return `## I. MỤC TIÊU\n\n${body}`;
}

function tasks(plan: Plan): string {
  const template = templateOf(plan);
  const sections = template.areas.map(
    (area) =>
      `### ${escapeInline(areaSectionHeading(template, area.id))}\n\n${block(textLines(plan.tasks[area.id] ?? ''))}`,
  );
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
    const area = areaOf(templateOf(plan), total.areaId);
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

function organisation(plan: Plan): string {
  const sections = organisationParts(plan).map(
    (part, index) => `### ${index + 1}. ${part.title}\n\n${block(part.lines)}`,
  );
  return `## IV. TỔ CHỨC THỰC HIỆN\n\n${sections.join('\n\n')}`;
}

export const signatureBlock = (plan: Plan): string =>
  signatureTable(signatureOf(plan.document), recipientLines(plan.document));

/** The same block for any signer and recipients. */
export function signatureTable({ authority, name }: Signature, lines: readonly string[]): string {
  const signer = authority.map((line) => `**${escapeInline(line)}**`);
  const recipients = lines.map(escapeInline);
  return [
    tableRow([
      `***Nơi nhận:***<br>${recipients.join('<br>')}`,
      [...signer, '', '', name === '' ? '' : `**${escapeInline(name)}**`].join('<br>'),
    ]),
    tableRow([':---', ':---:']),
  ].join('\n');
}

export function planToMarkdown(plan: Plan): string {
  const introduction = introductionLines(plan).map(escapeInline).join('\n\n');
  return `${[
    header(plan),
    '# KẾ HOẠCH',
    `**${subjectLine(plan)}**`,
    introduction,
    objectives(plan),
    tasks(plan),
    implementationTable(plan),
    organisation(plan),
    signatureBlock(plan),
  ].join('\n\n')}\n`;
}
