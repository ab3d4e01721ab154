import { useStore } from '@nanostores/preact';
import { href } from '../../site/paths.ts';
import { $plan } from '../stores/editor.ts';
import { updateOrganisation } from '../stores/plan-actions.ts';
import { TextArea } from '../../ui/form/fields.tsx';
import { SectionFindings } from '../../ui/findings/SectionFindings.tsx';
import { SectionForm } from './SectionForm.tsx';

export function OrganisationSection() {
  const plan = useStore($plan);
  if (!plan) return null;
  const { organisation } = plan;
  return (
    <SectionForm>
      <p>
        Theo <a href={href('de-cuong/#iv')}>Đề cương, mục IV</a>.
      </p>
      <SectionFindings path="organisation" />
      <TextArea
        label="Trách nhiệm tổ chức thực hiện"
        hint="Ai chịu trách nhiệm triển khai: lãnh đạo, các phòng, đơn vị trực thuộc; cơ chế báo cáo"
        path="organisation.responsibilities"
        value={organisation.responsibilities}
        onInput={(responsibilities) => updateOrganisation({ responsibilities }, 'responsibilities')}
      />
      <TextArea
        label="Theo dõi, kiểm tra, đôn đốc"
        path="organisation.monitoring"
        value={organisation.monitoring}
        onInput={(monitoring) => updateOrganisation({ monitoring }, 'monitoring')}
      />
      <TextArea
        label="Kinh phí thực hiện"
        hint="Nguồn ngân sách theo dự toán hằng năm và các nguồn hợp pháp khác"
        path="organisation.funding"
        value={organisation.funding}
        onInput={(funding) => updateOrganisation({ funding }, 'funding')}
      />
      <TextArea
        label="Tổng kết, đánh giá, báo cáo"
        path="organisation.reporting"
        value={organisation.reporting}
        onInput={(reporting) => updateOrganisation({ reporting }, 'reporting')}
      />
    </SectionForm>
  );
}
