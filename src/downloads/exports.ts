/**
 * A plan leaving the browser: downloaded as a Word, Excel or plan file, or put in a share link.
 * The exporters load only on demand: they are most of the builder's weight. A failure (the
 * connection lost while one loads) is told in Vietnamese and changes nothing in the draft.
 *
 * Every action takes the plan it exports rather than reading the open draft, so that another
 * island can offer the same downloads over its own plans.
 */
import { atom } from 'nanostores';
import { planFileName } from '../export/file-name.ts';
import type { Plan } from '../plan/schema.ts';
import { downloadBytes } from './download.ts';
import { SHARE_SEGMENT } from '../site/paths.ts';

export type ExportFormat = 'docx' | 'xlsx' | 'json';

/** A share link, or how long it would have been when too long to send. */
export type ShareLink = { link: string } | { tooLong: number };

/** Why the last export or share link failed; null when it did not. */
export const $exportError = atom<string | null>(null);
export const $shareLink = atom<ShareLink | null>(null);

/** A new review starts with no link and no error from an earlier one. */
export function resetExports(): void {
  $exportError.set(null);
  $shareLink.set(null);
}

/** The file of a plan in a format: its name, bytes and MIME type. */
export async function exportFile(
  plan: Plan,
  format: ExportFormat,
): Promise<{ name: string; bytes: BlobPart; type: string }> {
  const name = planFileName(plan, format);
  if (format === 'docx') {
    const { planToDocx, DOCX_MIME } = await import('../export/docx.ts');
    return { name, bytes: await planToDocx(plan), type: DOCX_MIME };
  }
  if (format === 'xlsx') {
    const { planToXlsx, XLSX_MIME } = await import('../export/xlsx.ts');
    return { name, bytes: await planToXlsx(plan), type: XLSX_MIME };
  }
  const { planToJson, PLAN_JSON_MIME } = await import('../export/json.ts');
  return { name, bytes: planToJson(plan), type: PLAN_JSON_MIME };
}

/** Downloads the plan as a file; a failure shows as `$exportError`. */
export async function exportPlan(plan: Plan, format: ExportFormat): Promise<void> {
  $exportError.set(null);
  try {
    const { name, bytes, type } = await exportFile(plan, format);
    downloadBytes(name, bytes, type);
  } catch {
    $exportError.set(
      'Không tạo được tệp: có thể mất kết nối mạng khi tải phần xuất tệp. Hãy thử lại; bản nháp vẫn được giữ.',
    );
  }
}

/**
 * Puts the whole plan, compressed, in the `#` part of a link to `page` (the builder's address),
 * which is never sent to a server. A link longer than the builder ever opens is not made.
 */
export async function makeShareLink(plan: Plan, page: string): Promise<void> {
  try {
    const { encodePlanForLink, MAX_SHARE_LINK_LENGTH } = await import('../plan/share.ts');
    const link = `${page}#/${SHARE_SEGMENT}/${encodePlanForLink(plan)}`;
    $shareLink.set(link.length > MAX_SHARE_LINK_LENGTH ? { tooLong: link.length } : { link });
  } catch {
    $exportError.set('Không tạo được liên kết: có thể mất kết nối mạng. Hãy thử lại.');
  }
}
