import { useStore } from '@nanostores/preact';
import type { AreaId } from '../../plan/areas.ts';
import { areas } from '../../outline/data.ts';
import { href } from '../../site/paths.ts';
import { $plan } from '../stores/editor.ts';
import { setTaskText } from '../stores/plan-actions.ts';
import { TextArea } from './fields.tsx';

export function TasksSection() {
  const plan = useStore($plan);
  if (!plan) return null;
  return (
    <>
      <p>
        Nhiệm vụ phải bao quát đủ 7 lĩnh vực (<a href={href('de-cuong/#ii')}>Đề cương, mục II</a>).
        Mỗi dòng bắt đầu bằng “- ” là một ý.
      </p>
      {areas.map((area) => {
        const areaId = area.id as AreaId;
        return (
          <TextArea
            id={`f-tasks-${areaId}`}
            label={`${area.order}. ${area.title}`}
            path={`tasks.${areaId}`}
            rows={5}
            value={plan.tasks[areaId] ?? ''}
            onInput={(text) => setTaskText(areaId, text)}
          />
        );
      })}
    </>
  );
}
