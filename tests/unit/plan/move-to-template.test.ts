/** A plan on the 2012 outline copied onto the 2021–2030 programme keeps every row and every text. */
import { describe, expect, it } from 'vitest';
import { checkPlan, planSchema } from '../../../src/plan/index.ts';
import { moveToTemplate } from '../../../src/plan/move-to-template.ts';
import { MAX_SECTION_TEXT_LENGTH } from '../../../src/plan/schema.ts';
import { example } from './fixtures.ts';

describe('moveToTemplate', () => {
  const plan = example('huyen');
  const moved = moveToTemplate(plan, 'chuong-trinh-2021-2030');

  it('moves every row and every area’s text to the matching area of the programme', () => {
    if (!moved.ok) throw new Error(moved.reason);
    expect(planSchema.safeParse(moved.plan).success).toBe(true);
    expect(moved.plan.template).toBe('chuong-trinh-2021-2030');
    expect(moved.plan.rows.map((row) => row.id)).toEqual(plan.rows.map((row) => row.id));
    const areaOf = (id: string) => moved.plan.rows.find((row) => row.id === id)?.areaId;
    const renamed = plan.rows.find((row) => row.areaId === 'hien-dai-hoa')!;
    expect(areaOf(renamed.id)).toBe('chinh-phu-so');
    expect(moved.plan.tasks['che-do-cong-vu']).toBe(plan.tasks['can-bo-cong-chuc']);
    expect(moved.plan.tasks['chinh-phu-so']).toBe(plan.tasks['hien-dai-hoa']);
    expect(moved.plan.tasks['the-che']).toBe(plan.tasks['the-che']);
    expect({ ...moved.plan, template: plan.template, tasks: plan.tasks, rows: plan.rows }).toEqual(
      plan,
    );
    const ruleIds = checkPlan(moved.plan).map((finding) => finding.ruleId);
    expect(ruleIds).not.toContain('areas-covered');
    expect(ruleIds).not.toContain('area-task-text');
  });

  it('refuses, in Vietnamese, a unit type the target template does not have', () => {
    const xa = example('xa');
    const back = moveToTemplate(xa, 'de-cuong-2012');
    expect(back).toEqual({
      ok: false,
      reason: 'Đề cương 2012 không dành cho loại đơn vị của kế hoạch này.',
    });
  });

  it('refuses, naming the area, a section II text the programme could not hold', () => {
    const long = {
      ...plan,
      tasks: { ...plan.tasks, 'the-che': 'a'.repeat(MAX_SECTION_TEXT_LENGTH + 1) },
    };
    const outcome = moveToTemplate(long, 'chuong-trinh-2021-2030');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.reason).toMatch(
        /^phần “Cải cách thể chế” sẽ dài 20\.001 ký tự, quá giới hạn 20\.000 ký tự/,
      );
  });
});
