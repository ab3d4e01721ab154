/**
 * The one list of the builder's sections. The task list, the review page's summary, the router
 * and the links from findings all read it: adding a section is adding one entry here.
 *
 * It is part of the builder's start-up code, so an entry holds only what the task list needs at
 * once (title, completion) and short summaries; a section's own code loads when it is opened.
 */
import type { ComponentType } from 'preact';
import type { Plan } from '../plan/schema.ts';
import { tasksDigest } from '../plan/tasks-digest.ts';
import { templateOf, type AreaId } from '../plan/templates.ts';
import type { PlanTotals } from '../plan/totals.ts';
import { formatAmount, formatDocumentDate, formatVnd } from '../plan/vi-format.ts';
import { loadRule } from '../drafts/rule.ts';

/** What the router passes a section: the area and row of section III's deeper addresses. */
export interface SectionProps {
  areaId?: AreaId;
  rowId?: string;
}

/** How far the user has got with a section (not task progress, which is the plan's execution). */
export interface Completion {
  started: boolean;
  complete: boolean;
}

export interface SectionEntry {
  /** The address segment: #/<draft>/<id>. */
  id: string;
  title: string;
  /**
   * The plan fields it edits: top-level ones (`objectives` for `objectives[2]`), or a field of
   * every row (`rows[].progress`); a finding on one of them leads here, to the section naming it
   * most closely. The first section also takes any path no section names.
   */
  owns: readonly string[];
  /** Its code, with the rule every edit is checked against (an edit always starts in a section). */
  load: () => Promise<ComponentType<SectionProps>>;
  /** Absent for the review, which edits nothing. */
  completion?: (plan: Plan) => Completion;
  /** Not started is "Không bắt buộc" rather than "Chưa bắt đầu". */
  optional?: boolean;
  /** Its address goes on to an area and a row (#/<draft>/<id>/<area>/<row>). */
  nested?: boolean;
  /** Its line in the review page's summary of the plan. */
  summary?: (plan: Plan, totals: PlanTotals) => string;
  /** Used through the year once the plan is issued: the task list shows it apart. */
  carryOut?: boolean;
}

const withRule =
  (load: () => Promise<ComponentType<SectionProps>>) => (): Promise<ComponentType<SectionProps>> =>
    Promise.all([load(), loadRule()]).then(([loaded]) => loaded);

const filled = (text: string | null | undefined): boolean => !!text && text.trim() !== '';
const completion = (started: boolean, complete: boolean): Completion => ({ started, complete });
const allFilled = (texts: readonly (string | null | undefined)[]): Completion =>
  completion(texts.some(filled), texts.every(filled));

const sentReports = (plan: Plan): number =>
  Object.values(plan.reporting?.reports ?? {}).filter((report) => report?.sentOn).length;

