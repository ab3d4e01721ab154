/**
 * A task's completion as the user types it, a month ("3/2013") or a day ("12/3/2013"), and as the
 * plan holds it ("2013-03", "2013-03-12"): the month decides whether it was on time.
 */
import { isoFromParts } from '../../../ui/form/parse.ts';

/** The ISO month or day the text means, null when empty, undefined when it means neither. */
export function parseMonthOrDay(text: string): string | null | undefined {
  const typed = text.trim();
  if (typed === '') return null;
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(typed);
  if (iso)
    return iso[3]
      ? (isoFromParts({ day: iso[3], month: iso[2]!, year: iso[1]! }) ?? undefined)
      : month(iso[2]!, iso[1]!);
  const parts = typed.split(/\s*[/.-]\s*/);
  if (parts.length === 2) return month(parts[0]!, parts[1]!);
  if (parts.length === 3) {
    const [day, monthText, year] = parts as [string, string, string];
    return isoFromParts({ day, month: monthText, year }) ?? undefined;
  }
  return undefined;
}

function month(monthText: string, year: string): string | undefined {
  if (!/^\d{1,2}$/.test(monthText) || !/^\d{4}$/.test(year)) return undefined;
  const number = Number(monthText);
  return number >= 1 && number <= 12 ? `${year}-${String(number).padStart(2, '0')}` : undefined;
}

/** "2013-03" → "03/2013", "2013-03-12" → "12/03/2013". */
export function showMonthOrDay(value: string | null): string {
  if (value === null) return '';
  const [year, monthText, day] = value.split('-');
  return day ? `${day}/${monthText}/${year}` : `${monthText}/${year}`;
}

export const monthOrDayMessage =
  'Chưa đọc được thời điểm này: hãy ghi tháng/năm (ví dụ 3/2013) hoặc ngày/tháng/năm (ví dụ 12/3/2013).';
