/** Small text tests shared by rules. Matching is done on `fold`ed text (no accents, đ→d). */
import type { PlanRow } from '../schema.ts';
import type { RuleContext } from './types.ts';

export const isBlank = (text: string): boolean => text.trim() === '';

/** Syllables, as Vietnamese writes them: one per space-separated token with a letter or digit. */
export function syllableCount(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** What a row says it will do and produce, folded, for topic tests ("xã hội hóa", "kiểm tra"). */
export function foldedRowText(context: RuleContext, row: PlanRow): string {
  return context.fold([row.generalTask, row.specificTask, ...row.products].join('\n'));
}

/** Quoting user text back in a message: whole if short, cut at a word otherwise. */
export function shorten(text: string, max = 80): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut}…`;
}
