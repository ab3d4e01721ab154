/**
 * Reading a unit's Word plan (.docx) into the plan model: `readDocxPlan(bytes)` gives the plan, in
 * the current format and accepted by the plan-file reader's own checks, and a report of what was
 * not fully understood, each with where it was; or one Vietnamese reason why the file cannot be
 * read. No UI and no Node built-ins: the builder, the desk's worker and `ke-hoach import` run it.
 *
 * One job per file: `package.ts` opens the zip within caps (`plan/read/unzip.ts`) and names bad
 * files (`detect.ts`: .doc, password, not Word); `xml.ts` parses the main part into paragraphs
 * and tables with merged cells resolved (`model.ts`); `header.ts` reads the header block,
 * `body.ts` the sections, `columns.ts` finds the table's columns by their header text,
 * `rows.ts` its area and task rows, with `time.ts`, `budget.ts` and `units.ts` for the cells.
 *
 * Why `sax` and not `mammoth`: mammoth converts a .docx to HTML, and in doing so turns merged
 * cells into plain `colspan`/`rowspan`-less cells or drops the continuation cells, so a general
 * task merged down over five specific tasks would reach only the first; it also pulls in its own
 * unzip and an XML stack with a DOM. `sax` is small, maintained, streams, already a dependency of
 * the tests, runs unchanged in the browser, and never expands entities: it does not process a
 * DTD at all, and the reader refuses any DOCTYPE outright. It stays in devDependencies with the
 * other libraries the site bundles (everything here is built into the static site).
 */
import { CURRENT_VERSION, PLAN_FORMAT } from '../../plan/file-format.ts';
import { readPlanValue } from '../../plan/read/index.ts';
import { MAX_NAME_LENGTH, type Plan, type PlanRow } from '../../plan/schema.ts';
import { templateById } from '../../plan/templates.ts';
import { detectTemplate } from './areas.ts';
import { readBody } from './body.ts';
import { mapColumns } from './columns.ts';
import { readHeader, unitTypeOf } from './header.ts';
import { cellText, type DocBlock, type DocTable, type WordDocument } from './model.ts';
import { openDocx } from './package.ts';
import { type ImportReport, type ReportItem } from './report.ts';
import { readTableRows, type RowContext } from './rows.ts';
import { MAX_TABLE_CELLS, MAX_XML_DEPTH, parseDocumentXml, XmlRefused } from './xml.ts';
import { formatAmount } from '../../plan/vi-format.ts';

export { detectWordFile, looksLikeCfb, wordFileMessages, type WordFileKind } from './detect.ts';
export { IMPORTED_MARK, type ImportReport, type ReportItem } from './report.ts';
export { reportLines } from './report-text.ts';
export { MAX_DOCX_BYTES } from './package.ts';

export type DocxReadResult =
  { ok: true; plan: Plan; report: ImportReport } | { ok: false; message: string };

const xmlMessages: Record<XmlRefused['reason'], string> = {
  doctype:
    'Tệp .docx có khai báo DOCTYPE (thực thể XML), điều Word không bao giờ ghi: tệp có thể đã bị sửa để gây hại, nên không đọc.',
  'too-deep': `Nội dung tệp .docx lồng nhau quá ${MAX_XML_DEPTH} cấp: đây không phải một văn bản Word bình thường, nên không đọc.`,
  'too-many-cells': `Tệp .docx có quá ${formatAmount(MAX_TABLE_CELLS)} ô bảng: quá lớn để là một kế hoạch, nên không đọc.`,
  damaged:
    'Phần nội dung của tệp .docx bị hỏng (XML không hợp lệ). Hãy mở bằng Word, lưu lại thành .docx rồi thử lại.',
};

export const noTableMessage =
  'Không tìm thấy bảng nhiệm vụ của kế hoạch trong tệp Word: cần một bảng có dòng tiêu đề gồm cột nhiệm vụ (“Nội dung”, “Nhiệm vụ cụ thể”…) và ít nhất hai trong các cột “Cơ quan chủ trì”, “Thời gian”, “Kinh phí”, “Sản phẩm”.';

function plainText(document: WordDocument): string {
  const parts: string[] = [];
  for (const block of document.blocks) {
    if (block.kind === 'paragraph') parts.push(block.text);
    else
      for (const row of block.rows)
        for (const cell of row) if (!cell.continued) parts.push(cellText(cell));
  }
  return parts.join('\n');
}

/** The plan's year: from the title ("… năm 2014"), else the year after a late-year issue date. */
function planYearOf(blocks: readonly DocBlock[], issueDate: string | null, text: string): number {
  for (const block of blocks.slice(0, 60)) {
    if (block.kind !== 'paragraph') continue;
    const match =
      /cải cách hành chính[^\n]{0,40}?năm (\d{4})/iu.exec(block.text) ??
      /^kế hoạch[^\n]{0,80}năm (\d{4})/iu.exec(block.text.trim());
    if (match) return Number(match[1]);
  }
  const anywhere = /cải cách hành chính[^\n]{0,40}?năm (\d{4})/iu.exec(text);
  if (anywhere) return Number(anywhere[1]);
  if (issueDate) {
    const [year, month] = issueDate.split('-').map(Number) as [number, number];
    return month >= 10 ? year + 1 : year;
  }
  return new Date().getFullYear();
}

