/**
 * File names that say what a document is and survive any e-mail system or disk:
 * "KH-CCHC-2013-so-noi-vu-tinh-mau.docx" (KH is the document-type code of a plan),
 * "bao-cao-cchc-quy-3-2013-so-noi-vu-tinh-mau.docx" for a periodic report.
 */
import type { PeriodId } from '../plan/progress/periods.ts';
import type { Plan } from '../plan/schema.ts';
import { slugify } from '../text/vietnamese.ts';

/** "-so-noi-vu-tinh-mau", or nothing while the unit has no name. */
function unitPart(plan: Plan): string {
  const unit = slugify(plan.unit.name).slice(0, 60).replace(/-+$/, '');
  return unit === '' ? '' : `-${unit}`;
}

export function planFileName(plan: Plan, extension: string): string {
  return `KH-CCHC-${plan.planYear}${unitPart(plan)}.${extension}`;
}

export function reportFileName(plan: Plan, period: PeriodId, extension: string): string {
  return `bao-cao-cchc-${period}-${plan.planYear}${unitPart(plan)}.${extension}`;
}

/** "tong-hop-ke-hoach-cchc-2013.xlsx": a round's summary or workbook. */
export function roundFileName(planYear: number | null, extension: string): string {
  return `tong-hop-ke-hoach-cchc${planYear === null ? '' : `-${planYear}`}.${extension}`;
}

/**
 * "gop-y-KH-CCHC-2013-so-tu-phap.docx": the comment letter to one unit. A unit without a name is
 * named by its file's position in the round, so that two letters never share a name.
 */
export function roundLetterFileName(unitName: string, planYear: number, fallback: string): string {
  const unit = slugify(unitName).slice(0, 60).replace(/-+$/, '');
  return `gop-y-KH-CCHC-${planYear}-${unit === '' ? slugify(fallback).slice(0, 60) : unit}.docx`;
}
