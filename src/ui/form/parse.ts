/** What typed text means, for the fields that read numbers and dates as the user types them. */
import { formatAmount } from '../../plan/vi-format.ts';

/** More digits than this is no amount: 999.999.999.999.999.999 stays a finite number. */
const MAX_DIGITS = 18;

/** An amount in whole đồng as the amount field shows it, vi-VN grouped: 1.500.000. */
export const formatGrouped = (value: number | null): string =>
  value === null ? '' : formatAmount(value);

/**
 * Digits only; anything else typed (spaces, dots, "đ") is ignored rather than refused. A number
 * too large for the plan is returned as it is, for the plan's rule to answer.
 */
export function parseMoney(text: string): number | null {
  const digits = text
    .replace(/\D/g, '')
    .replace(/^0+(?=\d)/, '')
    .slice(0, MAX_DIGITS);
  return digits ? Number(digits) : null;
}

/** A date as its three fields hold it, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** The parts of an ISO date, or three empty ones. */
export function partsOf(iso: string | null): DateParts {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match
    ? { day: match[3]!, month: match[2]!, year: match[1]! }
    : { day: '', month: '', year: '' };
}

/** The ISO date the parts make, or null when they do not make a real date. */
export function isoFromParts({ day, month, year }: DateParts): string | null {
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A year as typed into a four-digit year field: the digits kept, and the year once there are four. */
export function parseYear(text: string): { digits: string; year: number | null } {
  const digits = text.replace(/\D/g, '').slice(0, 4);
  return { digits, year: digits.length === 4 ? Number(digits) : null };
}
