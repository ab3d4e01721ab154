/**
 * Vietnamese (vi-VN) presentation of money and dates: one formatter each, used by the checker's
 * messages, the exporters and the builder alike. Dates are handled as strings and numbers, never
 * through `Date`, so that no time zone can shift a day.
 */
import type { MonthYear } from './schema.ts';

const vndNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** 1234567 → "1.234.567": an amount where the unit is said elsewhere (a column heading, a field). */
export function formatAmount(amount: number): string {
  return vndNumber.format(amount);
}

/** 1234567 → "1.234.567 đ". */
export function formatVnd(amount: number): string {
  return `${formatAmount(amount)} đ`;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2012-12-25" → "25/12/2012"; anything else is returned as given. */
export function formatDate(isoDate: string): string {
  const match = isoDatePattern.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** {3, 2013} → "03/2013"; a missing part shows as "…" so that a draft still reads sensibly. */
export function formatMonthYear(value: MonthYear): string {
  const month = value.month === null ? '…' : twoDigits(value.month);
  const year = value.year === null ? '…' : String(value.year);
  return `${month}/${year}`;
}

/** "03/2013 - 06/2013", or "03/2013" when a task starts and ends in the same month. */
export function formatPeriod(from: MonthYear, to: MonthYear): string {
  const start = formatMonthYear(from);
  const end = formatMonthYear(to);
  return start === end ? start : `${start} - ${end}`;
}

/**
 * The place and date line of a document header, as Nghị định 30/2020 writes it:
 * "Mẫu Sơn, ngày 05 tháng 01 năm 2013" (day and month below 10 take a leading 0).
 */
export function formatDocumentDate(place: string, isoDate: string | null): string {
  const match = isoDate === null ? null : isoDatePattern.exec(isoDate);
  const where = place.trim() === '' ? '…' : place.trim();
  if (!match) return `${where}, ngày … tháng … năm …`;
  return `${where}, ngày ${match[3]} tháng ${match[2]} năm ${match[1]}`;
}
