/**
 * Where the checker's findings show in the builder, and where their links lead: every finding
 * shows where its link takes the user (GOV.UK: the message in the field's group, or at the top
 * of the section for a finding about a whole part of the plan). Loaded with the sections, not at
 * start-up.
 */
import { computed } from 'nanostores';
import type { Finding } from '../plan/rules/types.ts';
import type { AreaId } from '../plan/templates.ts';
import { fieldId } from '../ui/form/ids.ts';
import type { Route } from './navigation.ts';
import { sectionById, sectionOfPath } from './sections.ts';
import { $findings, $showFindings } from './stores/checks.ts';

/** The plan's parts that hold fields of their own; any other head (planYear, objectives) is a field. */
const parts = /^(unit|document|provincePlan|tasks|organisation|inspectionPlan|disseminationPlan)$/;

/**
 * A row's field (`rows[2].to`), or one of its progress (`rows[2].progress.status`), which the
 * tracking section edits one control at a time; a report's field of one period
 * (`reporting.reports.quy-3.sentOn`, `reporting.calendar.nam.deadline`).
 */
const rowField = /^\[\d+\](\.progress\.[a-zA-Z]+|\.[a-zA-Z]+)?/;
const reportingField = /^\.(calendar|reports)\.[a-z0-9-]+\.[a-zA-Z]+/;

/**
 * Where a finding shows, and what its link focuses. A finding shows in the group of the field
 * that edits its path or a path around it: `rows[2].to.year` in the group of `rows[2].to`,
 * `objectives[0]` in that of `objectives`. A part of the plan with no field of its own (`rows`, a
 * row, `inspectionPlan`) shows it at the top of its section. The link focuses `fieldId(path)`:
 * the control of that part of the group (the year, the first objective), or the group, or the
 * block at the top of the section, each of which has that id.
 */
export function findingPlace(path: string): { shownAt: string; focus: string } {
  const [, head = '', rest = ''] = /^([a-zA-Z]*)(.*)$/.exec(path) ?? [];
  const inner =
    head === 'rows'
      ? rowField.exec(rest)
      : head === 'reporting'
        ? reportingField.exec(rest)
        : parts.test(head)
          ? /^\.[^.[]+/.exec(rest) // a part's field: document.recipients
          : null;
  return { shownAt: head + (inner?.[0] ?? ''), focus: fieldId(path) };
}

/** Where to go, and what to focus, to fix a finding. */
export function findingTarget(
  finding: Finding,
  draftId: string,
  areaOfRow: (rowId: string) => AreaId | undefined,
): { route: Route; focus: string } {
  const section = sectionOfPath(finding.path);
  const { focus } = findingPlace(finding.path);
  if (sectionById(section).nested && finding.rowId) {
    const areaId = areaOfRow(finding.rowId);
    return { route: { draftId, section, areaId, rowId: finding.rowId }, focus };
  }
  return { route: { draftId, section }, focus };
}

/**
 * Findings by the place that shows them (`findingPlace`): a field's group, with those about its
 * parts, or a block at the top of a section. None until the user has asked for a check.
 */
export const $findingsByPlace = computed([$findings, $showFindings], (findings, show) => {
  const byPlace = new Map<string, Finding[]>();
  if (!show) return byPlace;
  for (const finding of findings) {
    const { shownAt } = findingPlace(finding.path);
    const list = byPlace.get(shownAt);
    if (list) list.push(finding);
    else byPlace.set(shownAt, [finding]);
  }
  return byPlace;
});