function readDocument(document: WordDocument): DocxReadResult {
  const items: ReportItem[] = [];
  const header = readHeader(document.blocks);
  const text = plainText(document);
  const unitType = unitTypeOf(header.name, header.parentAgency);
  let templateId = detectTemplate(text);
  if (!templateById(templateId).unitTypes.includes(unitType)) templateId = 'chuong-trinh-2021-2030';
  const template = templateById(templateId);
  const planYear = Math.min(
    2100,
    Math.max(2000, planYearOf(document.blocks, header.issueDate, text)),
  );

  const context: RowContext = { template, planYear, areaId: undefined, items, rows: [] };
  const used = new Set<DocBlock>(header.used);
  const tables: string[] = [];
  for (const block of document.blocks) {
    if (block.kind !== 'table' || used.has(block)) continue;
    const map = mapColumns(block.rows);
    if (!map) continue;
    used.add(block);
    readTableRows(block as DocTable, map, context);
    const landscape = document.sections[block.section]?.landscape ? ' (trang khổ ngang)' : '';
    tables.push(`Bảng ${block.number}${landscape}`);
  }
  if (tables.length === 0) return { ok: false, message: noTableMessage };

  const body = readBody(document.blocks, used, template, items);
  const rows: PlanRow[] = context.rows.slice(0, 5000);
  const rowsByArea = Object.fromEntries(template.areas.map((area) => [area.id, 0]));
  for (const row of rows) rowsByArea[row.areaId] = (rowsByArea[row.areaId] ?? 0) + 1;
  const name = (value: string) => value.slice(0, MAX_NAME_LENGTH);
  const [signingForm, ...forWords] =
    (body.signer?.authority.length ?? 0) > 1 ? (body.signer?.authority[0] ?? '').split(' ') : [''];
  const form = ['KT.', 'TM.', 'TL.', 'TUQ.', 'Q.'].includes(signingForm ?? '')
    ? (signingForm as Plan['document']['signingForm'])
    : '';
  const signerTitle = body.signer
    ? (body.signer.authority[body.signer.authority.length - 1] ?? '')
    : '';
  const plan: Plan = {
    format: PLAN_FORMAT,
    version: CURRENT_VERSION,
    template: templateId,
    unit: { parentAgency: name(header.parentAgency), name: name(header.name), type: unitType },
    planYear,
    document: {
      number: name(header.number),
      symbol: name(header.symbol),
      place: name(header.place),
      issueDate: header.issueDate,
      signingForm: form,
      signingFor: form === '' ? '' : name(sentenceCase(forWords.join(' '))),
      signerTitle: name(sentenceCase(signerTitle)),
      signerName: name(body.signer?.name ?? ''),
      recipients: body.recipients,
    },
    provincePlan: {
      reference: body.provincePlanReference.slice(0, 2000),
      issueDate: dateIn(body.provincePlanReference),
    },
    objectives: body.objectives,
    tasks: body.tasks,
    rows,
    organisation: body.organisation,
    ...(body.inspectionPlan && { inspectionPlan: body.inspectionPlan }),
    ...(body.disseminationPlan && { disseminationPlan: body.disseminationPlan }),
  };
  // The same checks as any plan file: what the reader would refuse is never handed on.
  const read = readPlanValue(plan);
  if (!read.ok) {
    return {
      ok: false,
      message: `Đọc được tệp Word nhưng kế hoạch không hợp lệ: ${read.problems.map((problem) => problem.message).join(' ')}`,
    };
  }
  return { ok: true, plan: read.plan, report: { template: templateId, rowsByArea, tables, items } };
}

/** The first real day "dd/mm/yyyy" in a text, as an ISO date. */
function dateIn(text: string): string | null {
  const match = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return null;
  if (year < 2000 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "PHÓ GIÁM ĐỐC" → "Phó Giám đốc"; "CHỦ TỊCH" → "Chủ tịch". */
function sentenceCase(text: string): string {
  const trimmed = text.trim();
  if (trimmed !== trimmed.toLocaleUpperCase('vi-VN')) return trimmed;
  const lower = trimmed.toLocaleLowerCase('vi-VN');
  const titled = lower.charAt(0).toLocaleUpperCase('vi-VN') + lower.slice(1);
  return titled.replace(/ giám đốc$/u, ' Giám đốc');
}

/** Reads a .docx's bytes; never throws. */
export function readDocxPlan(bytes: Uint8Array): DocxReadResult {
  try {
    const opened = openDocx(bytes);
    if (!opened.ok) return opened;
    let document: WordDocument;
    try {
      document = parseDocumentXml(opened.xml);
    } catch (error) {
      if (error instanceof XmlRefused) return { ok: false, message: xmlMessages[error.reason] };
      throw error;
    }
    return readDocument(document);
  } catch {
    return {
      ok: false,
      message:
        'Không đọc được tệp Word do một lỗi không lường trước của công cụ. Hãy báo lại kèm tệp này.',
    };
  }
}
