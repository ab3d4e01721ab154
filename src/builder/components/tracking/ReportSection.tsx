/**
 * "Lập báo cáo": one periodic CCHC report. The period and its calendar (581/BNV-CCHC's dates
 * until the unit changes one), the figures at the end of its data window, sections I and II as
 * drafted from the plan and its progress (read-only: they change with the marks), then III–V as
 * the unit writes them, the day it was sent, and the files.
 */
import { useStore } from '@nanostores/preact';
import { useMemo } from 'preact/hooks';
import {
  buildPeriodReport,
  calendarOf,
  defaultCalendar,
  periodIds,
  periodNames,
  reportingSource,
  type PeriodId,
} from '../../../plan/progress/index.ts';
import { periodCalendarLabels, periodReportLabels } from '../../../plan/labels.ts';
import type { PeriodReport } from '../../../plan/schema.ts';
import { formatDate } from '../../../plan/vi-format.ts';
import { DateField } from '../../../ui/form/DateField.tsx';
import { Fieldset, TextArea } from '../../../ui/form/fields.tsx';
import { SectionFindings } from '../../../ui/findings/SectionFindings.tsx';
import { todayIso } from '../../stores/checks.ts';
import { $isEditable, $plan } from '../../stores/editor.ts';
import {
  $period,
  defaultPeriod,
  resetCalendar,
  updateCalendar,
  updateReport,
} from '../../stores/progress-actions.ts';
import { SectionForm } from '../SectionForm.tsx';
import { Figures } from './Figures.tsx';
import { ReportDownloads } from './ReportDownloads.tsx';

const notADate = (path: string) => ({
  ok: false as const,
  problems: [{ path, message: 'Chưa phải một ngày có thật: hãy ghi đủ ngày, tháng, năm.' }],
});

const calendarFields = ['dataFrom', 'dataTo', 'deadline'] as const;
const writtenFields = ['highlights', 'shortcomings', 'nextSteps', 'proposals'] as const;
const writtenHints: Record<(typeof writtenFields)[number], string> = {
  highlights: 'Những kết quả nổi bật trong kỳ, so với kế hoạch.',
  shortcomings: 'Những việc chưa làm được hoặc làm chậm, và nguyên nhân.',
  nextSteps: 'Nhiệm vụ trọng tâm kỳ tới; danh sách nhiệm vụ chưa xong đến hạn kỳ tới ở trên.',
  proposals: 'Đề xuất, kiến nghị với cấp trên (nếu có).',
};

export function ReportSection() {
  return (
    <SectionForm>
      <Report />
    </SectionForm>
  );
}

function Report() {
  const plan = useStore($plan);
  const editable = useStore($isEditable);
  const chosen = useStore($period);
  const period: PeriodId = chosen ?? (plan ? defaultPeriod(plan, todayIso()) : 'nam');
  const report = useMemo(() => (plan ? buildPeriodReport(plan, period) : null), [plan, period]);
  if (!plan || !report) return null;
  const calendar = calendarOf(plan)[period];
  const national = defaultCalendar(plan.planYear)[period];
  const custom = calendarFields.some((field) => calendar[field] !== national[field]);
  const written = plan.reporting?.reports[period];
  const reportPath = `reporting.reports.${period}`;
  const calendarPath = `reporting.calendar.${period}`;
  return (
    <div class="report">
      <p>
        Báo cáo định kỳ về cải cách hành chính theo {reportingSource}. Mục I và II được soạn sẵn từ
        kế hoạch và tiến độ đã ghi ở phần “Theo dõi thực hiện”; mục III–V do đơn vị viết.
      </p>
      <SectionFindings path="reporting" />
      <fieldset class="field report-periods">
        <legend>Kỳ báo cáo</legend>
        <div class="report-period-choices">
          {periodIds.map((id) => (
            <label class="choice">
              <input
                type="radio"
                name="report-period"
                value={id}
                checked={id === period}
                onChange={() => $period.set(id)}
              />{' '}
              {periodNames[id]}
            </label>
          ))}
        </div>
      </fieldset>

      <Fieldset legend={`Lịch báo cáo ${periodNames[period].toLowerCase()}`}>
        <p class="field-hint">
          {custom
            ? 'Đơn vị đã đổi lịch theo yêu cầu của tỉnh.'
            : 'Theo Công văn 581/BNV-CCHC; đổi nếu tỉnh yêu cầu ngày khác.'}
        </p>
        <div class="report-calendar">
          {calendarFields.map((field) => (
            <DateField
              key={`${period}-${field}`}
              path={`${calendarPath}.${field}`}
              legend={periodCalendarLabels[field]}
              value={calendar[field]}
              onChange={(iso) =>
                iso === null
                  ? notADate(`${calendarPath}.${field}`)
                  : updateCalendar(period, { [field]: iso }, field)
              }
            />
          ))}
        </div>
        {custom && editable && (
          <button type="button" class="button-secondary" onClick={() => resetCalendar(period)}>
            Đặt lại theo Công văn 581/BNV-CCHC
          </button>
        )}
      </Fieldset>

      <h3>Số liệu đến ngày {formatDate(report.cutOff)}</h3>
      <Figures counts={report.state.counts} rate={report.state.completionRate} />

      <article class="report-preview" aria-labelledby="report-title">
        <p class="report-kind">Báo cáo</p>
        <h3 id="report-title">{report.title}</h3>
        <p class="field-hint">
          Bản xem trước mục I và II, soạn từ dữ liệu; muốn sửa, hãy sửa kế hoạch hoặc tiến độ.
        </p>
        <h4>I. Công tác chỉ đạo, điều hành</h4>
        {report.direction.map((paragraph) => (
          <p>{paragraph}</p>
        ))}
        <h4>II. Kết quả thực hiện nhiệm vụ</h4>
        <p>{report.overview}</p>
        {report.areas
          .filter((area) => area.counts.planned > 0)
          .map((area) => (
            <section class="report-area">
              <h5>{area.heading}</h5>
              <p>{area.summary}</p>
              <ul>
                {area.tasks.map((task) => (
                  <li>
                    <strong>{task.name}</strong>: {task.outcome}
                  </li>
                ))}
              </ul>
            </section>
          ))}
      </article>

      <h3>Phần đơn vị viết</h3>
      {writtenFields.map((field) => (
        <>
          {field === 'nextSteps' && report.dueNext.length > 0 && (
            <details class="report-due-next">
              <summary>
                {report.dueNext.length} nhiệm vụ chưa xong đến hạn kỳ tới (gợi ý cho mục IV)
              </summary>
              <ul>
                {report.dueNext.map((task) => (
                  <li>{task.name}</li>
                ))}
              </ul>
            </details>
          )}
          <TextArea
            key={`${period}-${field}`}
            label={periodReportLabels[field]}
            hint={writtenHints[field]}
            path={`${reportPath}.${field}`}
            rows={4}
            value={written?.[field] ?? ''}
            onInput={(text) =>
              updateReport(period, { [field]: text } as Partial<PeriodReport>, field)
            }
          />
        </>
      ))}
      <DateField
        key={`${period}-sentOn`}
        path={`${reportPath}.sentOn`}
        legend={periodReportLabels.sentOn}
        hint={`Hạn gửi: ${formatDate(calendar.deadline)}.`}
        value={written?.sentOn ?? null}
        onChange={(sentOn) => updateReport(period, { sentOn }, 'sentOn')}
      />
      <ReportDownloads plan={plan} period={period} />
    </div>
  );
}
