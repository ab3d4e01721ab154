/**
 * The unit names the builder offers in a plan's unit fields: the names the plan already uses, and
 * the register's official names that exist on the day the plan is judged (its issue date, or the
 * first day of its year: the day the unit-no-longer-exists rule uses) and fit its unit type. A
 * suggestion taken as it is never draws that rule's warning, so a name merged or abolished by then
 * is offered neither from the register nor from the plan's own fields.
 */
import type { UnitType } from '../outline/schema.ts';
import { fastFold } from './fast-fold.ts';
import type { RuleContext } from './rules/types.ts';
import { planReferenceDate, unitNoLongerExists } from './rules/unit-exists.ts';
import type { Plan, PlanRow } from './schema.ts';
import { readUnitName } from './unit-names.ts';
import { unitNamesIn } from './unit-names-used.ts';
import { registerKey, registeredUnits, type RegisteredUnit } from './unit-register.ts';

export interface UnitSuggestions {
  /** Names the plan already uses, in Vietnamese order: the user's own spelling comes first. */
  used: string[];
  /** Official names not already among `used` (compared folded), in Vietnamese order. */
  registered: string[];
}

/**
 * The register's units that a plan of each type gives tasks to: a Sở its province's departments,
 * boards, centres and organisations and its own offices; a district (until 30/6/2025) or a xã its
 * own offices and one-stop desk, and the province's departments.
 */
const fitsUnitType: Record<UnitType, (unit: RegisteredUnit) => boolean> = {
  so: (unit) =>
    unit.kind === 'phong-thuoc-so' ||
    (unit.levels.includes('tinh') && ['so', 'ban', 'to-chuc'].includes(unit.kind)),
  huyen: (unit) =>
    unit.kind === 'so' ||
    (unit.levels.includes('huyen') && ['phong-thuoc-huyen', 'ban'].includes(unit.kind)),
  xa: (unit) =>
    unit.kind === 'so' ||
    (unit.levels.includes('xa') && ['phong-thuoc-xa', 'ban'].includes(unit.kind)),
};

/** Whether a unit exists under its registered name on `date` (ISO). */
export function existsOn(unit: RegisteredUnit, date: string): boolean {
  return (
    (unit.validFrom === undefined || unit.validFrom <= date) &&
    (unit.validTo === undefined || date <= unit.validTo)
  );
}

const nameKey = (name: string): string => registerKey(fastFold(name));

// Built on first use, not as the module loads: the first collator loads the locale's data.
let sortedUnits: readonly RegisteredUnit[] | undefined;
let collator: Intl.Collator | undefined;
const compare = (a: string, b: string): number =>
  (collator ??= new Intl.Collator('vi')).compare(a, b);

/**
 * The names the unit-no-longer-exists rule warns about, each put to it as a row's lead unit, so
 * that the suggestions follow its judgement exactly (a district's office named with "huyện" is
 * the district's, even where a xã's office has the same name). The rule reads only the plan and
 * the unit reader; tests/unit/plan/unit-suggestions.test.ts holds the result to the whole checker.
 */
function endedNames(plan: Plan, names: readonly string[]): Set<string> {
  const row = (leadUnit: string, index: number): PlanRow => ({
    id: `r${index}`,
    areaId: '',
    generalTask: '',
    specificTask: '',
    products: [],
    leadUnit,
    coordinatingUnits: [],
    from: { month: null, year: null },
    to: { month: null, year: null },
    budgetVnd: null,
    notes: '',
  });
  const probe: Plan = { ...plan, unit: { ...plan.unit, name: '' }, rows: names.map(row) };
  const context = { plan: probe, readUnit: (name: string) => readUnitName(name) };
  const ended = new Set<string>();
  for (const { path } of unitNoLongerExists.check(context as RuleContext)) {
    if (path[0] === 'rows' && typeof path[1] === 'number') ended.add(names[path[1]]!);
  }
  return ended;
}

/** The names a plan's unit fields suggest; see the file's comment for which. */
export function unitSuggestionsFor(plan: Plan): UnitSuggestions {
  const written = unitNamesIn(plan);
  for (const leadUnit of [plan.inspectionPlan?.leadUnit, plan.disseminationPlan?.leadUnit]) {
    const name = leadUnit?.trim();
    if (name && !written.includes(name)) written.push(name);
  }
  written.sort(compare);
  const ended = endedNames(plan, written);
  const used: string[] = [];
  const keys = new Set<string>();
  for (const name of written) {
    const key = nameKey(name);
    if (keys.has(key) || ended.has(name)) continue;
    keys.add(key);
    used.push(name);
  }

  const date = planReferenceDate(plan);
  sortedUnits ??= [...registeredUnits].sort((a, b) => compare(a.name, b.name));
  const fits = fitsUnitType[plan.unit.type];
  const registered: string[] = [];
  for (const unit of sortedUnits) {
    if (!fits(unit) || !existsOn(unit, date)) continue;
    // Names shared by several levels ("Phòng Kinh tế") are offered once.
    const key = nameKey(unit.name);
    if (keys.has(key)) continue;
    keys.add(key);
    registered.push(unit.name);
  }
  return { used, registered };
}
