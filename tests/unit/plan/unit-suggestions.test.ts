/** The unit names the builder suggests for a plan: used names and the register's, for its date. */
import { describe, expect, it } from 'vitest';
import type { UnitType } from '../../../src/outline/schema.ts';
import { createPlan } from '../../../src/plan/create.ts';
import { checkPlan, type Plan } from '../../../src/plan/index.ts';
import { planReferenceDate } from '../../../src/plan/rules/unit-exists.ts';
import { outlineTemplates } from '../../../src/plan/templates.ts';
import { unitNamesIn } from '../../../src/plan/unit-names-used.ts';
import { registeredUnits } from '../../../src/plan/unit-register.ts';
import { existsOn, unitSuggestionsFor } from '../../../src/plan/unit-suggestions.ts';
import { fold } from '../../../src/text/vietnamese.ts';
import { changed, example, exampleNames } from './fixtures.ts';

const years = [2013, 2024, 2025, 2026];
const unitRules = new Set([
  'lead-unit-single',
  'lead-unit-named',
  'coordinating-named',
  'unit-no-longer-exists',
]);
const all = ({ used, registered }: { used: string[]; registered: string[] }) => [
  ...used,
  ...registered,
];

/** Every template with each of its unit types and each year, new and as a worked example. */
function* plans(): Generator<{ label: string; plan: Plan }> {
  for (const template of outlineTemplates) {
    for (const unitType of template.unitTypes) {
      for (const planYear of years) {
        const label = `${template.id} ${unitType} ${planYear}`;
        yield { label, plan: createPlan({ unitType, planYear, template: template.id }) };
        if (!Object.hasOwn(exampleNames, unitType)) continue;
        const kind = unitType as keyof typeof exampleNames;
        yield {
          label: `${label} (example)`,
          plan: changed(kind, (plan) => {
            plan.template = template.id;
            plan.planYear = planYear;
            plan.document.issueDate = null;
          }),
        };
      }
    }
  }
}

