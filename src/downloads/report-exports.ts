/**
 * A periodic report leaving the browser as a Word, Excel or Markdown file. As with the plan's
 * files (exports.ts), each exporter loads only when its button is pressed, and a failure is told
 * in Vietnamese without touching the draft. The report is drawn at the period's cut-off, the
 * same as the builder's preview and `ke-hoach report`.
 */
import { atom } from 'nanostores';
import { reportFileName } from '../export/file-name.ts';
import type { PeriodId } from '../plan/progress/periods.ts';
import type { Plan } from '../plan/schema.ts';
import { downloadBytes } from './download.ts';

export type ReportFormat = 'docx' | 'xlsx' | 'md';

/** Why the last report download failed; null when it did not. */
export const $reportExportError = atom<string | null>(null);

/** The report's file in a format: its name, bytes and MIME type. */
export async function reportFile(
  plan: Plan,
  period: PeriodId,
  format: ReportFormat,
): Promise<{ name: string; bytes: BlobPart; type: string }> {
  const name = reportFileName(plan, period, format);
  if (format === 'docx') {
    const [{ reportToDocx }, { DOCX_MIME }] = await Promise.all([
      import('../export/report/docx.ts'),
      import('../export/docx/package.ts'),
    ]);
    return { name, bytes: await reportToDocx(plan, period), type: DOCX_MIME };
  }
  if (format === 'xlsx') {
    const [{ reportToXlsx }, { XLSX_MIME }] = await Promise.all([
      import('../export/report/xlsx.ts'),
      import('../export/xlsx.ts'),
    ]);
    return { name, bytes: await reportToXlsx(plan, period), type: XLSX_MIME };
  }
  const { reportToMarkdown } = await import('../export/report/markdown.ts');
  return { name, bytes: reportToMarkdown(plan, period), type: 'text/markdown;charset=utf-8' };
}

/** Downloads the report as a file; a failure shows as `$reportExportError`. */
export async function exportReport(plan: Plan, period: PeriodId, format: ReportFormat) {
  $reportExportError.set(null);
  try {
    const { name, bytes, type } = await reportFile(plan, period, format);
    downloadBytes(name, bytes, type);
  } catch {
    $reportExportError.set(
      'Không tạo được tệp báo cáo: có thể mất kết nối mạng khi tải phần xuất tệp. Hãy thử lại; bản nháp vẫn được giữ.',
    );
  }
}
