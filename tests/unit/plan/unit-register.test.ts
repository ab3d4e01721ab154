/**
 * The register of unit names (content/units/register.json) and what the checker does with it:
 * every official name and abbreviation is one unit, registered names joined are that many units,
 * and a unit that no longer exists is warned about from the day it stopped, with its successor.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import registerJson from '../../../content/units/register.json' with { type: 'json' };
import sourcesJson from '../../../content/units/sources.json' with { type: 'json' };
import { checkPlan, readUnitName, type Plan } from '../../../src/plan/index.ts';
import {
  registeredUnitById,
  registeredUnits,
  type RegisteredUnit,
} from '../../../src/plan/unit-register.ts';
import { registeredUnitSchema, unitSourceSchema } from '../../../src/plan/unit-register-schema.ts';
import { fold } from '../../../src/text/vietnamese.ts';
import { changed } from './fixtures.ts';

const units = registeredUnits;
const sources = z.array(unitSourceSchema).parse(sourcesJson);
/** Every way the register writes a unit: its name and each abbreviation. */
const written = units.flatMap((unit) =>
  [unit.name, ...(unit.abbreviations ?? [])].map((text) => ({ text, unit })),
);
const unitRules = new Set(['lead-unit-single', 'lead-unit-named', 'coordinating-named']);

/** A small deterministic generator (mulberry32), so that the sample is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dayAfter = (iso: string): string => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

describe('the register’s data', () => {
  it('matches its schema, with unique ids, NFC text, known sources and successors', () => {
    expect(() => z.array(registeredUnitSchema).parse(registerJson)).not.toThrow();
    const sourceIds = new Set(sources.map((source) => source.id));
    expect(sourceIds.size).toBe(sources.length);
    expect(registeredUnitById.size).toBe(units.length);
    for (const data of [registerJson, sourcesJson])
      expect(JSON.stringify(data).normalize('NFC')).toBe(JSON.stringify(data));
    for (const unit of units) {
      expect(unit.sources.length, unit.id).toBeGreaterThan(0);
      for (const { source } of unit.sources) expect(sourceIds, unit.id).toContain(source);
      if (unit.validFrom && unit.validTo) expect(unit.validFrom < unit.validTo).toBe(true);
      const replacement = unit.replacedBy;
      expect(replacement === undefined, unit.id).toBe(unit.validTo === undefined);
      if (replacement === undefined) continue;
      expect(sourceIds).toContain(replacement.source);
      expect(replacement.date, unit.id).toBe(dayAfter(unit.validTo!));
      expect((replacement.successors?.length ?? 0) + (replacement.advice ? 1 : 0)).toBeGreaterThan(
        0,
      );
      for (const id of replacement.successors ?? []) {
        const successor = registeredUnitById.get(id);
        expect(successor, `${unit.id} → ${id}`).toBeDefined();
        // A successor exists on the day it takes over.
        expect(successor!.validTo === undefined || successor!.validTo >= replacement.date).toBe(
          true,
        );
        expect((successor!.validFrom ?? '0000') <= replacement.date).toBe(true);
      }
    }
  });

  it('covers the sở of Nghị định 150/2025/NĐ-CP and the 2025 mergers the issue names', () => {
    const current = units.filter((unit) => unit.kind === 'so' && unit.validTo === undefined);
    const uniform = [
      'Sở Nội vụ',
      'Sở Tư pháp',
      'Sở Tài chính',
      'Sở Công Thương',
      'Sở Nông nghiệp và Môi trường',
      'Sở Xây dựng',
      'Sở Khoa học và Công nghệ',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Giáo dục và Đào tạo',
      'Sở Y tế',
      'Thanh tra tỉnh',
      'Văn phòng Ủy ban nhân dân tỉnh',
    ];
    for (const name of uniform) expect(current.map((unit) => unit.name)).toContain(name);
    const mergedInto = (name: string) =>
      units
        .find((unit) => unit.name === name)
        ?.replacedBy?.successors?.map((id) => registeredUnitById.get(id)?.name);
    expect(mergedInto('Sở Kế hoạch và Đầu tư')).toEqual(['Sở Tài chính']);
    expect(mergedInto('Sở Giao thông vận tải')).toEqual(['Sở Xây dựng']);
    expect(mergedInto('Sở Tài nguyên và Môi trường')).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(mergedInto('Sở Nông nghiệp và Phát triển nông thôn')).toEqual([
      'Sở Nông nghiệp và Môi trường',
    ]);
    expect(mergedInto('Sở Thông tin và Truyền thông')).toEqual(['Sở Khoa học và Công nghệ']);
    expect(mergedInto('Sở Lao động - Thương binh và Xã hội')).toEqual(['Sở Nội vụ']);
    expect(mergedInto('Ban Dân tộc')).toEqual(['Sở Dân tộc và Tôn giáo']);
  });

  it('is explained on the programme’s page: every 2025 merger, with its successor and sources', () => {
    const page = readFileSync(
      new URL('../../../content/outline/chuong-trinh-2021-2030.mdx', import.meta.url),
      'utf8',
    );
    const section = page.slice(page.indexOf('## Tên đơn vị sau sắp xếp năm 2025'));
    expect(section.length).toBeGreaterThan(500);
    for (const unit of units) {
      const how = unit.replacedBy?.how;
      if (how !== 'hop-nhat' && how !== 'to-chuc-lai') continue;
      expect(section).toContain(unit.name);
      for (const id of unit.replacedBy?.successors ?? [])
        expect(section).toContain(registeredUnitById.get(id)!.name);
    }
    for (const id of ['nd-24-2014', 'nd-107-2020', 'nd-45-2025', 'nd-150-2025', 'luat-72-2025']) {
      const label = sources.find((source) => source.id === id)!.label;
      expect(section).toContain(label.replace(/^(Nghị định|Luật [^s]+?) số /, ''));
    }
  });
});

/** The reading without the register's own details: what the unit rules look at. */
const shape = (name: string) => {
  const { units: parts, group, vague } = readUnitName(name);
  return { units: parts, group, vague };
};

