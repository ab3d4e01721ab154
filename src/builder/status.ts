/** The plain status of each section in the task list (GOV.UK "task list" pattern). */
import type { Finding } from '../plan/rules/types.ts';
import type { Plan } from '../plan/schema.ts';
import { sectionOfPath, type SectionEntry } from './sections.ts';

export type SectionStatus = 'chua-bat-dau' | 'dang-soan' | 'da-xong' | 'co-loi' | 'khong-bat-buoc';

export const statusLabels: Record<SectionStatus, string> = {
  'chua-bat-dau': 'Chưa bắt đầu',
  'dang-soan': 'Đang soạn',
  'da-xong': 'Đã xong',
  'co-loi': 'Có lỗi',
  'khong-bat-buoc': 'Không bắt buộc',
};

/**
 * A section with a lỗi shows "Có lỗi" once the plan has been checked; the review, which edits
 * nothing, counts every lỗi and is done once a check has run.
 */
export function sectionStatus(
  section: SectionEntry,
  plan: Plan,
  findings: readonly Finding[],
  checked: boolean,
): SectionStatus {
  const errors = findings.some(
    (f) => f.severity === 'loi' && (!section.completion || sectionOfPath(f.path) === section.id),
  );
  if (checked && errors) return 'co-loi';
  if (!section.completion) return checked ? 'da-xong' : 'chua-bat-dau';
  const { started, complete } = section.completion(plan);
  if (section.optional && !started) return 'khong-bat-buoc';
  if (complete) return 'da-xong';
  return started ? 'dang-soan' : 'chua-bat-dau';
}
