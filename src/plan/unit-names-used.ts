/** The unit names a plan already uses, offered as suggestions in its unit fields. */
import type { Plan } from './schema.ts';

export function unitNamesIn(plan: Plan): string[] {
  const names = new Set<string>();
  if (plan.unit.name.trim()) names.add(plan.unit.name.trim());
  for (const row of plan.rows) {
    if (row.leadUnit.trim()) names.add(row.leadUnit.trim());
    for (const unit of row.coordinatingUnits) if (unit.trim()) names.add(unit.trim());
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'vi'));
}