describe('a registered name alone', () => {
  it.each(written.map(({ text, unit }) => [text, unit] as const))(
    '“%s” is one unit, found in the register, with or without accents and in capitals',
    (text, unit) => {
      for (const typed of [text, fold(text), text.toUpperCase(), `  ${text}. `]) {
        expect(shape(typed), typed).toEqual({ units: [] });
        const known = readUnitName(typed).known ?? [];
        expect(known).toHaveLength(1);
        expect(known[0]!.units).toContain(unit);
      }
    },
  );

  it('draws no unit finding as a lead or coordinating unit, in the year it exists', () => {
    for (const { text, unit } of written) {
      const year = Number((unit.validTo ?? unit.validFrom ?? '2013').slice(0, 4));
      const plan = changed('so', (p) => {
        p.planYear = year;
        p.document.issueDate = null;
        p.rows[0]!.leadUnit = text;
        p.rows[0]!.coordinatingUnits = [text === 'Sở Tư pháp' ? 'Sở Y tế' : 'Sở Tư pháp', text];
      });
      const findings = checkPlan(plan).filter(
        (finding) =>
          finding.path.startsWith('rows[0].') &&
          (unitRules.has(finding.ruleId) || finding.ruleId === 'unit-no-longer-exists'),
      );
      expect(findings, text).toEqual([]);
    }
  });

  it('keeps its place after a locality: “Sở Nội vụ tỉnh Mẫu”, “UBND xã Mẫu Đông”', () => {
    for (const name of [
      'Sở Nội vụ tỉnh Mẫu',
      'Phòng Tư pháp huyện Mẫu Sơn',
      'UBND xã Mẫu Đông',
      'Văn phòng HĐND và UBND phường',
      'Trung tâm Phục vụ hành chính công phường Mẫu Đông',
      'Ban Quản lý các Khu công nghiệp tỉnh',
    ]) {
      expect(shape(name), name).toEqual({ units: [] });
      expect(readUnitName(name).known, name).toHaveLength(1);
    }
  });

  it('finds what people type for the names the issue lists', () => {
    const idOf = (typed: string) => readUnitName(typed).known?.[0]?.units.map((unit) => unit.id);
    expect(idOf('Sở TN&MT')).toEqual(['so-tai-nguyen-va-moi-truong']);
    expect(idOf('So TN va MT')).toEqual(['so-tai-nguyen-va-moi-truong']);
    expect(idOf('Sở KH&ĐT')).toEqual(['so-ke-hoach-va-dau-tu']);
    expect(idOf('so ke hoach va dau tu')).toEqual(['so-ke-hoach-va-dau-tu']);
    expect(idOf('VP HĐND-UBND')).toContain('van-phong-hdnd-va-ubnd-xa');
    expect(idOf('TT PVHCC')).toEqual(['trung-tam-phuc-vu-hanh-chinh-cong']);
    expect(idOf('Trung tâm PVHCC')).toEqual(['trung-tam-phuc-vu-hanh-chinh-cong']);
    expect(idOf('BQL các KCN')).toEqual(['ban-quan-ly-cac-khu-cong-nghiep']);
    expect(idOf('ban quan ly cac khu cong nghiep')).toEqual(['ban-quan-ly-cac-khu-cong-nghiep']);
    expect(idOf('Văn phòng UBND tỉnh')).toEqual(['van-phong-ubnd-tinh']);
  });

  it('is no excuse for what is around it: the shape rules read the rest', () => {
    expect(shape('Ban Quản lý các Khu công nghiệp và các đơn vị liên quan').vague).toBe(
      'liên quan',
    );
    expect(shape('UBND các xã, thị trấn').group).toBe('các xã, thị trấn');
    expect(shape('Sở Tư pháp, Phòng A của Sở').units).toEqual(['Sở Tư pháp', 'Phòng A của Sở']);
  });
});

