/**
 * The plan laid out as the Word file lays it out (Nghị định 30/2020), for the browser's own
 * "print / save as PDF": hidden on screen, it is what the page prints. The annex with the
 * implementation table prints on landscape pages, its header row repeated on each.
 * Wording comes from src/export/plan-text.ts, shared with the Word and Markdown exporters.
 */
import type { Plan, PlanRow } from '../../../plan/schema.ts';
import { computeTotals } from '../../../plan/totals.ts';
import { formatAmount, formatDocumentDate, formatPeriod } from '../../../plan/vi-format.ts';
import { romanNumeral, tableColumns } from '../../../outline/data.ts';
import { tableHeadingOf, templateOf } from '../../../plan/templates.ts';
import {
  EMPTY_TEXT,
  annexAttachment,
  annexReference,
  annexTitle,
  documentNumberLine,
  grandTotalLabel,
  introductionLines,
  objectiveLines,
  organisationParts,
  partHeadings,
  recipientLines,
  signature,
  subjectLine,
  textLines,
  upper,
  type TextLine,
} from '../../../export/plan-text.ts';

function Lines({ lines }: { lines: TextLine[] }) {
  if (lines.length === 0) return <p>{EMPTY_TEXT}</p>;
  return (
    <>
      {lines.map((line) => (
        <p>{line.bullet ? `- ${line.text}` : line.text}</p>
      ))}
    </>
  );
}

function AnnexRow({ row, index }: { row: PlanRow; index: number }) {
  return (
    <tr>
      <td>{index}</td>
      <td>{row.generalTask}</td>
      <td>{row.specificTask}</td>
      <td>{row.products.filter(Boolean).join('; ')}</td>
      <td>{row.leadUnit}</td>
      <td>{row.coordinatingUnits.filter(Boolean).join('; ')}</td>
      <td>{formatPeriod(row.from, row.to)}</td>
      <td class="num">{row.budgetVnd === null ? '' : formatAmount(row.budgetVnd)}</td>
      <td>{row.notes}</td>
    </tr>
  );
}

export function PrintDocument({ plan }: { plan: Plan }) {
  const { unit, document } = plan;
  const totals = computeTotals(plan);
  const sign = signature(document);
  return (
    <article class="print-document" aria-hidden="true">
      <table class="print-header">
        <tbody>
          <tr>
            <td>
              <p>{upper(unit.parentAgency) || '…'}</p>
              <p class="print-strong print-rule">{upper(unit.name) || '…'}</p>
              <p>{documentNumberLine(document)}</p>
            </td>
            <td>
              <p class="print-strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
              <p class="print-strong print-rule print-motto">Độc lập - Tự do - Hạnh phúc</p>
              <p class="print-date">{formatDocumentDate(document.place, document.issueDate)}</p>
            </td>
          </tr>
        </tbody>
      </table>
      <p class="print-title">KẾ HOẠCH</p>
      <p class="print-subject print-rule">{subjectLine(plan)}</p>
      {introductionLines(plan).map((line) => (
        <p>{line}</p>
      ))}
      <h2>{partHeadings.objectives}</h2>
      <Lines lines={objectiveLines(plan).map((text) => ({ bullet: true, text }))} />
      <h2>{partHeadings.tasks}</h2>
      {templateOf(plan).areas.map((area) => (
        <>
          <h3>
            {area.order}. {area.title}
          </h3>
          <Lines lines={textLines(plan.tasks[area.id] ?? '')} />
        </>
      ))}
      <h2>{partHeadings.table}</h2>
      <p>{annexReference}</p>
      <h2>{partHeadings.organisation}</h2>
      {organisationParts(plan).map((part, index) => (
        <>
          <h3>
            {index + 1}. {part.title}
          </h3>
          <Lines lines={part.lines} />
        </>
      ))}
      <div class="print-signature">
        <div class="print-recipients">
          <p class="print-recipients-title">Nơi nhận:</p>
          {recipientLines(document).map((line) => (
            <p>{line}</p>
          ))}
        </div>
        <div class="print-signer">
          {sign.authority.map((line) => (
            <p class="print-strong">{line}</p>
          ))}
          <p class="print-strong print-signer-name">{sign.name}</p>
        </div>
      </div>

      <section class="print-annex">
        <p class="print-title">PHỤ LỤC</p>
        <p class="print-subject">{annexTitle(plan)}</p>
        <p class="print-attachment">{annexAttachment(plan)}</p>
        <table class="print-table">
          <thead>
            <tr>
              <th>TT</th>
              {tableColumns.map((column) => (
                <th>{column.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {templateOf(plan).areas.map((area) => {
              const rows = plan.rows.filter((row) => row.areaId === area.id);
              const total = totals.areas.find((t) => t.areaId === area.id);
              return (
                <>
                  <tr class="print-area-row">
                    <td colSpan={tableColumns.length + 1}>{tableHeadingOf(area)}</td>
                  </tr>
                  {rows.map((row, index) => (
                    <AnnexRow row={row} index={index + 1} />
                  ))}
                  <tr class="print-subtotal">
                    <td colSpan={7}>Cộng {romanNumeral(area.order)}</td>
                    <td class="num">{formatAmount(total?.budgetVnd ?? 0)}</td>
                    <td />
                  </tr>
                </>
              );
            })}
            <tr class="print-subtotal">
              <td colSpan={7}>{grandTotalLabel(totals.unbudgetedRowCount)}</td>
              <td class="num">{formatAmount(totals.budgetVnd)}</td>
              <td />
            </tr>
          </tbody>
        </table>
      </section>
    </article>
  );
}
