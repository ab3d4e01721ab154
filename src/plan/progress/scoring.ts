/**
 * How a province scores the carrying out of the plan, as data: provinces set their own points and
 * thresholds, so these are one province's, with their source, not a national rule. Cà Mau's 2013
 * PAR INDEX for departments (QĐ 1880/QĐ-UBND, after QĐ 1294/QĐ-BNV) gives "mức độ hoàn thành kế
 * hoạch" 2 points (more than 90% → 2, 70–90% → 1, below 70% → 0) and the periodic CCHC reports 2
 * points (all four sent on time → 1, complete content → 1).
 */
import { citations } from '../rules/citations.ts';
import type { Citation } from '../rules/types.ts';

export interface CompletionBand {
  points: number;
  /** The lowest completion rate, in percent, that earns these points. */
  fromPercent: number;
  /** Whether `fromPercent` itself earns them ("trên 90%") or only a rate above it. */
  inclusive: boolean;
  /** The band in words, as the explanation quotes it. */
  label: string;
}

export interface TrackingScoring {
  /** Who set these thresholds, and when: shown beside the score. */
  source: string;
  citation: Citation;
  completion: {
    maxPoints: number;
    /** Highest first; a rate below every band earns 0. */
    bands: readonly CompletionBand[];
    belowLabel: string;
  };
  reports: {
    /** One point when every report was sent by its deadline. */
    onTimePoints: number;
    /** One point when every report has its sections III–V written. */
    completePoints: number;
  };
}

export const caMau2013: TrackingScoring = {
  source:
    'Quyết định số 1880/QĐ-UBND của UBND tỉnh Cà Mau (Chỉ số CCHC các sở, ban, ngành năm 2013)',
  citation: citations.parIndexTracking,
  completion: {
    maxPoints: 2,
    bands: [
      { points: 2, fromPercent: 90, inclusive: false, label: 'trên 90%' },
      { points: 1, fromPercent: 70, inclusive: true, label: 'từ 70% đến 90%' },
    ],
    belowLabel: 'dưới 70%',
  },
  reports: { onTimePoints: 1, completePoints: 1 },
};

/**
 * The band a rate done ÷ toCarryOut falls in, compared in whole numbers so that no rounding of the
 * fraction moves a unit across a threshold (9 of 10 is exactly 90%, not more).
 */
export function completionBand(
  scoring: TrackingScoring,
  done: number,
  toCarryOut: number,
): CompletionBand | null {
  return (
    scoring.completion.bands.find((band) =>
      band.inclusive
        ? done * 100 >= band.fromPercent * toCarryOut
        : done * 100 > band.fromPercent * toCarryOut,
    ) ?? null
  );
}
