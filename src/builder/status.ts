/** The plain status of each section in the task list (GOV.UK "task list" pattern). */
import type { Finding } from '../plan/rules/types.ts';
import type { Plan } from '../plan/schema.ts';
import { tasksDigest } from '../plan/tasks-digest.ts';
import { templateOf } from '../plan/templates.ts';
import { sectionOfPath, type SectionId } from './navigation.ts';

export type SectionStatus = 'chua-bat-dau' | 'dang-soan' | 'da-xong' | 'co-loi' | 'khong-bat-buoc';

export const statusLabels: Record<SectionStatus, string> = {
  'chua-bat-dau': 'Chưa bắt đầu',
  'dang-soan': 'Đang soạn',
  'da-xong': 'Đã xong',
  'co-loi': 'Có lỗi',
  'khong-bat-buoc': 'Không bắt buộc',
};

const filled = (text: string | null | undefined) => !!text && text.trim() !== '';

/** [started, complete] of a section, from what the plan holds. */
function progress(section: SectionId, plan: Plan): [boolean, boolean] {
  switch (section) {
    case 'thong-tin-chung': {
      const fields = [
        plan.unit.parentAgency,
        plan.unit.name,
        plan.document.place,
        plan.document.issueDate,
        plan.document.signerTitle,
        plan.document.signerName,
      ];
      return [fields.some(filled), fields.every(filled)];
    }
    case 'muc-tieu':
      return [plan.objectives.some(filled), plan.objectives.some(filled)];
    case 'nhiem-vu': {
      // Section II starts filled with the outline's points: it is begun once the unit edits it.
      const texts = Object.values(plan.tasks);
      const edited = tasksDigest(plan.tasks) !== templateOf(plan).starterDigests[plan.unit.type];
      return [edited, edited && texts.every(filled)];
    }
    case 'ke-hoach-trien-khai': {
      const touched = plan.rows.some((row) => filled(row.leadUnit) || filled(row.specificTask));
      const complete =
        plan.rows.length > 0 &&
        plan.rows.every(
          (row) =>
            filled(row.specificTask) &&
            filled(row.leadUnit) &&
            row.products.some(filled) &&
            row.from.month !== null &&
            row.to.month !== null &&
            row.budgetVnd !== null,
        );
      return [touched, complete];
    }
    case 'to-chuc-thuc-hien': {
      const texts = Object.values(plan.organisation);
      return [texts.some(filled), texts.every(filled)];
    }
    case 'kiem-tra-tuyen-truyen':
      return [
        !!plan.inspectionPlan || !!plan.disseminationPlan,
        !!plan.inspectionPlan && !!plan.disseminationPlan,
      ];
    case 'ra-soat':
      return [false, false];
  }
}

export function sectionStatus(
  section: SectionId,
  plan: Plan,
  findings: readonly Finding[],
  checked: boolean,
): SectionStatus {
  const errors = findings.some(
    (f) => f.severity === 'loi' && (section === 'ra-soat' || sectionOfPath(f.path) === section),
  );
  if (checked && errors) return 'co-loi';
  if (section === 'ra-soat') return checked ? 'da-xong' : 'chua-bat-dau';
  const [started, complete] = progress(section, plan);
  if (section === 'kiem-tra-tuyen-truyen' && !started) return 'khong-bat-buoc';
  if (complete) return 'da-xong';
  return started ? 'dang-soan' : 'chua-bat-dau';
}
