/**
 * Where each finding shows and what its link focuses (`findingPlace`): the field that edits its
 * path or a path around it, or the top of its section, and the element with `fieldId(path)`,
 * which the group it shows in names its control (or itself) with.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingPlace, findingTarget } from '../../../src/builder/finding-place.ts';
import type { Finding } from '../../../src/plan/rules/types.ts';
import { checkPlan } from '../../../src/plan/rules/index.ts';
import { fieldId, partOf } from '../../../src/ui/form/ids.ts';
import { example, exampleNames } from '../plan/fixtures.ts';

describe('findingPlace', () => {
  it('shows a finding in the group of its field, with the control of its part focused', () => {
    const cases: [path: string, shownAt: string, focus: string][] = [
      ['unit.name', 'unit.name', 'f-unit-name'],
      ['planYear', 'planYear', 'f-planYear'],
      ['document.issueDate', 'document.issueDate', 'f-document-issueDate'],
      ['document.recipients[2]', 'document.recipients', 'f-document-recipients-2'],
      ['tasks.hien-dai-hoa', 'tasks.hien-dai-hoa', 'f-tasks-hien-dai-hoa'],
      ['objectives', 'objectives', 'f-objectives'],
      ['objectives[0]', 'objectives', 'f-objectives-0'],
      ['rows[9].to.year', 'rows[9].to', 'f-rows-9-to-year'],
      ['rows[5].to', 'rows[5].to', 'f-rows-5-to'],
      ['rows[7].coordinatingUnits[0]', 'rows[7].coordinatingUnits', 'f-rows-7-coordinatingUnits-0'],
      ['inspectionPlan.targets[1]', 'inspectionPlan.targets', 'f-inspectionPlan-targets-1'],
      ['rows[4].progress.status', 'rows[4].progress.status', 'f-rows-4-progress-status'],
      ['rows[4].progress.note', 'rows[4].progress.note', 'f-rows-4-progress-note'],
      [
        'rows[4].progress.completedOn',
        'rows[4].progress.completedOn',
        'f-rows-4-progress-completedOn',
      ],
      ['rows[4].progress.evidence[2]', 'rows[4].progress.evidence', 'f-rows-4-progress-evidence-2'],
      [
        'reporting.reports.quy-3.sentOn',
        'reporting.reports.quy-3.sentOn',
        'f-reporting-reports-quy-3-sentOn',
      ],
      [
        'reporting.calendar.nam.deadline',
        'reporting.calendar.nam.deadline',
        'f-reporting-calendar-nam-deadline',
      ],
    ];
    for (const [path, shownAt, focus] of cases) {
      expect(findingPlace(path), path).toEqual({ shownAt, focus });
    }
  });

  it('shows a finding about a part with no field of its own at the top of its section', () => {
    expect(findingPlace('rows')).toEqual({ shownAt: 'rows', focus: 'f-rows' });
    expect(findingPlace('rows[3]')).toEqual({ shownAt: 'rows[3]', focus: 'f-rows-3' });
    expect(findingPlace('rows[3].progress')).toEqual({
      shownAt: 'rows[3].progress',
      focus: 'f-rows-3-progress',
    });
    expect(findingPlace('reporting')).toEqual({ shownAt: 'reporting', focus: 'f-reporting' });
    expect(findingPlace('inspectionPlan')).toEqual({
      shownAt: 'inspectionPlan',
      focus: 'f-inspectionPlan',
    });
    expect(findingPlace('')).toEqual({ shownAt: '', focus: 'f-plan' });
  });

  it('focuses, for every finding of every example, an element inside the group that shows it', () => {
    for (const kind of Object.keys(exampleNames) as (keyof typeof exampleNames)[]) {
      for (const finding of checkPlan(example(kind))) {
        const { shownAt, focus } = findingPlace(finding.path);
        expect(finding.path.startsWith(shownAt), finding.path).toBe(true);
        const part = partOf(finding.path.slice(shownAt.length));
        // The group names its controls `${fieldId(field)}-${part}`, and itself `fieldId(field)`.
        expect(focus, finding.path).toBe(part ? `${fieldId(shownAt)}-${part}` : fieldId(shownAt));
      }
    }
  });
});

describe('findingTarget', () => {
  const finding = (path: string, rowId?: string): Finding => ({
    citation: {} as Finding['citation'],
    ruleId: 'progress-test',
    severity: 'loi',
    message: 'm',
    path,
    where: 'w',
    ...(rowId ? { rowId } : {}),
  });
  const areaOfRow = () => 'cai-cach-the-che' as const;

  it('leads a finding on a task’s progress to that task in the tracking section, opened', () => {
    expect(findingTarget(finding('rows[2].progress.result', 'r2'), 'd', areaOfRow)).toEqual({
      route: {
        draftId: 'd',
        section: 'theo-doi-thuc-hien',
        areaId: 'cai-cach-the-che',
        rowId: 'r2',
      },
      focus: 'f-rows-2-progress-result',
    });
    expect(findingTarget(finding('rows[2].leadUnit', 'r2'), 'd', areaOfRow).route.section).toBe(
      'ke-hoach-trien-khai',
    );
    expect(findingTarget(finding('reporting.reports.nam.sentOn'), 'd', areaOfRow)).toEqual({
      route: { draftId: 'd', section: 'lap-bao-cao' },
      focus: 'f-reporting-reports-nam-sentOn',
    });
  });
});

describe('fieldId', () => {
  it('names a part of a field after the field, so a link and the group agree', () => {
    const name = fc.stringMatching(/^[a-zA-Z][a-zA-Z-]{0,10}$/);
    const segment = fc.oneof(
      name.map((n) => `.${n}`),
      fc.nat(400).map((i) => `[${i}]`),
    );
    fc.assert(
      fc.property(
        name,
        fc.array(segment, { maxLength: 3 }),
        fc.array(segment, { minLength: 1, maxLength: 2 }),
        (head, inner, rest) => {
          const field = head + inner.join('');
          const tail = rest.join('');
          expect(fieldId(field + tail)).toBe(`${fieldId(field)}-${partOf(tail)}`);
        },
      ),
    );
  });
});
