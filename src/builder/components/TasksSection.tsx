import { useStore } from '@nanostores/preact';
import { templateOf } from '../../plan/templates.ts';
import { href } from '../../site/paths.ts';
import { $plan } from '../stores/editor.ts';
import { setTaskText } from '../stores/plan-actions.ts';
import { TextArea } from '../../ui/form/fields.tsx';
import { SectionFindings } from '../../ui/findings/SectionFindings.tsx';
import { SectionForm } from './SectionForm.tsx';

export function TasksSection() {
  const plan = useStore($plan);
  if (!plan) return null;
  const template = templateOf(plan);
  return (
    <SectionForm>
      <p>
        Nhiệm vụ phải bao quát đủ {template.areas.length} lĩnh vực (
        <a href={href(`${template.page}/`)}>{template.shortTitle}</a>). Mỗi dòng bắt đầu bằng “- ”
        là một ý.
      </p>
      <SectionFindings path="tasks" />
      {template.areas.map((area) => {
        const areaId = area.id;
        return (
          <TextArea
            label={`${area.order}. ${area.title}`}
            path={`tasks.${areaId}`}
            rows={5}
            value={plan.tasks[areaId] ?? ''}
            onInput={(text) => setTaskText(areaId, text)}
          />
        );
      })}
    </SectionForm>
  );
}
