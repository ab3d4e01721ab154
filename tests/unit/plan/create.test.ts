/** New plans start from the outline, filtered by the kind of unit. */
import { describe, expect, it } from 'vitest';
import { areas } from '../../../src/outline/areas.ts';
import { checkPlan, createPlan, planSchema, templateById } from '../../../src/plan/index.ts';

describe('createPlan', () => {
  const so = createPlan({ unitType: 'so', planYear: 2014 });
  const huyen = createPlan({ unitType: 'huyen', planYear: 2014 });

  it('makes a valid plan on the 2012 outline with nothing invented', () => {
    expect(planSchema.safeParse(so).success).toBe(true);
    expect(so).toMatchObject({
      format: 'ke-hoach-cchc',
      version: 3,
      template: 'de-cuong-2012',
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
    expect(so.tasks['the-che']?.split('\n')[0]).toBe(`- ${so.rows[0]?.generalTask}.`);
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

describe('createPlan on the 2021–2030 programme', () => {
  const xa = createPlan({ unitType: 'xa', planYear: 2026, template: 'chuong-trinh-2021-2030' });
  const so = createPlan({ unitType: 'so', planYear: 2026, template: 'chuong-trinh-2021-2030' });
  const programme = templateById('chuong-trinh-2021-2030');

  it('records the template and follows its seven areas, leadership first', () => {
    expect(planSchema.safeParse(xa).success).toBe(true);
    expect(xa.template).toBe('chuong-trinh-2021-2030');
    expect(Object.keys(xa.tasks)).toEqual(programme.areas.map((area) => area.id));
    expect(programme.areas.map((area) => area.title)).toEqual([
      'Công tác chỉ đạo, điều hành cải cách hành chính',
      'Cải cách thể chế',
      'Cải cách thủ tục hành chính',
      'Cải cách tổ chức bộ máy hành chính nhà nước',
      'Cải cách chế độ công vụ',
      'Cải cách tài chính công',
      'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
    ]);
    expect(new Set(xa.rows.map((row) => row.areaId))).toEqual(
      new Set(programme.areas.map((area) => area.id)),
    );
  });

  it('gives a UBND xã its own wording and signature, and leaves out points not meant for it', () => {
    expect(xa.rows.find((row) => row.areaId === 'the-che')?.generalTask).toMatch(
      /thẩm quyền của UBND cấp xã/,
    );
    expect(so.rows.find((row) => row.areaId === 'the-che')?.generalTask).toMatch(/^Tham mưu/);
    expect(xa.rows.some((row) => /đơn vị sự nghiệp công lập/.test(row.generalTask))).toBe(false);
    expect(so.rows.some((row) => /đơn vị sự nghiệp công lập/.test(row.generalTask))).toBe(true);
    expect(xa.document).toMatchObject({ signingForm: 'TM.', signerTitle: 'Chủ tịch' });
  });

  it('checks against its own areas and cites the programme’s page', () => {
    const findings = checkPlan(xa);
    const taskText = checkPlan({ ...xa, tasks: { ...xa.tasks, 'chinh-phu-so': '' } }).find(
      (finding) => finding.ruleId === 'area-task-text',
    );
    expect(taskText).toMatchObject({
      where:
        'Mục II. Nhiệm vụ cải cách hành chính, 7. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
      citation: {
        page: 'chuong-trinh-2021-2030',
        anchor: 'cac-linh-vuc-7',
        label: 'Chương trình 2021–2030, lĩnh vực 7',
      },
    });
    expect(findings.map((finding) => finding.ruleId)).not.toContain('areas-covered');
    expect(findings.map((finding) => finding.ruleId)).not.toContain('socialisation-suggested');
  });
});
