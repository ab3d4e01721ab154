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
import { defaultCalendar } from '../../../src/plan/progress/index.ts';
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

  it('gives a row’s progress to the tracking section, and its other fields to section III', () => {
    const rowFields = Object.keys(
      (
        planJsonSchema() as {
          properties: { rows: { items: { properties: Record<string, unknown> } } };
        }
      ).properties.rows.items.properties,
    );
    expect(rowFields).toContain('progress');
    for (const field of rowFields) {
      expect(sectionOfPath(`rows[4].${field}`), field).toBe(
        field === 'progress' ? 'theo-doi-thuc-hien' : 'ke-hoach-trien-khai',
      );
    }
    expect(sectionOfPath('rows[12].progress.note')).toBe('theo-doi-thuc-hien');
    expect(sectionOfPath('rows[12].progressive')).toBe('ke-hoach-trien-khai');
    expect(sectionOfPath('rows')).toBe('ke-hoach-trien-khai');
    expect(sectionOfPath('reporting.reports.quy-3.sentOn')).toBe('lap-bao-cao');
    expect(sectionOfPath('nothingKnown')).toBe('thong-tin-chung');
  });

  it('sends every finding of every example to the section that owns its field', () => {
    for (const kind of Object.keys(exampleNames) as (keyof typeof exampleNames)[]) {
      for (const finding of checkPlan(example(kind))) {
        const section = sectionById(sectionOfPath(finding.path));
        const general = finding.path.replace(/\[\d+\]/g, '[]');
        expect(
          section.owns.some(
            (field) =>
              general === field ||
              (/^[.[]/.test(general.slice(field.length)) && general.startsWith(field)),
          ),
          finding.path,
        ).toBe(true);
      }
    }
  });

  it('lets only section III and the tracking go on to an area and a row', () => {
    for (const section of sections) {
      const route = parseRoute(`#/d/${section.id}/cai-cach-the-che/r1`);
      expect(route.rowId, section.id).toBe(section.nested ? 'r1' : undefined);
    }
    expect(sections.filter((section) => section.nested).map((section) => section.id)).toEqual([
      'ke-hoach-trien-khai',
      'theo-doi-thuc-hien',
    ]);
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
      // The example is a plan as issued: nothing carried out or reported yet.
      expect(sectionStatus(section, plan, findings, true), section.id).toBe(
        section.carryOut ? 'khong-bat-buoc' : 'da-xong',
      );
    }
  });

  it('follows the marks: tracking done once every task is updated, reports once all four are sent', () => {
    const plan = example('so');
    const progress = {
      status: 'done' as const,
      completedOn: '2013-03',
      result: 'x',
      evidence: [],
      note: '',
    };
    const some = {
      ...plan,
      rows: plan.rows.map((row, i) => (i === 0 ? { ...row, progress } : row)),
    };
    const all = { ...plan, rows: plan.rows.map((row) => ({ ...row, progress })) };
    const tracking = sectionById('theo-doi-thuc-hien');
    expect(sectionStatus(tracking, some, [], false)).toBe('dang-soan');
    expect(sectionStatus(tracking, all, [], false)).toBe('da-xong');
    expect(tracking.summary!(some, computeTotals(some))).toBe(
      `1/${plan.rows.length} nhiệm vụ đã cập nhật tiến độ`,
    );
    const report = {
      sentOn: '2013-03-19',
      highlights: '',
      shortcomings: '',
      nextSteps: '',
      proposals: '',
    };
    const reporting = {
      calendar: defaultCalendar(2013),
      reports: { 'quy-1': report, '6-thang': report, 'quy-3': report },
    };
    const reports = sectionById('lap-bao-cao');
    expect(sectionStatus(reports, { ...plan, reporting }, [], false)).toBe('dang-soan');
    expect(reports.summary!({ ...plan, reporting }, computeTotals(plan))).toBe(
      '3/4 báo cáo đã gửi',
    );
    const allSent = {
      ...plan,
      reporting: { ...reporting, reports: { ...reporting.reports, nam: report } },
    };
    expect(sectionStatus(reports, allSent, [], false)).toBe('da-xong');
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
