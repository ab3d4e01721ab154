/**
 * The wording every document exporter shares (Markdown, Word): the header lines, the opening
 * "Căn cứ …" paragraph, free text split into paragraphs and bullets, section IV's parts, the
 * signature and the Nơi nhận list. Each exporter only lays these out, so a plan reads the same in
 * every format. Plain strings, no markup: escaping is the exporter's job.
 */
import {
  disseminationPlanLabels,
  inspectionPlanLabels,
  organisationLabels,
} from '../plan/labels.ts';
import type { Plan, PlanDocument } from '../plan/schema.ts';
import { templateOf } from '../plan/templates.ts';
import { formatDate } from '../plan/vi-format.ts';

/** What an empty section shows, so that a draft's gap is visible rather than silently missing. */
export const EMPTY_TEXT = '(Chưa có nội dung.)';

/** Upper case with Vietnamese rules (headings, agency names, the signer's title). */
export const upper = (text: string): string => text.trim().toLocaleUpperCase('vi-VN');

/**
 * Text as it may go into an XML part: NFC (the form Word, search and fonts expect) and without
 * the control characters XML 1.0 forbids, which would make Word refuse the whole file.
 */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

export interface TextLine {
  /** A bullet is written "- …" in every format; Vietnamese documents use a dash, not a dot. */
  bullet: boolean;
  text: string;
}

/** Free text: each non-empty line a paragraph; lines starting "- ", "+ ", "• " or "– " are bullets. */
export function textLines(text: string): TextLine[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const bullet = /^[-+•–]\s+(.*)$/.exec(line);
      return bullet ? { bullet: true, text: bullet[1] ?? '' } : { bullet: false, text: line };
    });
}

/** "Số: 152/KH-SNV"; a number not given yet shows as "…", as drafts are registered on issue. */
export function documentNumberLine(document: PlanDocument): string {
  const number = document.number.trim() === '' ? '…' : document.number.trim();
  return `Số: ${number}/${document.symbol.trim()}`;
}

/** The headings of the plan's four parts, as the outline numbers them. */
export const partHeadings = {
  objectives: 'I. MỤC TIÊU',
  tasks: 'II. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
  table: 'III. KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CCHC',
  organisation: 'IV. TỔ CHỨC THỰC HIỆN',
} as const;

/** Section III's text in the body: the table itself is the annex. */
export const annexReference =
  'Nhiệm vụ cụ thể, sản phẩm, cơ quan chủ trì, cơ quan phối hợp, thời gian thực hiện và kinh phí dự kiến của từng lĩnh vực được nêu tại Phụ lục kèm theo Kế hoạch này.';

/** The subject line under "KẾ HOẠCH". */
export const subjectLine = (plan: Plan): string => `Cải cách hành chính năm ${plan.planYear}`;

/**
 * The opening: the template's own basis (the 2021–2030 programme's resolution), the province's
 * plan (letter I.3), then the issuing sentence.
 */
export function introductionLines(plan: Plan): string[] {
  const issuer = plan.unit.name.trim() === '' ? 'Đơn vị' : plan.unit.name.trim();
  const bases = [templateOf(plan).basis ?? '', plan.provincePlan.reference]
    .map((basis) => basis.trim().replace(/[;.]\s*$/, ''))
    .filter((basis) => basis !== '');
  const lines = bases.map((basis) => `Căn cứ ${basis};`);
  lines.push(`${issuer} ban hành Kế hoạch cải cách hành chính năm ${plan.planYear} như sau:`);
  return lines;
}

/** The title of the annex that carries section III's table. */
export const annexTitle = (plan: Plan): string =>
  `KẾ HOẠCH TRIỂN KHAI CÁC NHIỆM VỤ CCHC NĂM ${plan.planYear}`;

