/**
 * The registry of sections (`src/builder/sections.ts`): every field of the plan file belongs to
 * exactly one section, so every finding leads somewhere; statuses follow what the plan holds.
 */
import { describe, expect, it } from 'vitest';
import { sectionById, sectionOfPath, sections } from '../../../src/builder/sections.ts';
import { parseRoute, routeHash } from '../../../src/builder/navigation.ts';
import { sectionStatus } from '../../../src/builder/status.ts';
import { planJsonSchema } from '../../../src/plan/json-schema.ts';
import { createPlan } from '../../../src/plan/create.ts';
import { checkPlan } from '../../../src/plan/rules/index.ts';
import { computeTotals } from '../../../src/plan/totals.ts';
import { formatVnd } from '../../../src/plan/vi-format.ts';
import { example, exampleNames } from '../plan/fixtures.ts';

/** Fields of the file about the file itself, which no section shows. */
const fileFields = ['$schema', 'format', 'version'];

describe('the registry of sections', () => {
  it('has one entry per id and per title, each reachable by its address', () => {
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    expect(new Set(sections.map((s) => s.title)).size).toBe(sections.length);
    for (const section of sections) {
      expect(sectionById(section.id)).toBe(section);
      expect(parseRoute(routeHash({ draftId: 'd', section: section.id }))).toEqual({
        draftId: 'd',
        section: section.id,
      });
    }
    expect(parseRoute('#/d/khong-co-phan-nay')).toEqual({ draftId: 'd', section: undefined });
  });

  it('gives every field of the plan file to exactly one section', () => {
    const properties = Object.keys(
      (planJsonSchema() as { properties: Record<string, unknown> }).properties,
    ).filter((field) => !fileFields.includes(field));
    expect(properties.length).toBeGreaterThan(8);
    for (const field of properties) {
      const owners = sections.filter((s) => (s.owns as readonly string[]).includes(field));
      expect(
        owners.map((s) => s.id),
        field,
      ).toHaveLength(1);
      expect(sectionOfPath(`${field}[0].x`)).toBe(owners[0]!.id);
    }
  });

  it('sends every finding of every example to the section that owns its field', () => {
    for (const kind of Object.keys(exampleNames) as (keyof typeof exampleNames)[]) {
      for (const finding of checkPlan(example(kind))) {
        const section = sectionById(sectionOfPath(finding.path));
        const head = /^[a-zA-Z]+/.exec(finding.path)![0];
        expect(section.owns, finding.path).toContain(head);
      }
    }
  });

  it('lets only section III go on to an area and a row', () => {
    for (const section of sections) {
      const route = parseRoute(`#/d/${section.id}/cai-cach-the-che/r1`);
      expect(route.rowId, section.id).toBe(section.nested ? 'r1' : undefined);
    }
  });

  it('summarises every section that edits the plan, and only those', () => {
    const plan = example('so');
    const totals = computeTotals(plan);
    for (const section of sections) {
      expect(!!section.summary, section.id).toBe(!!section.completion);
      const line = section.summary?.(plan, totals);
      if (line !== undefined) expect(line.normalize('NFC')).toBe(line);
    }
    expect(sectionById('ke-hoach-trien-khai').summary!(plan, totals)).toBe(
      `${plan.rows.length} nhiệm vụ · tổng kinh phí ${formatVnd(totals.budgetVnd)}`,
    );
    expect(sectionById('nhiem-vu').summary!(plan, totals)).toBe('7/7 lĩnh vực có nội dung');
    expect(sectionById('to-chuc-thuc-hien').summary!(plan, totals)).toBe('4/4 nội dung đã điền');
  });
});

describe('section status', () => {
  const fresh = createPlan({ unitType: 'so', planYear: 2013 });

  it('starts at "not begun", optional ones at "not required", the review unchecked', () => {
    // A new plan comes with the signer's title of its unit type: its first section is begun.
    expect(fresh.document.signerTitle).not.toBe('');
    for (const section of sections) {
      expect(sectionStatus(section, fresh, [], false), section.id).toBe(
        section.id === 'thong-tin-chung'
          ? 'dang-soan'
          : section.optional
            ? 'khong-bat-buoc'
            : 'chua-bat-dau',
      );
    }
  });

  it('is done for every section of a complete example once checked', () => {
    const plan = example('so');
    const findings = checkPlan(plan);
    expect(findings.filter((f) => f.severity === 'loi')).toEqual([]);
    for (const section of sections) {
      expect(sectionStatus(section, plan, findings, true), section.id).toBe('da-xong');
    }
  });

  it('marks a lỗi in the section of its field, and on the review, only after a check', () => {
    const plan = example('training');
    const findings = checkPlan(plan);
    const withErrors = new Set(
      findings.filter((f) => f.severity === 'loi').map((f) => sectionOfPath(f.path)),
    );
    for (const section of sections) {
      const expected = withErrors.has(section.id) || !section.completion;
      expect(sectionStatus(section, plan, findings, true) === 'co-loi', section.id).toBe(expected);
      expect(sectionStatus(section, plan, findings, false), section.id).not.toBe('co-loi');
    }
  });
});
