/**
 * A table's time cell → the months a task runs, in the plan's year unless the text names another.
 * The rules, in the order they are tried (the text is folded: case and accents do not matter):
 *
 * 1. "03/2013 - 06/2013", "03/2013 đến 06/2013" (this tool's own export; "…" for a month or year
 *    not given) → from and to as written; "03/2013" alone → that month.
 * 2. "Cả năm", "Trong năm", "Năm 2014", "Hằng năm" → January to December.
 * 3. "6 tháng đầu năm" → January to June; "6 tháng cuối năm" → July to December.
 * 4. "Quý I/2014", "Quý IV", "Quý I, II", "Quý II - Quý III" → first month of the first quarter
 *    named to last month of the last one.
 * 5. "Tháng 6/2014", "Tháng 6" → June; "Từ tháng 8 đến tháng 10/2014", "Tháng 8 - 10/2014",
 *    "Tháng 8, 9/2014" → August to October (a year written once applies to every month).
 * 6. "Trước 30/9/2014", "Trước ngày 30/9", "Hoàn thành trước tháng 9/2014" → January of that year
 *    to the month of the deadline (to the month before when the day is the 1st: "trước 01/10"
 *    means by the end of September). Not exact: the words are kept in the row's notes.
 * 7. A date "15/3/2014" → that month.
 * 8. "Thường xuyên", "Hằng tháng", "Hằng quý", "Định kỳ", "Liên tục" → January to December. Not
 *    exact: the words are kept in the row's notes.
 * Anything else: months left empty in the plan's year, the words in the notes and the report.
 */
import type { MonthYear } from '../../plan/schema.ts';
import { fastFold } from '../../plan/fast-fold.ts';

export type TimeReading =
  | { kind: 'exact'; from: MonthYear; to: MonthYear }
  | { kind: 'inexact'; from: MonthYear; to: MonthYear }
  | { kind: 'unread'; from: MonthYear; to: MonthYear };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const validYear = (year: number) => year >= 2000 && year <= 2100;
const validMonth = (month: number) => month >= 1 && month <= 12;

const fullYear = (year: number): MonthYear[] => [
  { month: 1, year },
  { month: 12, year },
];

function yearOf(text: string | undefined, planYear: number): number {
  if (text === undefined) return planYear;
  const year = Number(text);
  return validYear(year) ? year : planYear;
}

function between(from: MonthYear, to: MonthYear, kind: 'exact' | 'inexact' = 'exact'): TimeReading {
  return { kind, from, to };
}

/** Rule 1: "mm/yyyy" parts, each month and year or "…". */
function ownExport(folded: string): TimeReading | undefined {
  const part = '(\\d{1,2}|…|\\.\\.\\.)\\/(\\d{4}|…|\\.\\.\\.)';
  const match = new RegExp(`^${part}(?:\\s*(?:-|–|den)\\s*${part})?$`).exec(folded);
  if (!match) return undefined;
  const read = (month: string | undefined, year: string | undefined): MonthYear | undefined => {
    const m = month === undefined || !/^\d+$/.test(month) ? null : Number(month);
    const y = year === undefined || !/^\d+$/.test(year) ? null : Number(year);
    if ((m !== null && !validMonth(m)) || (y !== null && !validYear(y))) return undefined;
    return { month: m, year: y };
  };
  const from = read(match[1], match[2]);
  const to = match[3] === undefined ? from : read(match[3], match[4]);
  return from && to ? between(from, to) : undefined;
}

/** Whole-year words; the exact ones are a plan's own year, the others a recurring task. */
const wholeYear = /^(ca nam|trong nam|hang nam|12 thang)( \d{4})?$|^nam \d{4}$/;
const recurring =
  /^(thuong xuyen|hang thang|hang quy|hang tuan|dinh ky|lien tuc|theo dinh ky|theo quy dinh|khi co yeu cau|thuong xuyen,? lien tuc)\b/;

export function readTime(raw: string, planYear: number): TimeReading {
  const folded = fastFold(raw.normalize('NFC'))
    .replace(/\s+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/^(thoi gian|hoan thanh|thuc hien)\s*:?\s*/, '')
    .replace(/[.;,]$/, '')
    .trim();
  const unread: TimeReading = {
    kind: 'unread',
    from: { month: null, year: planYear },
    to: { month: null, year: planYear },
  };
  if (folded === '') return unread;

  const own = ownExport(folded);
  if (own) return own;

  const yearInText = /\b((?:19|20)\d{2})\b/.exec(folded)?.[1];
  const year = yearOf(yearInText, planYear);

  if (wholeYear.test(folded)) {
    const [from, to] = fullYear(year) as [MonthYear, MonthYear];
    return between(from, to);
  }
  const half = /^(?:trong )?6 thang (dau|cuoi) nam\b/.exec(folded);
  if (half) {
    return half[1] === 'dau'
      ? between({ month: 1, year }, { month: 6, year })
      : between({ month: 7, year }, { month: 12, year });
  }

  const quarters = [...folded.matchAll(/\b(iv|iii|ii|i|[1-4])\b/g)]
    .map((match) => ROMAN[match[1] as string] ?? Number(match[1]))
    .filter((quarter) => quarter >= 1 && quarter <= 4);
  if (/^(?:trong |tu |trong cac )?quy\b/.test(folded) && quarters.length > 0) {
    const first = Math.min(...quarters);
    const last = Math.max(...quarters);
    return between({ month: first * 3 - 2, year }, { month: last * 3, year });
  }

  const deadline =
    /^(?:hoan thanh |xong )?truoc (?:ngay )?(?:(\d{1,2})\/)?(\d{1,2})(?:\/(\d{4}))?$/.exec(
      folded.replace(/thang /g, ''),
    );
  if (deadline) {
    const day = deadline[1] === undefined ? undefined : Number(deadline[1]);
    const month = Number(deadline[2]);
    const deadlineYear = yearOf(deadline[3], planYear);
    if (validMonth(month) && (day === undefined || (day >= 1 && day <= 31))) {
      // "trước tháng 9" and "trước 01/9" leave August as the last month.
      const last = day === undefined || day === 1 ? month - 1 : month;
      if (last >= 1) {
        return between(
          { month: 1, year: deadlineYear },
          { month: last, year: deadlineYear },
          'inexact',
        );
      }
    }
  }

  const months =
    /^(?:tu |trong )?thang (\d{1,2})(?:\/(\d{4}))?(?:\s*(?:-|–|den|,|va)\s*(?:thang )?(\d{1,2}))?(?:\/(\d{4}))?$/.exec(
      folded,
    );
  if (months) {
    const first = Number(months[1]);
    const last = months[3] === undefined ? first : Number(months[3]);
    const firstYear = yearOf(months[2] ?? months[4], planYear);
    const lastYear = yearOf(months[4] ?? months[2], planYear);
    if (validMonth(first) && validMonth(last) && (firstYear < lastYear || first <= last)) {
      return between({ month: first, year: firstYear }, { month: last, year: lastYear });
    }
  }

  const date = /^(?:ngay )?(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(folded);
  if (date && validMonth(Number(date[2]))) {
    const at = { month: Number(date[2]), year: yearOf(date[3], planYear) };
    return between(at, at);
  }

  if (recurring.test(folded)) {
    const [from, to] = fullYear(year) as [MonthYear, MonthYear];
    return between(from, to, 'inexact');
  }
  return unread;
}
