/** Old files are migrated step by step; the chain itself is tested with synthetic steps too. */
import { describe, expect, it } from 'vitest';
import { planToJson } from '../../../src/export/json.ts';
import { migrate, migrations, readPlanFile, type Plan } from '../../../src/plan/index.ts';
import type { Migration } from '../../../src/plan/migrations/types.ts';
import { example } from './fixtures.ts';
import { v0Draft } from './v0-draft.ts';

describe('the v0 → v1 migration', () => {
  const result = readPlanFile(JSON.stringify(v0Draft));

  it('reads a v0 draft as a current plan on the 2012 outline and says so', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(0);
    expect(result.plan.version).toBe(3);
    expect(result.plan.template).toBe('de-cuong-2012');
  });

  it('splits, converts and renames what v1 stores differently', () => {
    if (!result.ok) throw new Error('unreadable');
    const plan: Plan = result.plan;
    expect(plan.unit).toEqual({
      parentAgency: 'UBND tỉnh Mẫu',
      name: 'UBND huyện Mẫu Sơn',
      type: 'huyen',
    });
    expect(plan.document).toMatchObject({
      number: '98',
      symbol: 'KH-UBND',
      issueDate: '2012-12-26',
      signingForm: '',
    });
    expect(plan.document.recipients).toEqual(['Sở Nội vụ (b/c)', 'Lưu: VT, NV']);
    expect(plan.objectives).toEqual([
      '100% thủ tục hành chính được niêm yết công khai.',
      'Đưa Bộ phận một cửa liên thông vào hoạt động trước 30/9/2013.',
    ]);
    const [first, second] = plan.rows;
    expect(first).toMatchObject({
      id: 'r1',
      areaId: 'to-chuc-bo-may',
      products: ['Bộ phận một cửa liên thông', 'Quy chế hoạt động'],
      leadUnit: 'Văn phòng HĐND và UBND huyện',
      coordinatingUnits: ['Phòng Nội vụ', 'Phòng Tài nguyên và Môi trường'],
      from: { month: 3, year: 2013 },
      to: { month: 9, year: 2013 },
      budgetVnd: 450_500_000,
    });
    expect(second).toMatchObject({
      id: 'r2',
      areaId: 'chi-dao-dieu-hanh',
      coordinatingUnits: [],
      budgetVnd: null,
    });
    expect(second?.from).toEqual({ month: null, year: null });
    expect(plan.organisation).toEqual({
      responsibilities: 'Phòng Nội vụ theo dõi, đôn đốc; kinh phí từ ngân sách huyện.',
      monitoring: '',
      funding: '',
      reporting: '',
    });
  });

  it('tells the user what to look at again', () => {
    if (!result.ok) throw new Error('unreadable');
    expect(result.notices.join('\n')).toMatch(
      /VII\. Công tác chỉ đạo, điều hành CCHC, dòng 1: không đọc được thời gian bắt đầu “quý II”/,
    );
    expect(result.notices.join('\n')).toMatch(/Mục IV của bản cũ là một đoạn văn/);
    expect(result.notices.join('\n')).toMatch(/thẩm quyền ký/);
  });

  it('is deterministic and its result writes as a normal current file', () => {
    const again = readPlanFile(JSON.stringify(v0Draft));
    expect(again).toEqual(result);
    if (!result.ok) throw new Error('unreadable');
    const reread = readPlanFile(planToJson(result.plan));
    expect(reread.ok && reread.fromVersion).toBe(3);
    expect(reread.ok && reread.plan).toEqual(result.plan);
  });

  it('drops a date it cannot read, with a notice', () => {
    const bad = readPlanFile(JSON.stringify({ ...v0Draft, issueDate: '31/02/2012' }));
    expect(bad.ok && bad.plan.document.issueDate).toBeNull();
    expect(bad.ok && bad.notices[0]).toMatch(/Không đọc được ngày ban hành “31\/02\/2012”/);
  });

  it('reports a malformed v0 file in its own terms', () => {
    const bad = readPlanFile(
      JSON.stringify({ ...v0Draft, rows: [{ ...v0Draft.rows[0], area: 9 }] }),
    );
    expect(bad.ok).toBe(false);
    expect(bad.problems[0]?.path).toBe('rows[0].area');
    expect(bad.problems[0]?.message).toMatch(
      /Không được lớn hơn 7.*\(tệp theo định dạng cũ, phiên bản 0\)$/,
    );
  });
});

