/**
 * What the reader tells the user about a Word plan: how many tasks it read per area, and every
 * piece it did not fully understand, each with where it was ("Bảng 2, dòng 12, cột “Ghi chú”",
 * "Đoạn 34"), in Vietnamese. Nothing is dropped silently: a cell that maps to no field goes to its
 * row's notes (marked `IMPORTED_MARK`) and is listed here; text outside the sections the reader
 * knows is listed here with its words.
 */
import type { TemplateId } from '../../plan/templates.ts';

/** Opens every line the reader adds to a row's notes, so the user sees what came from where. */
export const IMPORTED_MARK = '[Nhập từ Word]';

export type ReportKind =
  /** Kept in the row's notes: an unmapped column, an inexact time, a budget in words. */
  | 'notes'
  /** Not read into any field, listed with its words. */
  | 'unread'
  /** Too long for its field: cut to the limit. */
  | 'cut'
  /** Read, but by a guess the user should check (an area matched by its number). */
  | 'guess';

export interface ReportItem {
  kind: ReportKind;
  where: string;
  text: string;
}

export interface ImportReport {
  template: TemplateId;
  /** Tasks read, per area id, in the template's order. */
  rowsByArea: Record<string, number>;
  /** The plan tables read, by where they were ("Bảng 2 (trang ngang)"). */
  tables: string[];
  items: ReportItem[];
}

/** How many characters of a text a report line quotes. */
const QUOTED = 160;

export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > QUOTED ? `${flat.slice(0, QUOTED)}…` : flat}”`;
}

export const paragraphPlace = (number: number) => `Đoạn ${number}`;
export const cellPlace = (table: number, row: number, header?: string) =>
  `Bảng ${table}, dòng ${row}${header ? `, cột “${header}”` : ''}`;
