/**
 * A new plan for a unit type and year, filled from the outline: section II gets the outline's
 * points for that kind of unit, and the table gets one starter row per point, with the year
 * already set. Everything the unit must decide itself (objectives, lead units, months, budgets)
 * is left empty for the checker to ask for, rather than filled with invented text.
 */
import { fullAreasOf } from '../outline/areas.ts';
import type { UnitType } from '../outline/schema.ts';
import { CURRENT_VERSION, PLAN_FORMAT } from './file-format.ts';
import type { Plan, PlanDocument, PlanRow, Tasks } from './schema.ts';
import { starterTasks } from './starter-tasks.ts';
import { DEFAULT_TEMPLATE_ID, type TemplateId } from './templates.ts';

export interface NewPlanOptions {
  unitType: UnitType;
  planYear: number;
  /** The outline to follow; the 2012 outline when not given. */
  template?: TemplateId;
}

/** How each kind of unit usually signs: the director, or the chair on behalf of the committee. */
const starterSignature: Record<
  UnitType,
  Pick<PlanDocument, 'signingForm' | 'signingFor' | 'signerTitle'>
> = {
  tinh: { signingForm: 'TM.', signingFor: 'Ủy ban nhân dân', signerTitle: 'Chủ tịch' },
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
