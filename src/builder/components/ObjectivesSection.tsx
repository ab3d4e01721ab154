import { useStore } from '@nanostores/preact';
import { href } from '../../site/paths.ts';
import { $plan } from '../stores/editor.ts';
import { setObjectives } from '../stores/plan-actions.ts';
import { ListField } from '../../ui/form/fields.tsx';
import { SectionForm } from './SectionForm.tsx';

export function ObjectivesSection() {
  const plan = useStore($plan);
  if (!plan) return null;
  return (
    <SectionForm>
      <p>
        Mục tiêu phải cụ thể, rõ ràng, theo dõi và đánh giá được; chọn các mục tiêu trọng tâm (
        <a href={href('de-cuong/#i')}>Đề cương, mục I</a>).
      </p>
      <ListField
        label="Mục tiêu"
        hint="Mỗi ô một mục tiêu, ví dụ: 100% thủ tục hành chính được công khai đúng quy định"
        path="objectives"
        items={plan.objectives}
        itemLabel="Mục tiêu"
        addLabel="Thêm mục tiêu"
        multiline
        onChange={setObjectives}
      />
    </SectionForm>
  );
}
