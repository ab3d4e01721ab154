/**
 * A plan read from a Word file, shown before it becomes a draft: what was read (the unit, the
 * year, the tasks per area, the table itself) and what was not fully understood, each with where
 * it was in the document. Nothing is saved until the user asks; the draft then opens as any plan
 * file does, with the checker's findings.
 */
import { useEffect, useRef } from 'preact/hooks';
import { areaTableHeading, templateById } from '../../../plan/templates.ts';
import { computeTotals } from '../../../plan/totals.ts';
import { unitTypeLabels } from '../../../plan/unit-type-labels.ts';
import { formatAmount, formatDate, formatVnd } from '../../../plan/vi-format.ts';
import { Banner } from '../../../ui/banner/Banner.tsx';
import { previewColumns } from '../../../ui/rows-table/columns.ts';
import { RowsTable } from '../../../ui/rows-table/RowsTable.tsx';
import { WordReport } from '../../../ui/word-report/WordReport.tsx';
import type { WordImport } from '../../stores/workspace.ts';

export interface WordImportPreviewProps {
  state: WordImport;
  /** Makes the plan a draft and shows it. */
  onAccept: () => void;
  onCancel: () => void;
}

// The builder hands in the state and the actions: this chunk imports no store, so that the
// builder's start-up chunks stay as they are (scripts/bench/builder.mjs).
export function WordImportPreview({ state, onAccept, onCancel }: WordImportPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [state.fileName]);
  const { plan, report, fileName } = state;
  const template = templateById(report.template);
  const totals = computeTotals(plan);
  const doubtful = report.items.filter((item) => item.kind !== 'notes').length;
  const document = plan.document;
  const numberAndSymbol = [document.number, document.symbol].filter(Boolean).join('/');
  return (
    <section aria-labelledby="word-import-title" class="word-import">
      <h2 id="word-import-title" tabIndex={-1} ref={heading}>
        Xem trước kế hoạch đọc từ Word
      </h2>
      <Banner
        kind={doubtful > 0 ? 'warning' : 'info'}
        title={
          <>
            Đã đọc tệp <strong>“{fileName}”</strong>. Hãy xem lại trước khi tạo bản nháp: kế hoạch
            chưa được lưu vào trình duyệt.
            {doubtful > 0 &&
              ` Có ${formatAmount(doubtful)} chỗ cần xem lại (liệt kê bên dưới, kèm vị trí trong tệp).`}
          </>
        }
      >
        <div class="actions">
          <button type="button" onClick={onAccept}>
            Tạo bản nháp từ kế hoạch này
          </button>
          <button type="button" class="button-secondary" onClick={onCancel}>
            Hủy, không tạo bản nháp
          </button>
        </div>
      </Banner>
      <dl class="summary-list">
        <div>
          <dt>Đơn vị</dt>
          <dd>
            {plan.unit.name || 'Chưa đọc được tên đơn vị'} ({unitTypeLabels[plan.unit.type]})
          </dd>
        </div>
        <div>
          <dt>Kế hoạch</dt>
          <dd>
            Năm {plan.planYear}
            {numberAndSymbol && `, số ${numberAndSymbol}`}
            {document.issueDate && `, ngày ${formatDate(document.issueDate)}`}
            {document.place && `, ${document.place}`}
          </dd>
        </div>
        <div>
          <dt>Khung kế hoạch</dt>
          <dd>{template.shortTitle}</dd>
        </div>
        <div>
          <dt>Nhiệm vụ</dt>
          <dd>
            {formatAmount(totals.rowCount)} nhiệm vụ, từ {report.tables.join(', ')}; tổng kinh phí{' '}
            {formatVnd(totals.budgetVnd)}
          </dd>
        </div>
      </dl>
      <div class="table-scroll" role="region" aria-labelledby="word-areas-caption" tabIndex={0}>
        <table class="data-table">
          <caption id="word-areas-caption">Số nhiệm vụ đọc được theo lĩnh vực</caption>
          <thead>
            <tr>
              <th scope="col">Lĩnh vực</th>
              <th scope="col" class="num">
                Nhiệm vụ
              </th>
            </tr>
          </thead>
          <tbody>
            {template.areas.map((area) => (
              <tr>
                <th scope="row">{areaTableHeading(template, area.id)}</th>
                <td class="num">{formatAmount(report.rowsByArea[area.id] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.items.length > 0 && <WordReport items={report.items} titleId="word-report-title" />}
      <RowsTable
        id="word-rows"
        caption="Các nhiệm vụ đọc được"
        rows={plan.rows}
        columns={previewColumns}
        areaName={(areaId) => areaTableHeading(template, areaId)}
      />
    </section>
  );
}