/** "(Kèm theo Kế hoạch số 152/KH-SNV ngày 20/12/2012 của Sở Nội vụ)", under the annex title. */
export function annexAttachment(plan: Plan): string {
  const { document, unit } = plan;
  const number = document.number.trim() === '' ? '…' : document.number.trim();
  const date = document.issueDate === null ? '…/…/…' : formatDate(document.issueDate);
  const issuer = unit.name.trim() === '' ? '…' : unit.name.trim();
  return `(Kèm theo Kế hoạch số ${number}/${document.symbol.trim()} ngày ${date} của ${issuer})`;
}

/** "Tổng kinh phí", and what it leaves out while some rows have no estimate. */
export function grandTotalLabel(unbudgetedRowCount: number): string {
  return unbudgetedRowCount === 0
    ? 'Tổng kinh phí'
    : `Tổng kinh phí (chưa gồm ${unbudgetedRowCount} nhiệm vụ chưa có kinh phí dự kiến)`;
}

/** Objectives that have been written, in order. */
export const objectiveLines = (plan: Plan): string[] =>
  plan.objectives.map((objective) => objective.trim()).filter((objective) => objective !== '');

export interface OrganisationPart {
  title: string;
  lines: TextLine[];
}

const labelled = (label: string, value: string): TextLine => ({
  bullet: true,
  text: `${label}: ${value.trim() === '' ? EMPTY_TEXT : value.trim()}`,
});

const listed = (items: readonly string[]): string =>
  items
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .join('; ');

/** Section IV: the four organisation texts, then the inspection and dissemination plans if any. */
export function organisationParts(plan: Plan): OrganisationPart[] {
  const parts: OrganisationPart[] = (
    Object.keys(organisationLabels) as (keyof typeof organisationLabels)[]
  ).map((field) => ({
    title: organisationLabels[field],
    lines: textLines(plan.organisation[field]),
  }));
  const { inspectionPlan, disseminationPlan } = plan;
  if (inspectionPlan) {
    parts.push({
      title: 'Kiểm tra cải cách hành chính',
      lines: [
        labelled(inspectionPlanLabels.scope, inspectionPlan.scope),
        labelled(inspectionPlanLabels.targets, listed(inspectionPlan.targets)),
        labelled(inspectionPlanLabels.timing, inspectionPlan.timing),
        labelled(inspectionPlanLabels.leadUnit, inspectionPlan.leadUnit),
      ],
    });
  }
  if (disseminationPlan) {
    parts.push({
      title: 'Tuyên truyền, phổ biến, quán triệt về cải cách hành chính',
      lines: [
        labelled(disseminationPlanLabels.content, disseminationPlan.content),
        labelled(disseminationPlanLabels.audiences, disseminationPlan.audiences),
        labelled(disseminationPlanLabels.methods, listed(disseminationPlan.methods)),
        labelled(disseminationPlanLabels.leadUnit, disseminationPlan.leadUnit),
      ],
    });
  }
  return parts;
}

/** Nơi nhận as the decree writes it: "- …;" per recipient, the last one ending in ".". */
export function recipientLines(document: Pick<PlanDocument, 'recipients'>): string[] {
  const recipients = document.recipients
    .map((recipient) =>
      recipient
        .trim()
        .replace(/^[-–]\s*/, '')
        .replace(/[;.]\s*$/, ''),
    )
    .filter((recipient) => recipient !== '');
  return recipients.map(
    (recipient, index) => `- ${recipient}${index === recipients.length - 1 ? '.' : ';'}`,
  );
}

export interface Signature {
  /** Upper-case lines above the space for the signature: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC". */
  authority: string[];
  /** The signer's name, or '' while not known. */
  name: string;
}

export type SignatureFields = Pick<
  PlanDocument,
  'signingForm' | 'signingFor' | 'signerTitle' | 'signerName'
>;

export function signature(document: SignatureFields): Signature {
  const signingFor =
    document.signingForm === ''
      ? []
      : [`${document.signingForm} ${upper(document.signingFor)}`.trim()];
  return {
    authority: [...signingFor, upper(document.signerTitle)].filter((line) => line !== ''),
    name: document.signerName.trim(),
  };
}