describe('the migration chain', () => {
  // Synthetic versions 1 → 2 → 3, each adding one field, to prove steps run in order and stop on failure.
  const addField = (from: number, field: string): Migration => ({
    from,
    migrate: (value) => ({
      ok: true,
      value: { ...(value as object), version: from + 1, [field]: `from ${from}` },
      notices: [`${from}→${from + 1}`],
    }),
  });

  it('runs every step from the file’s version up to the target, in order', () => {
    const steps = [addField(2, 'b'), addField(1, 'a')];
    const outcome = migrate({ version: 1 }, 1, { steps, toVersion: 3 });
    expect(outcome).toEqual({
      ok: true,
      value: { version: 3, a: 'from 1', b: 'from 2' },
      notices: ['1→2', '2→3'],
    });
  });

  it('stops at a missing step or a failing one', () => {
    expect(migrate({}, 1, { steps: [addField(1, 'a')], toVersion: 3 })).toMatchObject({
      ok: false,
      problems: [
        { path: 'version', message: 'Không có cách chuyển tệp từ phiên bản 2 lên phiên bản 3.' },
      ],
    });
    const failing: Migration = {
      from: 1,
      migrate: () => ({
        ok: false,
        problems: [{ path: '', where: 'Toàn bộ tệp', message: 'hỏng' }],
      }),
    };
    expect(migrate({}, 1, { steps: [failing, addField(2, 'b')], toVersion: 3 }).ok).toBe(false);
  });

  it('has a step for every version below the current one and nothing to do for the current one', () => {
    expect(migrations.map((step) => step.from)).toEqual([0, 1, 2]);
    const plan = example('so');
    expect(migrate(plan, 3)).toEqual({ ok: true, value: plan, notices: [] });
  });
});

describe('the v1 → v2 migration', () => {
  /** A version 1 file: today's example without the template. */
  const v1 = (): Record<string, unknown> => {
    const { template: _template, ...rest } = example('huyen');
    return {
      $schema: 'https://cchc.example.org/schema/ke-hoach-cchc-v1.json',
      ...rest,
      version: 1,
    };
  };

  it('reads a v1 file as a plan on the 2012 outline, unchanged otherwise', () => {
    const result = readPlanFile(JSON.stringify(v1()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(1);
    expect(result.notices).toEqual([]);
    const { $schema, ...plan } = result.plan;
    expect(plan).toEqual(example('huyen'));
    // Carried on through v2 → v3, so the editor's link names the current schema.
    expect($schema).toBe('https://cchc.example.org/schema/ke-hoach-cchc-v3.json');
  });

  it('keeps version 1’s rules: no UBND xã, only the 2012 areas, in version 1’s words', () => {
    const file = { ...v1(), unit: { parentAgency: '', name: 'UBND xã Mẫu', type: 'xa' } };
    const result = readPlanFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ path: 'unit.type' });
    expect(result.problems[0]?.message).toMatch(/Đề cương 2012 không dành cho UBND xã, phường/);
    expect(result.problems[0]?.message).toMatch(/Chương trình 2021–2030/);
  });

  it('refuses a version 1 file that already names a template', () => {
    const result = readPlanFile(JSON.stringify({ ...v1(), template: 'chuong-trinh-2021-2030' }));
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ path: 'template' });
    expect(result.problems[0]?.message).toMatch(/sửa “version” thành 2/);
  });
});

describe('the v2 → v3 migration', () => {
  /** A version 2 file: today's example, which tracks nothing yet. */
  const v2 = (): Record<string, unknown> => ({
    $schema: 'https://cchc.example.org/schema/ke-hoach-cchc-v2.json',
    ...example('so'),
    version: 2,
  });

  it('reads a v2 file unchanged but for its version and its schema link', () => {
    const result = readPlanFile(JSON.stringify(v2()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(2);
    expect(result.notices).toEqual([]);
    const { $schema, ...plan } = result.plan;
    expect(plan).toEqual(example('so'));
    expect($schema).toBe('https://cchc.example.org/schema/ke-hoach-cchc-v3.json');
  });

  it('refuses a $schema that is not text in an old file, as in a current one', () => {
    for (const version of [1, 2]) {
      const file = version === 1 ? { ...v2(), version: 1, template: undefined } : v2();
      const result = readPlanFile(JSON.stringify({ ...file, $schema: null }));
      expect(result.ok, `version ${version}`).toBe(false);
      expect(result.problems[0]).toMatchObject({ path: '$schema' });
    }
  });

  it('keeps a link to some other schema as written', () => {
    const result = readPlanFile(JSON.stringify({ ...v2(), $schema: 'https://x.example/s.json' }));
    expect(result.ok && result.plan.$schema).toBe('https://x.example/s.json');
  });

  it('refuses a v2 file that already carries version 3 fields, and says to fix the version', () => {
    const withReporting = readPlanFile(JSON.stringify({ ...v2(), reporting: {} }));
    expect(withReporting.ok).toBe(false);
    expect(withReporting.problems[0]).toMatchObject({ path: 'reporting' });
    expect(withReporting.problems[0]?.message).toMatch(/sửa “version” thành 3/);
    const plan = v2() as { rows: Record<string, unknown>[] };
    plan.rows[1]!.progress = { status: 'done' };
    const withProgress = readPlanFile(JSON.stringify(plan));
    expect(withProgress.ok).toBe(false);
    expect(withProgress.problems[0]).toMatchObject({ path: 'rows[1].progress' });
  });
});
