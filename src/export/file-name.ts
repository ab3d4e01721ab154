/** A file name that says what the plan is: "ke-hoach-cchc-2013-so-noi-vu.md". */
import type { Plan } from '../plan/schema.ts';
import { slugify } from '../text/vietnamese.ts';

export function planFileName(plan: Plan, extension: string): string {
  const unit = slugify(plan.unit.name).slice(0, 60).replace(/-+$/, '');
  return `ke-hoach-cchc-${plan.planYear}${unit === '' ? '' : `-${unit}`}.${extension}`;
}
