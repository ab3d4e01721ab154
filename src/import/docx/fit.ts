/**
 * Texts fitted to the plan's limits (`plan/schema.ts`). A Word cell can hold anything, a plan's
 * field cannot: a longer text is cut at the limit and the cut is reported with where it was, so
 * the plan always passes the reader's checks and the user knows what to look at.
 */
import { MAX_LIST_ITEM_LENGTH, MAX_LIST_ITEMS } from '../../plan/schema.ts';
import { formatAmount } from '../../plan/vi-format.ts';
import type { ReportItem } from './report.ts';

export type Fitter = (value: string, max: number, header?: string) => string;

/** Cut without splitting a surrogate pair. */
function cut(value: string, max: number): string {
  const end =
    value.charCodeAt(max - 1) >= 0xd800 && value.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
  return value.slice(0, end);
}

export function fitText(value: string, max: number, items: ReportItem[], where: string): string {
  const text = value.normalize('NFC');
  if (text.length <= max) return text;
  items.push({
    kind: 'cut',
    where,
    text: `Nội dung dài ${formatAmount(text.length)} ký tự, quá giới hạn ${formatAmount(max)} ký tự của trường: đã cắt bớt phần sau.`,
  });
  return cut(text, max);
}

export function fitList(values: readonly string[], items: ReportItem[], where: string): string[] {
  const fitted = values
    .slice(0, MAX_LIST_ITEMS)
    .map((value) => fitText(value, MAX_LIST_ITEM_LENGTH, items, where));
  if (values.length > MAX_LIST_ITEMS) {
    items.push({
      kind: 'cut',
      where,
      text: `Có ${formatAmount(values.length)} mục, quá giới hạn ${MAX_LIST_ITEMS} mục: các mục sau bị bỏ: ${values.slice(MAX_LIST_ITEMS, MAX_LIST_ITEMS + 3).join('; ')}…`,
    });
  }
  return fitted;
}
