/**
 * A plan of the round read from a Word file carries the reader's report (what went to the notes,
 * what was not read, each with where it was), so that the reviewer sees it beside the findings and
 * it survives a reload and a round file. The report is kept within limits: a round file comes
 * from outside, and a round of hundreds of plans is kept whole in IndexedDB.
 *
 * Stored in the round file (format 'tong-hop-ke-hoach-cchc' v1) as an optional `word` on a plan's
 * entry: `{ report: ImportReport, counts }`; a round saved before Word plans were read has none.
 */
import * as z from 'zod/mini';
import type { ImportReport, ReportItem } from '../import/docx/report.ts';
import { templateById, templateIds } from '../plan/templates.ts';

export type ReportKind = ReportItem['kind'];
export const reportKinds = [
  'unread',
  'guess',
  'cut',
  'notes',
] as const satisfies readonly ReportKind[];

export interface WordSource {
  /** The reader's report, its items cut to `MAX_REPORT_ITEMS` and their texts to their limits. */
  report: ImportReport;
  /** How many items of each kind the reader reported, kept ones and those cut off alike. */
  counts: Record<ReportKind, number>;
}

/** Items kept per plan: a plan whose every row has a note stays readable; the rest are counted. */
export const MAX_REPORT_ITEMS = 500;
/** "Bảng 2, dòng 12, cột “Ghi chú”": a column's header can be long in a hostile file. */
export const MAX_REPORT_WHERE_LENGTH = 300;
/** The reader quotes at most 160 characters; its longest sentences stay well within this. */
export const MAX_REPORT_TEXT_LENGTH = 1000;
const MAX_TABLES = 50;
const MAX_TABLE_NAME_LENGTH = 200;
/** No plan has more rows than this (the Word reader keeps 5,000). */
const MAX_AREA_ROWS = 100_000;

const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** The report as the round keeps it: within the limits above, counted by kind. */
export function wordSource(report: ImportReport): WordSource {
  const counts = Object.fromEntries(reportKinds.map((kind) => [kind, 0])) as WordSource['counts'];
  for (const item of report.items) counts[item.kind]++;
  return {
    report: {
      template: report.template,
      rowsByArea: report.rowsByArea,
      tables: report.tables.slice(0, MAX_TABLES).map((table) => cut(table, MAX_TABLE_NAME_LENGTH)),
      items: report.items.slice(0, MAX_REPORT_ITEMS).map((item) => ({
        kind: item.kind,
        where: cut(item.where, MAX_REPORT_WHERE_LENGTH),
        text: cut(item.text, MAX_REPORT_TEXT_LENGTH),
      })),
    },
    counts,
  };
}

/** How many items the report had beyond those kept. */
export const omittedItems = (word: WordSource): number =>
  reportKinds.reduce((sum, kind) => sum + word.counts[kind], 0) - word.report.items.length;

const text = (max: number) => z.string().check(z.maxLength(max));
const count = () => z.int().check(z.minimum(0), z.maximum(MAX_AREA_ROWS * 100));

const storedWordSchema = z.strictObject({
  report: z.strictObject({
    template: z.enum(templateIds),
    rowsByArea: z.record(text(64), z.int().check(z.minimum(0), z.maximum(MAX_AREA_ROWS))),
    tables: z.array(text(MAX_TABLE_NAME_LENGTH)).check(z.maxLength(MAX_TABLES)),
    items: z
      .array(
        z.strictObject({
          kind: z.enum(reportKinds),
          where: text(MAX_REPORT_WHERE_LENGTH),
          text: text(MAX_REPORT_TEXT_LENGTH),
        }),
      )
      .check(z.maxLength(MAX_REPORT_ITEMS)),
  }),
  counts: z.strictObject({ unread: count(), guess: count(), cut: count(), notes: count() }),
});

export const storedWordMessage = `Báo cáo đọc tệp Word của kế hoạch này trong tệp tổng hợp bị hỏng hoặc vượt giới hạn (quá ${MAX_REPORT_ITEMS} mục, hoặc một mục quá ${MAX_REPORT_TEXT_LENGTH} ký tự): không đọc được. Hãy nhận lại tệp Word của đơn vị.`;

/** A stored report read back: its areas those of its template, or null when it is not one. */
export function readStoredWord(value: unknown): WordSource | null {
  const parsed = storedWordSchema.safeParse(value);
  if (!parsed.success) return null;
  const { report, counts } = parsed.data;
  const kept = reportKinds.reduce((sum, kind) => sum + counts[kind], 0);
  if (kept < report.items.length) return null;
  const areas = templateById(report.template).areas;
  return {
    report: {
      ...report,
      rowsByArea: Object.fromEntries(
        areas.map((area) => [
          area.id,
          Object.hasOwn(report.rowsByArea, area.id) ? report.rowsByArea[area.id]! : 0,
        ]),
      ),
    },
    counts,
  };
}
