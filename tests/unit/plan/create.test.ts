/** New plans start from the outline, filtered by the kind of unit. */
import { describe, expect, it } from 'vitest';
import { areas } from '../../../src/outline/data.ts';
import { checkPlan, createPlan, planSchema } from '../../../src/plan/index.ts';

describe('createPlan', () => {
  const so = createPlan({ unitType: 'so', planYear: 2014 });
  const huyen = createPlan({ unitType: 'huyen', planYear: 2014 });

  it('makes a valid v1 plan with nothing invented', () => {
    expect(planSchema.safeParse(so).success).toBe(true);
    expect(so).toMatchObject({
      format: 'ke-hoach-cchc',
      version: 1,
      planYear: 2014,
      objectives: [],
    });
    expect(so.unit).toEqual({ parentAgency: '', name: '', type: 'so' });
    expect(so.document.issueDate).toBeNull();
    for (const row of so.rows) {
      expect(row).toMatchObject({ specificTask: '', products: [], leadUnit: '', budgetVnd: null });
      expect(row.from).toEqual({ month: null, year: 2014 });
    }
  });

  it('uses the unit type’s own wording of outline II.1', () => {
    expect(so.rows[0]?.generalTask).toBe(
      'Tuân thủ quy trình, nâng cao chất lượng tham mưu ban hành văn bản quy phạm pháp luật',
    );
    expect(huyen.rows[0]?.generalTask).toMatch(
      /^Tuân thủ quy trình, từng bước đổi mới, .* của UBND huyện$/,
    );
    expect(so.tasks['the-che'].split('\n')[0]).toBe(`- ${so.rows[0]?.generalTask}.`);
  });

  it('leaves the conditional point II.5 (xã hội hóa) to the Sở concerned, and gives it to every huyện', () => {
    const mentions = (rows: typeof so.rows) =>
      rows.some((row) => row.generalTask.includes('xã hội hóa'));
    expect(mentions(huyen.rows)).toBe(true);
    expect(mentions(so.rows)).toBe(false);
    expect(huyen.rows.length).toBe(so.rows.length + 1);
  });

  it('has one row per outline point and II.7’s suggested activities, with unique ids', () => {
    const points = areas.reduce(
      (sum, area) => sum + (area.points.length || (area.suggestedTasks?.length ?? 0)),
      0,
    );
    expect(huyen.rows).toHaveLength(points);
    expect(new Set(huyen.rows.map((row) => row.id)).size).toBe(huyen.rows.length);
    expect(
      huyen.rows.filter((row) => row.areaId === 'chi-dao-dieu-hanh').map((row) => row.generalTask),
    ).toEqual(areas.find((area) => area.id === 'chi-dao-dieu-hanh')?.suggestedTasks);
  });

  it('signs as each kind of unit usually does', () => {
    expect(huyen.document).toMatchObject({
      signingForm: 'TM.',
      signingFor: 'Ủy ban nhân dân',
      signerTitle: 'Chủ tịch',
    });
    expect(so.document).toMatchObject({ signingForm: '', signerTitle: 'Giám đốc' });
  });

  it('is a form to fill in: the checker asks for what is missing', () => {
    const ids = new Set(checkPlan(so).map((finding) => finding.ruleId));
    for (const id of [
      'objectives-present',
      'row-specific-task',
      'row-lead-unit',
      'row-budget',
      'organisation-complete',
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids).not.toContain('areas-covered');
  });
});
