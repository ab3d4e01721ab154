/**
 * A new plan for a unit type and year, filled from the outline: section II gets the outline's
 * points for that kind of unit, and the table gets one starter row per point, with the year
 * already set. Everything the unit must decide itself (objectives, lead units, months, budgets)
 * is left empty for the checker to ask for, rather than filled with invented text.
 */
import { fullAreasOf } from '../outline/areas.ts';
import type { Area, OutlinePoint, UnitType } from '../outline/schema.ts';
import { CURRENT_VERSION, PLAN_FORMAT } from './file-format.ts';
import type { Plan, PlanDocument, PlanRow, Tasks } from './schema.ts';
import { DEFAULT_TEMPLATE_ID, type TemplateId } from './templates.ts';

export interface NewPlanOptions {
  unitType: UnitType;
  planYear: number;
  /** The outline to follow; the 2012 outline when not given. */
  template?: TemplateId;
}

/**
 * Points that apply to the unit type without a condition. A conditional point (II.5 for a Sở:
 * "only the Sở concerned") is left for the checker to suggest, since the type alone cannot tell.
 */
function pointsFor(area: Area, unitType: UnitType): OutlinePoint[] {
  return area.points.filter(
    (point) => point.appliesTo.includes(unitType) && point.condition?.[unitType] === undefined,
  );
}

/** The task wording of a point, in the unit type's own words where the outline gives them. */
function taskWording(point: OutlinePoint, unitType: UnitType): string {
  return (point.taskByUnitType?.[unitType] ?? point.text).replace(/[.。]\s*$/, '');
}

/** Starter tasks of an area: its points, or the activities II.7 lists in prose. */
function starterTasks(area: Area, unitType: UnitType): { id: string; text: string }[] {
  const points = pointsFor(area, unitType);
  if (points.length > 0) {
    return points.map((point) => ({ id: point.id, text: taskWording(point, unitType) }));
  }
  return (area.suggestedTasks ?? []).map((text, index) => ({
    id: `${area.id}-${index + 1}`,
    text,
  }));
}

/** How each kind of unit usually signs: the director, or the chair on behalf of the committee. */
const starterSignature: Record<
  UnitType,
  Pick<PlanDocument, 'signingForm' | 'signingFor' | 'signerTitle'>
> = {
  so: { signingForm: '', signingFor: '', signerTitle: 'Giám đốc' },
  huyen: { signingForm: 'TM.', signingFor: 'Ủy ban nhân dân', signerTitle: 'Chủ tịch' },
  xa: { signingForm: 'TM.', signingFor: 'Ủy ban nhân dân', signerTitle: 'Chủ tịch' },
};

export function createPlan({
  unitType,
  planYear,
  template = DEFAULT_TEMPLATE_ID,
}: NewPlanOptions): Plan {
  const tasks: Tasks = {};
  const rows: PlanRow[] = [];
  for (const area of fullAreasOf(template)) {
    const areaId = area.id;
    const starters = starterTasks(area, unitType);
    tasks[areaId] = starters.map((task) => `- ${task.text}.`).join('\n');
    for (const task of starters) {
      rows.push({
        id: task.id,
        areaId,
        generalTask: task.text,
        specificTask: '',
        products: [],
        leadUnit: '',
        coordinatingUnits: [],
        from: { month: null, year: planYear },
        to: { month: null, year: planYear },
        budgetVnd: null,
        notes: '',
      });
    }
  }
  return {
    format: PLAN_FORMAT,
    version: CURRENT_VERSION,
    template,
    unit: { parentAgency: '', name: '', type: unitType },
    planYear,
    document: {
      number: '',
      symbol: 'KH-',
      place: '',
      issueDate: null,
      ...starterSignature[unitType],
      signerName: '',
      recipients: ['Lưu: VT'],
    },
    provincePlan: { reference: '', issueDate: null },
    objectives: [],
    tasks,
    rows,
    organisation: { responsibilities: '', monitoring: '', funding: '', reporting: '' },
  };
}