const entries = [
  {
    id: 'thong-tin-chung',
    title: 'Thông tin chung',
    owns: ['unit', 'document', 'planYear', 'template', 'provincePlan'],
    load: withRule(() => import('./components/UnitSection.tsx').then((m) => m.UnitSection)),
    completion: (plan) =>
      allFilled([
        plan.unit.parentAgency,
        plan.unit.name,
        plan.document.place,
        plan.document.issueDate,
        plan.document.signerTitle,
        plan.document.signerName,
      ]),
    summary: (plan) =>
      `${plan.unit.name || 'Chưa có tên đơn vị'} · Kế hoạch năm ${plan.planYear} · ${formatDocumentDate(plan.document.place, plan.document.issueDate)}`,
  },
  {
    id: 'muc-tieu',
    title: 'I. Mục tiêu',
    owns: ['objectives'],
    load: withRule(() =>
      import('./components/ObjectivesSection.tsx').then((m) => m.ObjectivesSection),
    ),
    completion: (plan) => {
      const some = plan.objectives.some(filled);
      return completion(some, some);
    },
    summary: (plan) => `${formatAmount(plan.objectives.filter(filled).length)} mục tiêu`,
  },
  {
    id: 'nhiem-vu',
    title: 'II. Nhiệm vụ',
    owns: ['tasks'],
    load: withRule(() => import('./components/TasksSection.tsx').then((m) => m.TasksSection)),
    completion: (plan) => {
      // Section II starts filled with the outline's points: it is begun once the unit edits it.
      const edited = tasksDigest(plan.tasks) !== templateOf(plan).starterDigests[plan.unit.type];
      return completion(edited, edited && Object.values(plan.tasks).every(filled));
    },
    summary: (plan) =>
      `${Object.values(plan.tasks).filter(filled).length}/${templateOf(plan).areas.length} lĩnh vực có nội dung`,
  },
  {
    id: 'ke-hoach-trien-khai',
    title: 'III. Kế hoạch triển khai',
    owns: ['rows'],
    nested: true,
    load: withRule(() => import('./components/table/TableSection.tsx').then((m) => m.TableSection)),
    completion: (plan) =>
      completion(
        plan.rows.some((row) => filled(row.leadUnit) || filled(row.specificTask)),
        plan.rows.length > 0 &&
          plan.rows.every(
            (row) =>
              filled(row.specificTask) &&
              filled(row.leadUnit) &&
              row.products.some(filled) &&
              row.from.month !== null &&
              row.to.month !== null &&
              row.budgetVnd !== null,
          ),
      ),
    summary: (_plan, totals) =>
      `${formatAmount(totals.rowCount)} nhiệm vụ · tổng kinh phí ${formatVnd(totals.budgetVnd)}`,
  },
  {
    id: 'to-chuc-thuc-hien',
    title: 'IV. Tổ chức thực hiện',
    owns: ['organisation'],
    load: withRule(() =>
      import('./components/OrganisationSection.tsx').then((m) => m.OrganisationSection),
    ),
    completion: (plan) => allFilled(Object.values(plan.organisation)),
    summary: (plan) => {
      const texts = Object.values(plan.organisation);
      return `${texts.filter(filled).length}/${texts.length} nội dung đã điền`;
    },
  },
  {
    id: 'kiem-tra-tuyen-truyen',
    title: 'Kiểm tra và tuyên truyền (không bắt buộc)',
    owns: ['inspectionPlan', 'disseminationPlan'],
    optional: true,
    load: withRule(() =>
      import('./components/InspectionSection.tsx').then((m) => m.InspectionSection),
    ),
    completion: (plan) =>
      completion(
        !!plan.inspectionPlan || !!plan.disseminationPlan,
        !!plan.inspectionPlan && !!plan.disseminationPlan,
      ),
    summary: (plan) =>
      `Kế hoạch kiểm tra: ${plan.inspectionPlan ? 'có' : 'chưa có'} · kế hoạch tuyên truyền: ${
        plan.disseminationPlan ? 'có' : 'chưa có'
      }`,
  },
  {
    id: 'ra-soat',
    title: 'Rà soát và xuất',
    owns: [],
    load: withRule(() =>
      import('./components/review/ReviewSection.tsx').then((m) => m.ReviewSection),
    ),
  },
  {
    id: 'theo-doi-thuc-hien',
    title: 'Theo dõi thực hiện',
    owns: ['rows[].progress'],
    optional: true,
    carryOut: true,
    // An address may go on to a row, whose details it opens (a finding's link).
    nested: true,
    load: withRule(() =>
      import('./components/tracking/TrackingSection.tsx').then((m) => m.TrackingSection),
    ),
    completion: (plan) => {
      const updated = plan.rows.filter((row) => row.progress).length;
      return completion(updated > 0, updated > 0 && updated === plan.rows.length);
    },
    summary: (plan) =>
      `${plan.rows.filter((row) => row.progress).length}/${plan.rows.length} nhiệm vụ đã cập nhật tiến độ`,
  },
  {
    id: 'lap-bao-cao',
    title: 'Lập báo cáo',
    owns: ['reporting'],
    optional: true,
    carryOut: true,
    load: withRule(() =>
      import('./components/tracking/ReportSection.tsx').then((m) => m.ReportSection),
    ),
    completion: (plan) => {
      const sent = sentReports(plan);
      return completion(!!plan.reporting, sent === 4);
    },
    summary: (plan) => `${sentReports(plan)}/4 báo cáo đã gửi`,
  },
] as const satisfies readonly SectionEntry[];

export type SectionId = (typeof entries)[number]['id'];

export const sections: readonly (SectionEntry & { id: SectionId })[] = entries;

const byId = new Map<string, SectionEntry>(sections.map((section) => [section.id, section]));

export function sectionById(id: SectionId): SectionEntry;
export function sectionById(id: string): SectionEntry | undefined;
export function sectionById(id: string): SectionEntry | undefined {
  return byId.get(id);
}

/**
 * The section a plan path belongs to: the one owning the longest field it lies in, any row's
 * index read as `[]` (`rows[3].progress.status` is in `rows[].progress`, and in `rows`).
 */
export function sectionOfPath(path: string): SectionId {
  const general = path.replace(/\[\d+\]/g, '[]');
  let found: SectionId = entries[0].id;
  let length = 0;
  for (const section of sections) {
    for (const field of section.owns) {
      const next = general.charAt(field.length);
      if (
        field.length > length &&
        general.startsWith(field) &&
        (next === '' || next === '.' || next === '[')
      ) {
        found = section.id;
        length = field.length;
      }
    }
  }
  return found;
}
