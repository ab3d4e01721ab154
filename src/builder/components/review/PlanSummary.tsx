/** GOV.UK "check answers": one line per section of the plan, each with a link to change it. */
import type { Plan } from '../../../plan/schema.ts';
import type { PlanTotals } from '../../../plan/totals.ts';
import { routeHash } from '../../navigation.ts';
import { sections } from '../../sections.ts';

export function PlanSummary({
  draftId,
  plan,
  totals,
}: {
  draftId: string;
  plan: Plan;
  totals: PlanTotals;
}) {
  return (
    <section aria-labelledby="answers-title">
      <h3 id="answers-title">Tóm tắt kế hoạch</h3>
      <dl class="summary-list">
        {sections.map(
          (section) =>
            section.summary && (
              <div>
                <dt>{section.title}</dt>
                <dd>{section.summary(plan, totals)}</dd>
                <dd>
                  <a href={routeHash({ draftId, section: section.id })}>
                    Thay đổi<span class="visually-hidden"> {section.title}</span>
                  </a>
                </dd>
              </div>
            ),
        )}
      </dl>
    </section>
  );
}
