/** The report's files, made from the plan as it is now (the preview above shows the same). */
import { useStore } from '@nanostores/preact';
import { $reportExportError, exportReport } from '../../../downloads/report-exports.ts';
import type { PeriodId } from '../../../plan/progress/index.ts';
import type { Plan } from '../../../plan/schema.ts';
import { Banner } from '../../../ui/banner/Banner.tsx';

export function ReportDownloads({ plan, period }: { plan: Plan; period: PeriodId }) {
  const error = useStore($reportExportError);
  return (
    <section aria-labelledby="report-files" class="export">
      <h3 id="report-files">Tải báo cáo</h3>
      <p class="reminder">
        Tệp Word theo thể thức Nghị định 30/2020, kèm các phụ lục; hãy kiểm tra lại trước khi trình
        ký.
      </p>
      <div class="export-buttons">
        <button type="button" onClick={() => void exportReport(plan, period, 'docx')}>
          Tải báo cáo Word (.docx)
        </button>
        <button type="button" onClick={() => void exportReport(plan, period, 'xlsx')}>
          Tải phụ lục Excel (.xlsx)
        </button>
        <button
          type="button"
          class="button-secondary"
          onClick={() => void exportReport(plan, period, 'md')}
        >
          Tải văn bản Markdown (.md)
        </button>
      </div>
      {error && <Banner kind="error" title={error} />}
    </section>
  );
}
