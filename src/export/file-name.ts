/**
 * A file name that says what the plan is and survives any e-mail system or disk:
 * "KH-CCHC-2013-so-noi-vu-tinh-mau.docx" (KH is the document-type code of a plan).
 */
import type { Plan } from '../plan/schema.ts';
import { slugify } from '../text/vietnamese.ts';

export function planFileName(plan: Plan, extension: string): string {
  const unit = slugify(plan.unit.name).slice(0, 60).replace(/-+$/, '');
  return `KH-CCHC-${plan.planYear}${unit === '' ? '' : `-${unit}`}.${extension}`;
}
