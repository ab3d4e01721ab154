/**
 * The plan's text outside its table, by the sections' headings: I. MỤC TIÊU (each line an
 * objective), II. NHIỆM VỤ (the text under each area's heading), III (the table: its text is
 * not read), IV. TỔ CHỨC THỰC HIỆN (its parts by their headings), then Nơi nhận and the signer.
 * Headings are found with or without their numbering (Word may number them itself) and in any
 * case. What is in no section the reader knows is listed in the report with its words.
 */
import { fastFold } from '../../plan/fast-fold.ts';
import { disseminationPlanLabels, inspectionPlanLabels } from '../../plan/labels.ts';
import {
  MAX_LIST_ITEM_LENGTH,
  MAX_NAME_LENGTH,
  MAX_SECTION_TEXT_LENGTH,
  MAX_SENTENCE_LENGTH,
  type DisseminationPlan,
  type InspectionPlan,
  type Organisation,
} from '../../plan/schema.ts';
import type { OutlineTemplate } from '../../plan/templates.ts';
import { matchArea, splitNumbering } from './areas.ts';
import { fitList, fitText } from './fit.ts';
import { cellText, type DocBlock, type DocParagraph, type DocTable } from './model.ts';
import { paragraphPlace, quote, type ReportItem } from './report.ts';

export interface BodyReading {
  objectives: string[];
  tasks: Record<string, string>;
  organisation: Organisation;
  recipients: string[];
  provincePlanReference: string;
  signer: { authority: string[]; name: string } | undefined;
  inspectionPlan?: InspectionPlan;
  disseminationPlan?: DisseminationPlan;
}

function fieldOfLabel(part: 'inspection' | 'dissemination', label: string): string | undefined {
  const labels: Record<string, string> =
    part === 'inspection' ? inspectionPlanLabels : disseminationPlanLabels;
  const folded = fastFold(label).trim();
  return Object.keys(labels).find((key) => fastFold(labels[key] as string) === folded);
}

type Section =
  'preamble' | 'objectives' | 'tasks' | 'table' | 'organisation' | 'funding' | 'closing';

/** A section's heading: "II. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", or the same words in capitals alone. */
function sectionOf(text: string): Section | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 160) return undefined;
  const { number, rest } = splitNumbering(trimmed);
  const roman = number !== undefined && /^\s*[IVX]+\b/.test(trimmed);
  const capitals = rest === rest.toLocaleUpperCase('vi-VN') && /\p{Lu}/u.test(rest);
  if (!roman && !capitals) return undefined;
  const folded = fastFold(rest)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^(muc tieu|muc dich|quan diem)/.test(folded)) return 'objectives';
  if (/^(ke hoach trien khai|phan cong|danh muc|bang|tien do|lo trinh)/.test(folded))
    return 'table';
  if (/^(nhiem vu|noi dung|cac nhiem vu)/.test(folded)) return 'tasks';
  if (/^to chuc thuc hien/.test(folded)) return 'organisation';
  if (/^kinh phi/.test(folded)) return 'funding';
  return undefined;
}

/** Section IV's parts by their headings, in the order the checks are tried. */
type Part = keyof Organisation | 'inspection' | 'dissemination';

const organisationParts: [RegExp, Part][] = [
  [/^kiem tra cai cach hanh chinh$/, 'inspection'],
  [/^tuyen truyen/, 'dissemination'],
  [/^(trach nhiem|phan cong|giao)/, 'responsibilities'],
  [/^(theo doi|kiem tra|don doc)/, 'monitoring'],
  [/^kinh phi/, 'funding'],
  [/^(bao cao|che do bao cao|tong ket|so ket|danh gia)/, 'reporting'],
];

function organisationPartOf(text: string): Part | undefined {
  const { number, rest } = splitNumbering(text);
  if (number === undefined || text.trim().length > 160) return undefined;
  const folded = fastFold(rest)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return organisationParts.find(([pattern]) => pattern.test(folded))?.[1];
}

const bullet = /^[-–—+•*·]\s*/;
/** What this tool's own export writes for an empty part: not the plan's text. */
const emptyText = '(Chưa có nội dung.)';

