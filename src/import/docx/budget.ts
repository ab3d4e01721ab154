/**
 * A table's budget cell → whole đồng. The rules:
 *
 * - Empty → not estimated (null).
 * - One number, with its unit in the cell ("10 triệu đồng", "1,5 tỷ", "500 nghìn") or else in the
 *   column's header ("Kinh phí (triệu đồng)": "15" and "20,5" are millions) or else đồng.
 *   "15.000.000" groups thousands with dots (or spaces); a comma, or a dot followed by one or two
 *   digits, is the decimal mark. The result is rounded to a whole đồng. "0" is no cost.
 * - Words and no number ("Lồng ghép", "Theo dự toán được giao", "Kinh phí chi thường xuyên") →
 *   null, and the words go to the row's notes.
 * - A number followed by other words ("10.000.000 (ngân sách tỉnh)") → the number, the whole text
 *   also in the notes; words before the number ("Theo dự toán năm 2014"), several numbers, or
 *   more than a row may hold → null, the text in the notes.
 */
import { fastFold } from '../../plan/fast-fold.ts';
import { MAX_ROW_BUDGET_VND } from '../../plan/schema.ts';

export type BudgetReading =
  | { kind: 'exact'; vnd: number | null }
  | { kind: 'with-words'; vnd: number }
  | { kind: 'words'; vnd: null };

const units: [RegExp, number][] = [
  [/^(ty|ti)\b/, 1_000_000_000],
  [/^(trieu|tr)\b/, 1_000_000],
  [/^(nghin|ngan)\b/, 1_000],
  [/^(dong|vnd|vnđ|d)\b/, 1],
];

/** The multiplier a header states ("Kinh phí (triệu đồng)"), or 1. */
export function headerBudgetUnit(header: string): number {
  const folded = fastFold(header);
  if (/\b(ty|ti) dong\b/.test(folded)) return 1_000_000_000;
  if (/\btrieu\b/.test(folded)) return 1_000_000;
  if (/\b(nghin|ngan) dong\b/.test(folded)) return 1_000;
  return 1;
}

function parseNumber(text: string): number | undefined {
  const compact = text.replace(/\s+/g, '');
  if (/^\d{1,3}([.\s]\d{3})+(,\d+)?$/.test(text) || /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)) {
    return Number(compact.replace(/\./g, '').replace(',', '.'));
  }
  if (/^\d{1,3}(,\d{3})+$/.test(compact) && compact.split(',').length > 2) {
    // "15,000,000": thousands with commas, as English-language Excel writes them.
    return Number(compact.replace(/,/g, ''));
  }
  if (/^\d+(,\d+)?$/.test(compact)) return Number(compact.replace(',', '.'));
  if (/^\d+\.\d{1,2}$/.test(compact)) return Number(compact);
  if (/^\d+$/.test(compact)) return Number(compact);
  return undefined;
}

const numberPattern = /\d[\d.,\s]*\d|\d/g;

export function readBudget(raw: string, headerUnit: number): BudgetReading {
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text === '' || /^[-–….]+$/.test(text)) return { kind: 'exact', vnd: null };
  const folded = fastFold(text);
  const numbers = [...folded.matchAll(numberPattern)];
  if (numbers.length !== 1) return { kind: 'words', vnd: null };
  const match = numbers[0] as RegExpExecArray;
  const value = parseNumber(match[0].trim());
  if (value === undefined) return { kind: 'words', vnd: null };
  const after = folded.slice(match.index + match[0].length).trim();
  // Words before the number ("Theo dự toán năm 2014") make it something other than an amount.
  if (folded.slice(0, match.index).trim() !== '') return { kind: 'words', vnd: null };
  const unit = units.find(([pattern]) => pattern.test(after));
  const multiplier = unit ? unit[1] : headerUnit;
  const rest = unit
    ? after
        .replace(unit[0], '')
        .replace(/^\s*dong\b/, '')
        .trim()
    : after;
  const vnd = Math.round(value * multiplier);
  if (!Number.isSafeInteger(vnd) || vnd > MAX_ROW_BUDGET_VND) return { kind: 'words', vnd: null };
  const bare = /^[.;]?$/.test(rest);
  return bare ? { kind: 'exact', vnd } : { kind: 'with-words', vnd };
}
