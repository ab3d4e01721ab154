/**
 * The name a new draft gets from its plan, in the builder's list of drafts: the year and the unit,
 * or the unit's type while the unit has no name. Shared by the builder and the desk (a unit's plan
 * opened as a draft), so that a draft reads the same wherever it was made.
 */
import type { Plan } from '../plan/schema.ts';
import { unitTypeLabels } from '../plan/unit-type-labels.ts';

export function defaultDraftName(plan: Plan): string {
  const unit = plan.unit.name.trim() || unitTypeLabels[plan.unit.type];
  return `Kế hoạch CCHC năm ${plan.planYear} – ${unit}`;
}