export function readBody(
  blocks: readonly DocBlock[],
  used: ReadonlySet<DocBlock>,
  template: OutlineTemplate,
  items: ReportItem[],
): BodyReading {
  const reading: BodyReading = {
    objectives: [],
    tasks: Object.fromEntries(template.areas.map((area) => [area.id, ''])),
    organisation: { responsibilities: '', monitoring: '', funding: '', reporting: '' },
    recipients: [],
    provincePlanReference: '',
    signer: undefined,
  };
  const taskLines: Record<string, string[]> = {};
  const organisationLines: Record<keyof Organisation, string[]> = {
    responsibilities: [],
    monitoring: [],
    funding: [],
    reporting: [],
  };
  const objectives: string[] = [];
  let section: Section = 'preamble';
  let area: string | undefined;
  let part: Part | undefined;
  const labelled: Record<'inspection' | 'dissemination', Map<string, string>> = {
    inspection: new Map(),
    dissemination: new Map(),
  };
  let inRecipients = false;
  const unread = (paragraph: DocParagraph, why: string) =>
    items.push({
      kind: 'unread',
      where: paragraphPlace(paragraph.number),
      text: `${why}: ${quote(paragraph.text)}`,
    });

  for (const block of blocks) {
    if (used.has(block)) continue;
    if (block.kind === 'table') {
      if (readOtherTable(block, reading, items)) section = 'closing';
      continue;
    }
    const text = block.text.replace(/\t+/g, ' ').trim();
    if (text === '' || text === emptyText) continue;
    const folded = fastFold(text);
    if (/^noi nhan\s*:?/.test(folded)) {
      inRecipients = true;
      section = 'closing';
      const rest = text.replace(/^[^:]*:\s*/, '');
      if (rest !== '' && rest !== text) reading.recipients.push(rest);
      continue;
    }
    if (inRecipients && bullet.test(text)) {
      reading.recipients.push(
        text
          .replace(bullet, '')
          .replace(/[;.,]\s*$/, '')
          .trim(),
      );
      continue;
    }
    inRecipients = false;
    if (/^phu luc\b/.test(folded) && text.length < 40) continue;
    const heading = sectionOf(text);
    if (heading) {
      section = heading;
      area = undefined;
      part = heading === 'funding' ? 'funding' : undefined;
      continue;
    }
    switch (section) {
      case 'preamble':
        if (
          /^ke hoach$/.test(folded.trim()) ||
          /^\(kem theo/.test(folded) ||
          /^phu luc/.test(folded)
        )
          continue;
        if (/^can cu\b/.test(folded)) {
          if (
            /\btinh\b/.test(folded) &&
            /(ke hoach|quyet dinh)/.test(folded) &&
            !/76\/nq-cp/.test(folded)
          ) {
            reading.provincePlanReference = text
              .replace(/^căn cứ\s*/iu, '')
              .replace(/[;.,]\s*$/, '');
          }
          continue;
        }
        if (
          /cai cach hanh chinh.*\bnam \d{4}|ke hoach.*\bnam \d{4}$/.test(folded) &&
          text.length < 200
        )
          continue;
        if (/ban hanh ke hoach|xay dung ke hoach/.test(folded)) continue;
        unread(block, 'Đoạn ở trước mục I, không thuộc phần nào của kế hoạch');
        break;
      case 'objectives': {
        const { number, rest } = splitNumbering(text);
        // "1. Mục tiêu", "2. Yêu cầu": sub-headings of the section, not objectives.
        if (number !== undefined && rest.length < 60 && !/[.;]$/.test(rest)) continue;
        objectives.push(text.replace(bullet, '').trim());
        break;
      }
      case 'tasks': {
        const matched = matchArea(template, text);
        if (matched && text.length < 200) {
          area = matched;
          continue;
        }
        if (area === undefined) {
          unread(block, 'Đoạn ở mục II, trước tên lĩnh vực đầu tiên');
          continue;
        }
        (taskLines[area] ??= []).push(text);
        break;
      }
      case 'table':
        if (/^nhiem vu cu the, san pham|^tong so: \d+ nhiem vu/.test(folded)) continue;
        if (/^(phu luc|\(kem theo|ke hoach trien khai)/.test(folded)) continue;
        unread(block, 'Đoạn ở mục III, ngoài bảng nhiệm vụ');
        break;
      case 'organisation':
      case 'funding': {
        const heading = organisationPartOf(text);
        if (heading !== undefined) {
          part = heading;
          continue;
        }
        if (part === 'inspection' || part === 'dissemination') {
          // "- Nội dung kiểm tra: …", as this tool's export and the outline word them.
          const line = /^[-–+•]?\s*([^:]{2,60}):\s*(.*)$/.exec(text);
          const field = line && fieldOfLabel(part, line[1] as string);
          if (line && field) labelled[part].set(field, (line[2] ?? '').trim());
          else
            unread(
              block,
              `Dòng không đọc được của phần ${part === 'inspection' ? 'kiểm tra' : 'tuyên truyền'} (mục IV)`,
            );
          continue;
        }
        organisationLines[part ?? 'responsibilities'].push(text);
        break;
      }
      case 'closing':
        if (/^(phu luc|\(kem theo|ke hoach trien khai)/.test(folded)) continue;
        unread(block, 'Đoạn sau mục IV');
        break;
    }
  }
  reading.objectives = fitList(objectives, items, 'Mục I');
  const value = (map: Map<string, string>, key: string, max: number) => {
    const text = map.get(key) ?? '';
    return fitText(text === emptyText ? '' : text, max, items, 'Mục IV');
  };
  const list = (map: Map<string, string>, key: string) =>
    fitList(
      value(map, key, 100_000)
        .split(/;\s*/)
        .map((item) => item.trim())
        .filter((item) => item !== ''),
      items,
      'Mục IV',
    );
  if (labelled.inspection.size > 0) {
    const map = labelled.inspection;
    reading.inspectionPlan = {
      scope: value(map, 'scope', MAX_SECTION_TEXT_LENGTH),
      targets: list(map, 'targets'),
      timing: value(map, 'timing', MAX_SENTENCE_LENGTH),
      leadUnit: value(map, 'leadUnit', MAX_NAME_LENGTH),
    };
  }
  if (labelled.dissemination.size > 0) {
    const map = labelled.dissemination;
    reading.disseminationPlan = {
      content: value(map, 'content', MAX_SECTION_TEXT_LENGTH),
      audiences: value(map, 'audiences', MAX_SENTENCE_LENGTH),
      methods: list(map, 'methods'),
      leadUnit: value(map, 'leadUnit', MAX_NAME_LENGTH),
    };
  }
  for (const [id, lines] of Object.entries(taskLines)) {
    reading.tasks[id] = fitText(
      lines.join('\n'),
      MAX_SECTION_TEXT_LENGTH,
      items,
      `Mục II, lĩnh vực “${id}”`,
    );
  }
  for (const key of Object.keys(organisationLines) as (keyof Organisation)[]) {
    reading.organisation[key] = fitText(
      organisationLines[key].join('\n'),
      MAX_SECTION_TEXT_LENGTH,
      items,
      'Mục IV',
    );
  }
  reading.recipients = fitList(
    reading.recipients.filter((item) => item !== ''),
    items,
    'Nơi nhận',
  ).map((item) => item.slice(0, MAX_LIST_ITEM_LENGTH));
  return reading;
}

/** A table that is not the plan's: the signature block (Nơi nhận and the signer), or unread. */
function readOtherTable(table: DocTable, reading: BodyReading, items: ReportItem[]): boolean {
  const cells = table.rows.flat().filter((cell) => !cell.continued);
  const recipientsCell = cells.find((cell) => /^noi nhan/.test(fastFold(cellText(cell))));
  if (recipientsCell) {
    for (const line of recipientsCell.lines.slice(1)) {
      const item = line
        .replace(bullet, '')
        .replace(/[;.,]\s*$/, '')
        .trim();
      if (item !== '') reading.recipients.push(item);
    }
    const signerCell = cells.find((cell) => cell !== recipientsCell && cellText(cell) !== '');
    if (signerCell) {
      const lines = signerCell.lines.filter((line) => line.trim() !== '');
      if (lines.length >= 2) {
        reading.signer = { authority: lines.slice(0, -1), name: lines[lines.length - 1] as string };
      }
    }
    return true;
  }
  const text = cells
    .map(cellText)
    .filter((cell) => cell !== '')
    .join(' | ');
  if (text !== '') {
    items.push({
      kind: 'unread',
      where: `Bảng ${table.number}`,
      text: `Bảng không phải bảng nhiệm vụ: ${quote(text)}`,
    });
  }
  return false;
}
