/** The plan's self-score by the PAR INDEX criteria the checker can judge, with the reason for each. */
import type { Plan } from '../../../plan/schema.ts';
import { formatPoints, scorePlan } from '../../../plan/self-score.ts';
import { useMemo } from 'preact/hooks';

export function SelfScore({ plan }: { plan: Plan }) {
  const score = useMemo(() => scorePlan(plan), [plan]);
  return (
    <section aria-labelledby="self-score-title" class="self-score">
      <h3 id="self-score-title">
        Tự chấm điểm: {formatPoints(score.points)}/{formatPoints(score.maxPoints)} điểm
      </h3>
      <table class="data-table">
        <caption class="visually-hidden">Điểm theo từng tiêu chí</caption>
        <thead>
          <tr>
            <th scope="col">Tiêu chí</th>
            <th scope="col" class="num">
              Điểm
            </th>
            <th scope="col">Lý do</th>
          </tr>
        </thead>
        <tbody>
          {score.criteria.map((criterion) => (
            <tr>
              <th scope="row">{criterion.label}</th>
              <td class="num">
                {formatPoints(criterion.points)}/{formatPoints(criterion.maxPoints)}
              </td>
              <td>{criterion.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{score.note}</p>
    </section>
  );
}