describe('registered names joined', () => {
  const joins = [' và ', ', ', '; ', '\n'];
  const expectTwo = (a: string, b: string, join: string) => {
    const reading = readUnitName(`${a}${join}${b}`);
    expect(reading.units, JSON.stringify(`${a}${join}${b}`)).toEqual([a, b]);
    expect(reading.known).toHaveLength(2);
  };

  it('are two units: every pair of official names, with each separator', () => {
    for (const a of units)
      for (const b of units) for (const join of joins) expectTwo(a.name, b.name, join);
  });

  it('are two units: abbreviations too, each form on both sides and a seeded sample', () => {
    const forms = written.map(({ text }) => text);
    const random = seeded(16);
    const pick = () => forms[Math.floor(random() * forms.length)]!;
    for (const [index, form] of forms.entries()) {
      expectTwo(form, pick(), joins[index % joins.length]!);
      expectTwo(pick(), form, joins[(index + 1) % joins.length]!);
    }
    for (let i = 0; i < 3000; i++) expectTwo(pick(), pick(), joins[i % joins.length]!);
  });

  it('are each read back as the unit they are', () => {
    const [first, second] = readUnitName('Sở TN&MT và Sở Tư pháp').known ?? [];
    expect(first?.units.map((unit) => unit.id)).toEqual(['so-tai-nguyen-va-moi-truong']);
    expect(second?.units.map((unit) => unit.id)).toEqual(['so-tu-phap']);
  });
});

describe('the rule unit-no-longer-exists', () => {
  const withLead = (lead: string, planYear: number, issueDate: string | null): Plan =>
    changed('xa', (p) => {
      p.planYear = planYear;
      p.document.issueDate = issueDate;
      p.rows[0]!.leadUnit = lead;
    });
  const warnings = (plan: Plan) =>
    checkPlan(plan).filter(
      (finding) =>
        finding.ruleId === 'unit-no-longer-exists' && finding.path === 'rows[0].leadUnit',
    );
  const gone = units.filter(
    (unit): unit is RegisteredUnit & { validTo: string } =>
      unit.validTo !== undefined &&
      // A name another unit still bears (“Phòng Kinh tế” of a xã) is not gone.
      !units.some(
        (other) => other !== unit && other.name === unit.name && other.validTo === undefined,
      ),
  );

  it('quotes the merger the issue gives as its example', () => {
    const [finding] = warnings(withLead('Sở Kế hoạch và Đầu tư', 2026, '2025-12-20'));
    expect(finding?.severity).toBe('canh-bao');
    expect(finding?.message).toBe(
      'Sở Kế hoạch và Đầu tư đã hợp nhất vào Sở Tài chính từ 01/03/2025 (ngày có thể khác theo tỉnh): ghi Sở Tài chính.',
    );
    expect(finding?.citation.anchor).toBe('ten-don-vi-sau-sap-xep-nam-2025');
    expect(warnings(withLead('Sở KH&ĐT', 2026, null))[0]?.message).toMatch(
      /^“Sở KH&ĐT” \(Sở Kế hoạch và Đầu tư\) đã hợp nhất vào Sở Tài chính/,
    );
  });

  it.each(gone.map((unit) => [unit.name, unit] as const))(
    'warns about %s from the day it stopped, and not before',
    (_name, unit) => {
      const replacement = unit.replacedBy!;
      const year = Number(replacement.date.slice(0, 4));
      // Before: a plan for the year before, and a plan issued on its last day.
      expect(warnings(withLead(unit.name, year - 1, null))).toEqual([]);
      expect(warnings(withLead(unit.name, year, unit.validTo))).toEqual([]);
      // From the day it stopped: issued that day, and any later year.
      for (const plan of [
        withLead(unit.name, year, replacement.date),
        withLead(unit.name, year + 1, null),
      ]) {
        const [finding] = warnings(plan);
        expect(finding?.message).toContain(unit.name);
        const [, month, day] = replacement.date.split('-');
        expect(finding?.message).toContain(`${day}/${month}/${year}`);
        for (const id of replacement.successors ?? [])
          expect(finding?.message).toContain(registeredUnitById.get(id)!.name);
        if (replacement.advice) expect(finding?.message).toContain(replacement.advice);
      }
    },
  );

  it('tells a district’s office from the xã’s of the same name by its place', () => {
    expect(warnings(withLead('Phòng Kinh tế', 2026, null))).toEqual([]);
    expect(warnings(withLead('Phòng Kinh tế huyện Mẫu Sơn', 2026, null))).toHaveLength(1);
    expect(warnings(withLead('Văn phòng HĐND và UBND xã', 2026, null))).toEqual([]);
    expect(warnings(withLead('Văn phòng HĐND và UBND huyện', 2026, null))).toHaveLength(1);
  });

  it('warns about each unit of a list, coordinating units and the plan’s own unit', () => {
    const plan = changed('training', (p) => {
      p.planYear = 2026;
      p.document.issueDate = '2025-12-25';
      p.rows[0]!.coordinatingUnits = ['Sở TN&MT; Sở Tư pháp', 'Sở Y tế'];
    });
    const paths = checkPlan(plan)
      .filter((finding) => finding.ruleId === 'unit-no-longer-exists')
      .map((finding) => finding.path);
    expect(paths).toContain('unit.name');
    expect(paths.filter((path) => path === 'rows[0].coordinatingUnits[0]')).toHaveLength(1);
    expect(paths).not.toContain('rows[0].coordinatingUnits[1]');
  });
});
