/**
 * Vietnamese (vi-VN) presentation of money and dates: one formatter each, used by the checker's
 * messages, the exporters and the builder alike. The plan's dates are handled as strings and
 * numbers, never through `Date`, so that no time zone can shift a day; only the instants the
 * builder records (when a draft was saved) are `Date`s, shown in the reader's own time.
 */
import type { MonthYear } from './schema.ts';

/**
 * Intl's formatters are built on first use, never as a module loads: the first one a page makes
 * loads the browser's locale data, a long task (about 50 ms of a phone's main thread, 200 ms on
 * the slowed phone of Lighthouse) that the builder's start must not carry. Whole amounts (every
 * amount the plan holds) are grouped by hand, exactly as `vi-VN` groups them.
 */
export function lazyNumberFormat(options: Intl.NumberFormatOptions): (value: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (value) => (format ??= new Intl.NumberFormat('vi-VN', options)).format(value);
}

const formatOther = lazyNumberFormat({ maximumFractionDigits: 0 });

/** 1234567 → "1.234.567": an amount where the unit is said elsewhere (a column heading, a field). */
export function formatAmount(amount: number): string {
  if (!Number.isSafeInteger(amount) || Object.is(amount, -0)) return formatOther(amount);
  return String(amount).replace(/\B(?=(\d{3})+$)/g, '.');
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

/**
 * An instant (when a draft was saved) in the reader's own time zone: "09:07", hours 00–23 as
 * `vi-VN` writes them.
 */
export function formatClockTime(at: Date): string {
  return `${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}`;
}

/**
 * Today in the user's own time zone, as the plan's ISO date: the day the checker judges progress
 * and deadlines on (the builder, the desk, the command line).
 */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
}

/** An instant as a time and a date, in the reader's own time zone: "09:07 05/11/2026". */
export function formatClockDateTime(at: Date): string {
  const date = `${twoDigits(at.getDate())}/${twoDigits(at.getMonth() + 1)}/${at.getFullYear()}`;
  return `${formatClockTime(at)} ${date}`;
}

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

/** 0.8571 → "85,7%": a share with one decimal and the Vietnamese decimal comma; null → "–". */
export function formatRate(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return '–';
  const tenths = Math.round(rate * 1000);
  const whole = Math.trunc(tenths / 10);
  const decimal = Math.abs(tenths % 10);
  return `${formatAmount(whole)}${decimal === 0 ? '' : `,${decimal}`}%`;
}
