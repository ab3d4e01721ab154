/** Section III's first page: the areas with their task counts and budgets, the timeline, the merge. */
import { useStore } from '@nanostores/preact';
import { fullAreasOf } from '../../../outline/areas.ts';
import { tableHeadingOf, templateOf } from '../../../plan/templates.ts';
import { formatVnd } from '../../../plan/vi-format.ts';
import { href } from '../../../site/paths.ts';
import { routeHash } from '../../navigation.ts';
import { $totals } from '../../stores/checks.ts';
import { $draft, $plan } from '../../stores/editor.ts';
import { MergePanel } from './MergePanel.tsx';
import { BudgetChart, Timeline } from './Timeline.tsx';

export function AreasOverview() {
  const totals = useStore($totals);
  const draft = useStore($draft);
  const plan = useStore($plan);
  if (!totals || !draft || !plan) return null;
  const template = templateOf(plan);
  return (
    <>
      <p>
        Mỗi lĩnh vực cần ít nhất một nhiệm vụ, mỗi nhiệm vụ có sản phẩm, một cơ quan chủ trì, thời
        gian và kinh phí (<a href={href('de-cuong/#iii')}>Đề cương, mục III</a>;{' '}
        <a href={href('huong-dan/#i-2')}>Công văn 219, mục I.2</a>).
      </p>
      <table class="data-table">
        <caption>Các lĩnh vực và kinh phí dự kiến</caption>
        <thead>
          <tr>
            <th scope="col">Lĩnh vực</th>
            <th scope="col" class="num">
              Số nhiệm vụ
            </th>
            <th scope="col" class="num">
              Kinh phí dự kiến
            </th>
          </tr>
        </thead>
        <tbody>
          {fullAreasOf(template.id).map((area) => {
            const total = totals.areas.find((t) => t.areaId === area.id);
            return (
              <tr>
                <th scope="row">
                  <a
                    href={routeHash({
                      draftId: draft.id,
                      section: 'ke-hoach-trien-khai',
                      areaId: area.id,
                    })}
                  >
                    {tableHeadingOf(area)}
                  </a>
                </th>
                <td class="num">{total?.rowCount ?? 0}</td>
                <td class="num">{formatVnd(total?.budgetVnd ?? 0)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Tổng kinh phí</th>
            <td class="num">{totals.rowCount}</td>
            <td class="num" data-total>
              {formatVnd(totals.budgetVnd)}
            </td>
          </tr>
        </tfoot>
      </table>
      <h3>Kế hoạch theo thời gian và kinh phí</h3>
      <BudgetChart totals={totals} template={template} />
      <Timeline plan={plan} />
      <MergePanel />
    </>
  );
}
