/** The task list: every section of the plan with a plain status, done in any order. */
import { useStore } from '@nanostores/preact';
import { templateOf } from '../../plan/templates.ts';
import { formatAmount, formatVnd } from '../../plan/vi-format.ts';
import { href } from '../../site/paths.ts';
import { routeHash } from '../navigation.ts';
import { sections, type SectionEntry, type SectionId } from '../sections.ts';
import { $findings, $showFindings, $totals } from '../stores/checks.ts';
import { $draft, $plan } from '../stores/editor.ts';
import { sectionStatus, statusLabels } from '../status.ts';

export function Hub() {
  const plan = useStore($plan);
  const draft = useStore($draft);
  const findings = useStore($findings);
  const checked = useStore($showFindings);
  const totals = useStore($totals);
  if (!plan || !draft) return null;
  const taskList = (list: readonly (SectionEntry & { id: SectionId })[]) => (
    <ol class="task-list-group">
      {list.map((section) => {
        const status = sectionStatus(section, plan, findings, checked);
        return (
          <li class="task-list-item">
            <a
              href={routeHash({ draftId: draft.id, section: section.id })}
              aria-describedby={`status-${section.id}`}
            >
              {section.title}
            </a>
            <strong class={`status status-${status}`} id={`status-${section.id}`}>
              {statusLabels[status]}
            </strong>
          </li>
        );
      })}
    </ol>
  );
  return (
    <section>
      <p>
        Đề cương áp dụng:{' '}
        <a href={href(`${templateOf(plan).page}/`)} data-template={plan.template}>
          {templateOf(plan).title}
        </a>
        .
      </p>
      <p>Làm theo thứ tự nào cũng được. Mọi thay đổi được tự động lưu trong trình duyệt này.</p>
      <div class="task-list">
        {taskList(sections.filter((section) => !section.carryOut))}
        {totals && (
          <p class="hub-total">
            {formatAmount(totals.rowCount)} nhiệm vụ trong bảng, tổng kinh phí dự kiến{' '}
            <strong>{formatVnd(totals.budgetVnd)}</strong>.
          </p>
        )}
        <h3 class="hub-heading">Trong năm: thực hiện và báo cáo</h3>
        <p>
          Sau khi kế hoạch được ban hành: ghi tiến độ từng nhiệm vụ và lập báo cáo quý, 6 tháng,
          năm.
        </p>
        {taskList(sections.filter((section) => section.carryOut))}
      </div>
    </section>
  );
}
