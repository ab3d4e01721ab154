/**
 * The periodic CCHC reports and their default calendar. Bộ Nội vụ's letter 581/BNV-CCHC sets
 * quarterly, six-month and annual reports due on the 20th of the period's last month, with data
 * from 15/12 of the previous year (15/6 for quý III) to the 14th of that month. Provinces often
 * ask their units for earlier dates, so a plan keeps its own calendar, starting from these.
 */
import { periodIds, type PeriodId } from './ids.ts';

export { periodIds, type PeriodId };

export const isPeriodId = (value: unknown): value is PeriodId =>
  typeof value === 'string' && (periodIds as readonly string[]).includes(value);

/** "quý I": as the report's title says it, after "Kết quả thực hiện công tác cải cách hành chính". */
export const periodLabels: Record<PeriodId, string> = {
  'quy-1': 'quý I',
  '6-thang': '6 tháng đầu năm',
  'quy-3': 'quý III',
  nam: 'năm',
};

/** "Quý I": as a list or a picker names it. */
export const periodNames: Record<PeriodId, string> = {
  'quy-1': 'Quý I',
  '6-thang': '6 tháng',
  'quy-3': 'Quý III',
  nam: 'Năm',
};

export interface PeriodCalendar {
  /** ISO dates (YYYY-MM-DD). */
  dataFrom: string;
  dataTo: string;
  deadline: string;
}

export type ReportingCalendar = Record<PeriodId, PeriodCalendar>;

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The national defaults of 581/BNV-CCHC for a plan year. */
export function defaultCalendar(planYear: number): ReportingCalendar {
  const yearStart = iso(planYear - 1, 12, 15);
  const period = (dataFrom: string, lastMonth: number): PeriodCalendar => ({
    dataFrom,
    dataTo: iso(planYear, lastMonth, 14),
    deadline: iso(planYear, lastMonth, 20),
  });
  return {
    'quy-1': period(yearStart, 3),
    '6-thang': period(yearStart, 6),
    'quy-3': period(iso(planYear, 6, 15), 9),
    nam: period(yearStart, 12),
  };
}

/** The report that follows, whose tasks section IV ("nhiệm vụ kỳ tới") looks ahead to. */
export const nextPeriod: Record<PeriodId, PeriodId | null> = {
  'quy-1': '6-thang',
  '6-thang': 'quy-3',
  'quy-3': 'nam',
  nam: null,
};

/** Where the site states the cycle and its sources (the citations of the tracking rules). */
export const reportingSource =
  'Công văn 581/BNV-CCHC của Bộ Nội vụ (báo cáo quý, 6 tháng, năm; hạn ngày 20 tháng cuối kỳ)';
