/**
 * The plan at a glance: budget by area as a bar chart (SVG, with the figures as text), and each
 * task as a bar across the plan year's 12 months. The timeline is a real table underneath: a
 * screen reader reads each task with its months, and it prints and scrolls like any table.
 */
import { tableHeadingOf, templateOf, type OutlineTemplate } from '../../../plan/templates.ts';
import type { Plan, PlanRow } from '../../../plan/schema.ts';
import type { PlanTotals } from '../../../plan/totals.ts';
import { formatPeriod, formatVnd } from '../../../plan/vi-format.ts';
import { romanNumeral } from '../../../outline/data.ts';

const months = Array.from({ length: 12 }, (_, i) => i + 1);

/** The months of the plan year a row covers (a row spilling over the year is cut to it). */
export function monthsCovered(row: PlanRow, planYear: number): Set<number> {
  const covered = new Set<number>();
  const { from, to } = row;
  if (from.month === null || to.month === null || from.year === null || to.year === null)
    return covered;
  const start = from.year < planYear ? 1 : from.year > planYear ? 13 : from.month;
  const end = to.year > planYear ? 12 : to.year < planYear ? 0 : to.month;
  for (let month = start; month <= end; month++) covered.add(month);
  return covered;
}

export function BudgetChart({
  totals,
  template,
}: {
  totals: PlanTotals;
  template: OutlineTemplate;
}) {
  const { areas } = template;
  const largest = Math.max(1, ...totals.areas.map((area) => area.budgetVnd));
  const row = 30;
  const barStart = 48;
  const barRoom = 380;
  return (
    <figure class="budget-chart">
      <figcaption>Kinh phí dự kiến theo lĩnh vực (tổng {formatVnd(totals.budgetVnd)})</figcaption>
      <svg viewBox={`0 0 640 ${areas.length * row}`} role="img" aria-labelledby="budget-chart-text">
        {areas.map((area, index) => {
          const total = totals.areas.find((t) => t.areaId === area.id)?.budgetVnd ?? 0;
          const width = (total / largest) * barRoom;
          const y = index * row;
          return (
            <g>
              <text x={barStart - 8} y={y + 20} text-anchor="end" class="budget-label">
                {romanNumeral(area.order)}
              </text>
              <rect
                x={barStart}
                y={y + 6}
                width={Math.max(1, width)}
                height={row - 12}
                class="budget-bar"
              />
              <text x={barStart + width + 8} y={y + 20} class="budget-value">
                {formatVnd(total)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul id="budget-chart-text" class="budget-chart-text">
        {areas.map((area) => {
          const total = totals.areas.find((t) => t.areaId === area.id)?.budgetVnd ?? 0;
          return (
            <li>
              {tableHeadingOf(area)}: <strong>{formatVnd(total)}</strong>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

export function Timeline({ plan }: { plan: Plan }) {
  const { areas } = templateOf(plan);
  return (
    <div class="table-scroll" role="region" aria-labelledby="timeline-caption" tabIndex={0}>
      <table class="data-table timeline">
        <caption id="timeline-caption">Tiến độ các nhiệm vụ trong năm {plan.planYear}</caption>
        <thead>
          <tr>
            <th scope="col">Nhiệm vụ</th>
            {months.map((month) => (
              <th scope="col" class="timeline-month">
                <abbr title={`Tháng ${month}`}>T{month}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        {areas.map((area) => {
          const rows = plan.rows.filter((row) => row.areaId === area.id);
          if (rows.length === 0) return null;
          return (
            <tbody>
              <tr class="timeline-area">
                <th scope="colgroup" colSpan={13}>
                  {tableHeadingOf(area)}
                </th>
              </tr>
              {rows.map((row) => {
                const covered = monthsCovered(row, plan.planYear);
                return (
                  <tr>
                    <th scope="row" class="timeline-task">
                      {row.specificTask || row.generalTask || 'Nhiệm vụ chưa đặt tên'}
                      <span class="timeline-period"> ({formatPeriod(row.from, row.to)})</span>
                    </th>
                    {months.map((month) =>
                      covered.has(month) ? (
                        <td class="timeline-on">
                          <span class="visually-hidden">có</span>
                        </td>
                      ) : (
                        <td />
                      ),
                    )}
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
