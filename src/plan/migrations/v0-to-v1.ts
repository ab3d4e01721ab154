/**
 * Version 0 is the shape of the first prototype's drafts, kept readable so that nobody loses a
 * draft: a flat document where several things were single strings that version 1 splits up.
 *
 * What changes:
 * - document number and symbol were one string ("15/KH-SNV") → `document.number` + `document.symbol`;
 * - the issue date was typed as "dd/mm/yyyy" → ISO date, or null if it cannot be read;
 * - objectives, recipients (as "- …;" lines) and products were one text, one item per line → lists;
 * - coordinating units were one text separated by ";" → a list;
 * - rows named their area by its position 1–7 → `areaId`; they had no id → `r1`, `r2`, …;
 * - the period was "MM/YYYY" text → `{ month, year }`;
 * - budgets were in millions of đồng, possibly with decimals → whole đồng;
 * - section IV was one text → `organisation.responsibilities`, the other three fields empty;
 * - there was no signing form or province plan → empty.
 */
import * as z from 'zod/mini';
import { PLAN_FORMAT } from '../file-format.ts';
import { issueToProblems } from '../read/issue-messages.ts';
import type { MonthYear, Plan, PlanRow } from '../schema.ts';
import { areaTableHeading, templateById } from '../templates.ts';
import type { Migration, MigrationOutcome } from './types.ts';

// Version 0 and 1 knew only the 2012 outline and its two unit types: frozen here, so that later
// templates or unit types never change what an old file means.
const outline2012 = templateById('de-cuong-2012');
const areaIds = outline2012.areas.map((area) => area.id);
const areaIdSchema = z.enum(areaIds as [string, ...string[]]);
const unitTypeSchema = z.enum(['so', 'huyen']);

/** A version 1 plan: today's shape without the template. */
export type PlanV1 = Omit<Plan, 'version' | 'template'> & { version: 1 };

const v0RowSchema = z.strictObject({
  area: z.int().check(z.minimum(1), z.maximum(areaIds.length)),
  generalTask: z.string(),
  specificTask: z.string(),
  products: z.string(),
  leadUnit: z.string(),
  coordinatingUnits: z.string(),
  start: z.string(),
  end: z.string(),
  budgetMillionVnd: z.nullable(z.number().check(z.minimum(0), z.maximum(1_000_000))),
  notes: z.string(),
});

export const v0PlanSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(0),
  unitType: unitTypeSchema,
  planYear: z.int(),
  parentAgency: z.string(),
  unitName: z.string(),
  documentNumber: z.string(),
  place: z.string(),
  issueDate: z.string(),
  signerTitle: z.string(),
  signerName: z.string(),
  recipients: z.string(),
  objectives: z.string(),
  tasks: z.record(areaIdSchema, z.string()),
  rows: z.array(v0RowSchema),
  organisation: z.string(),
});
export type PlanV0 = z.infer<typeof v0PlanSchema>;

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-–•+]\s*/, '').trim())
    .filter((line) => line !== '');

function splitDocumentNumber(value: string): { number: string; symbol: string } {
  const slash = value.indexOf('/');
  if (slash === -1) return { number: '', symbol: value.trim() };
  return { number: value.slice(0, slash).trim(), symbol: value.slice(slash + 1).trim() };
}

function parseDate(value: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return z.iso.date().safeParse(iso).success ? iso : null;
}

function parseMonthYear(value: string): MonthYear | undefined {
  if (value.trim() === '') return { month: null, year: null };
  const match = /^\s*(\d{1,2})\/(\d{4})\s*$/.exec(value);
  if (!match) return undefined;
  const month = Number(match[1]);
  return month >= 1 && month <= 12 ? { month, year: Number(match[2]) } : undefined;
}

export function migrateV0(old: PlanV0): { plan: PlanV1; notices: string[] } {
  const notices: string[] = [];
  const { number, symbol } = splitDocumentNumber(old.documentNumber);
  const issueDate = old.issueDate.trim() === '' ? null : parseDate(old.issueDate);
  if (issueDate === null && old.issueDate.trim() !== '') {
    notices.push(
      `Không đọc được ngày ban hành “${old.issueDate}” của bản cũ; hãy nhập lại ngày ban hành.`,
    );
  }
  const positionInArea = new Map<string, number>();
  const rows = old.rows.map((row, index): PlanRow => {
    const areaId = areaIds[row.area - 1] as PlanRow['areaId'];
    const position = (positionInArea.get(areaId) ?? 0) + 1;
    positionInArea.set(areaId, position);
    const period = (text: string, label: string): MonthYear => {
      const parsed = parseMonthYear(text);
      if (parsed) return parsed;
      notices.push(
        `${areaTableHeading(outline2012, areaId)}, dòng ${position}: không đọc được thời gian ${label} “${text}”; hãy nhập lại tháng và năm.`,
      );
      return { month: null, year: null };
    };
    return {
      id: `r${index + 1}`,
      areaId,
      generalTask: row.generalTask,
      specificTask: row.specificTask,
      products: lines(row.products),
      leadUnit: row.leadUnit.trim(),
      coordinatingUnits: row.coordinatingUnits
        .split(/[;\n]/)
        .map((unit) => unit.trim())
        .filter((unit) => unit !== ''),
      from: period(row.start, 'bắt đầu'),
      to: period(row.end, 'kết thúc'),
      budgetVnd:
        row.budgetMillionVnd === null ? null : Math.round(row.budgetMillionVnd * 1_000_000),
      notes: row.notes,
    };
  });
  if (old.organisation.trim() !== '') {
    notices.push(
      'Mục IV của bản cũ là một đoạn văn: toàn bộ đã được đưa vào ô “Trách nhiệm tổ chức thực hiện”; ' +
        'hãy chuyển phần theo dõi, kinh phí, báo cáo sang các ô tương ứng.',
    );
  }
  notices.push('Bản cũ không lưu thẩm quyền ký (KT., TM., …): hãy kiểm tra lại phần chữ ký.');
  const plan: PlanV1 = {
    format: PLAN_FORMAT,
    version: 1,
    unit: { parentAgency: old.parentAgency, name: old.unitName, type: old.unitType },
    planYear: old.planYear,
    document: {
      number,
      symbol,
      place: old.place,
      issueDate,
      signingForm: '',
      signingFor: '',
      signerTitle: old.signerTitle,
      signerName: old.signerName,
      // v1 keeps recipients bare: the exporter adds the ";" and the final ".".
      recipients: lines(old.recipients).map((recipient) => recipient.replace(/[;.]\s*$/, '')),
    },
    provincePlan: { reference: '', issueDate: null },
    objectives: lines(old.objectives),
    tasks: old.tasks,
    rows,
    organisation: {
      responsibilities: old.organisation.trim(),
      monitoring: '',
      funding: '',
      reporting: '',
    },
  };
  return { plan, notices };
}

export const v0ToV1: Migration = {
  from: 0,
  migrate(value: unknown): MigrationOutcome {
    const parsed = v0PlanSchema.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      return {
        ok: false,
        problems: parsed.error.issues.flatMap((issue) =>
          issueToProblems(issue).map((problem) => ({
            ...problem,
            message: `${problem.message} (tệp theo định dạng cũ, phiên bản 0)`,
          })),
        ),
      };
    }
    const { plan, notices } = migrateV0(parsed.data);
    return { ok: true, value: plan, notices };
  },
};