describe('unitSuggestionsFor', () => {
  it('suggests only registered names that exist on the plan’s date and names the plan uses', () => {
    for (const { label, plan } of plans()) {
      const date = planReferenceDate(plan);
      const used = new Set(unitNamesIn(plan));
      const suggestions = unitSuggestionsFor(plan);
      expect(suggestions.registered.length, label).toBeGreaterThan(10);
      for (const name of suggestions.used) expect(used, label).toContain(name);
      for (const name of suggestions.registered) {
        const units = registeredUnits.filter((unit) => unit.name === name);
        expect(
          units.some((unit) => existsOn(unit, date)),
          `${label}: ${name}`,
        ).toBe(true);
      }
    }
  });

  it('never suggests a name that draws a unit finding, the ended-unit warning among them', () => {
    for (const { label, plan } of plans()) {
      const names = all(unitSuggestionsFor(plan));
      // One row per suggestion, so that one check reads them all.
      const checked: Plan = {
        ...plan,
        rows: names.map((leadUnit, index) => ({
          ...plan.rows[0]!,
          id: `r${index}`,
          leadUnit,
          coordinatingUnits: [],
        })),
      };
      const findings = checkPlan(checked).filter(
        (finding) => unitRules.has(finding.ruleId) && /^rows\[\d+\]\.leadUnit$/.test(finding.path),
      );
      // The examples' own names are theirs; a registered name must draw nothing at all.
      const registered = new Set(unitSuggestionsFor(plan).registered);
      const onRegistered = findings.filter((finding) =>
        registered.has(names[Number(/\d+/.exec(finding.path)![0])]!),
      );
      expect(onRegistered, label).toEqual([]);
      expect(
        findings.filter((finding) => finding.ruleId === 'unit-no-longer-exists'),
        label,
      ).toEqual([]);
    }
  });

  it('always includes the names the plan uses that still exist, and lists none twice', () => {
    for (const { label, plan } of plans()) {
      const suggestions = unitSuggestionsFor(plan);
      const keys = all(suggestions).map((name) => fold(name).replace(/\s+/g, ' '));
      expect(new Set(keys).size, label).toBe(keys.length);
      const written = unitNamesIn(plan);
      const asLeadUnits: Plan = {
        ...plan,
        unit: { ...plan.unit, name: '' },
        rows: written.map((leadUnit, index) => ({
          ...plan.rows[0]!,
          id: `r${index}`,
          leadUnit,
          coordinatingUnits: [],
        })),
      };
      const ended = new Set(
        checkPlan(asLeadUnits)
          .filter(
            (finding) =>
              finding.ruleId === 'unit-no-longer-exists' &&
              /^rows\[\d+\]\.leadUnit$/.test(finding.path),
          )
          .map((finding) => written[Number(/\d+/.exec(finding.path)![0])]),
      );
      for (const name of written) {
        if (ended.has(name)) expect(suggestions.used, `${label}: ${name}`).not.toContain(name);
        else expect(suggestions.used, `${label}: ${name}`).toContain(name);
      }
    }
  });

  it('offers each unit type its own offices and the province’s current departments', () => {
    const names = (unitType: UnitType, planYear: number, issueDate: string | null = null) => {
      const plan = createPlan({ unitType, planYear, template: 'chuong-trinh-2021-2030' });
      plan.document.issueDate = issueDate;
      return unitSuggestionsFor(plan).registered;
    };
    const so2013 = names('so', 2013);
    expect(so2013).toEqual(
      expect.arrayContaining(['Sở Kế hoạch và Đầu tư', 'Văn phòng Sở', 'Thanh tra Sở']),
    );
    expect(so2013).toContain('Ban Quản lý các Khu công nghiệp');
    expect(so2013).not.toContain('Sở Nông nghiệp và Môi trường');
    expect(so2013).not.toContain('Phòng Nội vụ');

    const huyen2024 = names('huyen', 2024);
    expect(huyen2024).toEqual(expect.arrayContaining(['Phòng Nội vụ', 'Sở Kế hoạch và Đầu tư']));
    expect(huyen2024).not.toContain('Phòng Văn hóa - Xã hội');
    expect(huyen2024).not.toContain('Phòng Cải cách hành chính');

    // Issued after the merger: judged on that day, not on the first of the year.
    const so2025 = names('so', 2025, '2025-03-15');
    expect(so2025).toContain('Sở Nông nghiệp và Môi trường');
    expect(so2025).not.toContain('Sở Kế hoạch và Đầu tư');
    expect(names('so', 2025)).toContain('Sở Kế hoạch và Đầu tư');

    const xa2026 = names('xa', 2026);
    expect(xa2026).toEqual(
      expect.arrayContaining([
        'Sở Tài chính',
        'Phòng Kinh tế, Hạ tầng và Đô thị',
        'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
        'Trung tâm Phục vụ hành chính công',
      ]),
    );
    for (const gone of ['Sở Kế hoạch và Đầu tư', 'Phòng Nội vụ', 'Thanh tra Sở', 'Văn phòng Sở'])
      expect(xa2026).not.toContain(gone);

    // A district plan for 2026 (which the checker warns about) keeps no district office.
    expect(names('huyen', 2026)).not.toContain('Phòng Nội vụ');
  });

  it('compares names folded: a name the plan writes without accents stands for the official one', () => {
    const plan = changed('so', (plan) => {
      plan.rows[0]!.leadUnit = 'So Noi vu';
      plan.rows[1]!.coordinatingUnits = ['Sở Nội vụ', 'so tai chinh'];
    });
    const { used, registered } = unitSuggestionsFor(plan);
    expect(used).toEqual(expect.arrayContaining(['So Noi vu', 'so tai chinh']));
    expect([...used, ...registered].filter((name) => fold(name) === 'so noi vu')).toHaveLength(1);
    expect(registered).not.toContain('Sở Tài chính');
  });

  it('leaves out a used name that no longer exists on the plan’s date, and suggests the lead units', () => {
    const plan = changed('xa', (plan) => {
      plan.rows[0]!.leadUnit = 'Sở Kế hoạch và Đầu tư';
      plan.rows[1]!.coordinatingUnits = ['Phòng Nội vụ huyện Mẫu Sơn'];
      plan.inspectionPlan = { scope: '', targets: [], timing: '', leadUnit: 'Tổ kiểm tra CCHC' };
    });
    const { used } = unitSuggestionsFor(plan);
    expect(used).not.toContain('Sở Kế hoạch và Đầu tư');
    expect(used).not.toContain('Phòng Nội vụ huyện Mẫu Sơn');
    expect(used).toContain('Tổ kiểm tra CCHC');
    expect(used).toContain(plan.unit.name);
  });

  it('answers again when a name, the date or the unit type changes, and not otherwise', () => {
    const plan = example('xa');
    const first = unitSuggestionsFor(plan);
    expect(unitSuggestionsFor({ ...plan, organisation: { ...plan.organisation } })).toBe(first);
    const renamed = changed('xa', (plan) => (plan.rows[0]!.leadUnit = 'Tổ công tác CCHC'));
    expect(unitSuggestionsFor(renamed).used).toContain('Tổ công tác CCHC');
    const earlier = changed('xa', (plan) => {
      plan.planYear = 2024;
      plan.document.issueDate = '2023-12-20';
    });
    expect(unitSuggestionsFor(earlier).registered).toContain('Sở Kế hoạch và Đầu tư');
    const so = changed('xa', (plan) => (plan.unit.type = 'so'));
    expect(unitSuggestionsFor(so).registered).toContain('Văn phòng Sở');
    expect(unitSuggestionsFor(plan)).toEqual(first);
  });
});
