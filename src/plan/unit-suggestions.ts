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
 * own offices and one-stop desk, and the province's departments; the province (UBND tỉnh) its
 * departments, boards and organisations and the local committees below it.
 */
const fitsUnitType: Record<UnitType, (unit: RegisteredUnit) => boolean> = {
  tinh: (unit) =>
    (unit.levels.includes('tinh') && ['so', 'ban', 'to-chuc'].includes(unit.kind)) ||
    (unit.kind === 'ubnd' && !unit.levels.includes('tinh')),
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
  // The rule judges a name by the plan's date alone: each name is put to it once per date, so
  // that typing a name does not read every other one again.
  const date = planReferenceDate(plan);
  // Every prefix of a name being typed is a name too: the memory is bounded.
  if (endedOn.date !== date || endedOn.byName.size > MAX_REMEMBERED) {
    endedOn = { date, byName: new Map() };
  }
  const { byName } = endedOn;
  const unknown = names.filter((name) => !byName.has(name));
  for (const name of unknown) byName.set(name, false);
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
  if (unknown.length > 0) {
    const probe: Plan = { ...plan, unit: { ...plan.unit, name: '' }, rows: unknown.map(row) };
    const context = { plan: probe, readUnit: (name: string) => readUnitName(name) };
    for (const { path } of unitNoLongerExists.check(context as RuleContext)) {
      if (path[0] === 'rows' && typeof path[1] === 'number') byName.set(unknown[path[1]]!, true);
    }
  }
  return new Set(names.filter((name) => byName.get(name)));
}
const MAX_REMEMBERED = 5_000;
let endedOn: { date: string; byName: Map<string, boolean> } = { date: '', byName: new Map() };

/** The last answer and what it was for: most edits change no unit name, type or date. */
let last: { key: string; suggestions: UnitSuggestions } | undefined;

/**
 * The names a plan's unit fields suggest; see the file's comment for which. The same answer (not a
 * copy) comes back while the plan's unit names, type and date stay the same: do not change it.
 */
export function unitSuggestionsFor(plan: Plan): UnitSuggestions {
  const written = unitNamesIn(plan);
  for (const leadUnit of [plan.inspectionPlan?.leadUnit, plan.disseminationPlan?.leadUnit]) {
    const name = leadUnit?.trim();
    if (name && !written.includes(name)) written.push(name);
  }
  written.sort(compare);
  const date = planReferenceDate(plan);
  const key = [plan.unit.type, date, ...written].join('\n');
  if (last?.key === key) return last.suggestions;
  const ended = endedNames(plan, written);
  const used: string[] = [];
  const keys = new Set<string>();
  for (const name of written) {
    const folded = nameKey(name);
    if (keys.has(folded) || ended.has(name)) continue;
    keys.add(folded);
    used.push(name);
  }

  sortedUnits ??= [...registeredUnits].sort((a, b) => compare(a.name, b.name));
  const fits = fitsUnitType[plan.unit.type];
  const registered: string[] = [];
  for (const unit of sortedUnits) {
    if (!fits(unit) || !existsOn(unit, date)) continue;
    // Names shared by several levels ("Phòng Kinh tế") are offered once.
    const folded = nameKey(unit.name);
    if (keys.has(folded)) continue;
    keys.add(folded);
    registered.push(unit.name);
  }
  last = { key, suggestions: { used, registered } };
  return last.suggestions;
}
