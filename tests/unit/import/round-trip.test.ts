/** The project's own Word export reads back to the same plan: every example, every row, every field. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planToDocx } from '../../../src/export/docx.ts';
import { readDocxPlan } from '../../../src/import/docx/index.ts';
import { readPlanFile, type PlanRow } from '../../../src/plan/index.ts';

const folder = new URL('../../../content/examples/', import.meta.url);
const examples = readdirSync(folder).filter(
  (name) => name.endsWith('.json') && name !== 'index.json',
);

/** Row ids are the tool's own and not in the document; progress is not part of the Word plan. */
const content = ({ id: _id, progress: _progress, ...row }: PlanRow) => row;

describe('every example exported to Word reads back', () => {
  it('has examples to read', () => expect(examples.length).toBeGreaterThanOrEqual(6));

  for (const name of examples) {
    it(name, async () => {
      const read = readPlanFile(readFileSync(new URL(name, folder)));
      if (!read.ok) throw new Error(`${name} is not a plan`);
      const plan = read.plan;
      const result = readDocxPlan(await planToDocx(plan));
      if (!result.ok) throw new Error(result.message);
      expect(result.plan.rows.map(content)).toEqual(plan.rows.map(content));
      expect(result.plan.template).toBe(plan.template);
      expect(result.plan.planYear).toBe(plan.planYear);
      expect(result.plan.unit).toEqual(plan.unit);
      const { number, symbol, place, issueDate, signerName, recipients } = plan.document;
      expect(result.plan.document).toMatchObject({
        number,
        symbol,
        place,
        issueDate,
        signerName,
        recipients,
      });
      expect(result.plan.objectives).toEqual(plan.objectives);
      // Nothing of our own export is left unread or guessed.
      expect(result.report.items.filter((item) => item.kind !== 'notes')).toEqual([]);
    });
  }
});
