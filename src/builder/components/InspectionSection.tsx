/** The unit's own inspection (letter II) and dissemination (letter III) plans: optional. */
import { useStore } from '@nanostores/preact';
import { href } from '../../site/paths.ts';
import { $isEditable, $plan } from '../stores/editor.ts';
import { updateDisseminationPlan, updateInspectionPlan } from '../stores/plan-actions.ts';
import { Fieldset, ListField, TextArea, TextField } from '../../ui/form/fields.tsx';
import { SectionFindings } from '../../ui/findings/SectionFindings.tsx';
import { SectionForm } from './SectionForm.tsx';
import { UnitNameSuggestions } from './UnitNameSuggestions.tsx';

export function InspectionSection() {
  const plan = useStore($plan);
  const editable = useStore($isEditable);
  if (!plan) return null;
  const { inspectionPlan, disseminationPlan } = plan;
  return (
    <SectionForm>
      {(inspectionPlan || disseminationPlan) && <UnitNameSuggestions id="unit-names" plan={plan} />}
      <Fieldset legend="Kế hoạch kiểm tra cải cách hành chính">
        <p>
          Theo <a href={href('huong-dan/#ii')}>Công văn 219, mục II</a>.
        </p>
        <SectionFindings path="inspectionPlan" />
        {inspectionPlan ? (
          <>
            <TextArea
              label="Phạm vi, nội dung kiểm tra"
              path="inspectionPlan.scope"
              value={inspectionPlan.scope}
              onInput={(scope) => updateInspectionPlan({ scope }, 'scope')}
            />
            <ListField
              label="Đơn vị được kiểm tra"
              path="inspectionPlan.targets"
              items={inspectionPlan.targets}
              itemLabel="Đơn vị được kiểm tra"
              addLabel="Thêm đơn vị được kiểm tra"
              onChange={(targets) => updateInspectionPlan({ targets }, 'targets')}
            />
            <TextField
              label="Thời gian kiểm tra"
              hint="Định kỳ hoặc đột xuất; ví dụ: quý II và quý IV"
              path="inspectionPlan.timing"
              value={inspectionPlan.timing}
              onInput={(timing) => updateInspectionPlan({ timing }, 'timing')}
            />
            <TextField
              label="Đơn vị chủ trì kiểm tra"
              path="inspectionPlan.leadUnit"
              list="unit-names"
              value={inspectionPlan.leadUnit}
              onInput={(leadUnit) => updateInspectionPlan({ leadUnit }, 'leadUnit')}
            />
            {editable && (
              <button
                type="button"
                class="button-secondary"
                onClick={() => updateInspectionPlan(null)}
              >
                Bỏ kế hoạch kiểm tra
              </button>
            )}
          </>
        ) : (
          editable && (
            <button type="button" class="button-secondary" onClick={() => updateInspectionPlan({})}>
              Thêm kế hoạch kiểm tra
            </button>
          )
        )}
      </Fieldset>
      <Fieldset legend="Kế hoạch tuyên truyền, phổ biến">
        <p>
          Theo <a href={href('huong-dan/#iii')}>Công văn 219, mục III</a>.
        </p>
        <SectionFindings path="disseminationPlan" />
        {disseminationPlan ? (
          <>
            <TextArea
              label="Nội dung tuyên truyền"
              path="disseminationPlan.content"
              value={disseminationPlan.content}
              onInput={(content) => updateDisseminationPlan({ content }, 'content')}
            />
            <TextField
              label="Đối tượng"
              path="disseminationPlan.audiences"
              value={disseminationPlan.audiences}
              onInput={(audiences) => updateDisseminationPlan({ audiences }, 'audiences')}
            />
            <ListField
              label="Hình thức"
              path="disseminationPlan.methods"
              items={disseminationPlan.methods}
              itemLabel="Hình thức"
              addLabel="Thêm hình thức"
              onChange={(methods) => updateDisseminationPlan({ methods }, 'methods')}
            />
            <TextField
              label="Đơn vị chủ trì"
              path="disseminationPlan.leadUnit"
              list="unit-names"
              value={disseminationPlan.leadUnit}
              onInput={(leadUnit) => updateDisseminationPlan({ leadUnit }, 'leadUnit')}
            />
            {editable && (
              <button
                type="button"
                class="button-secondary"
                onClick={() => updateDisseminationPlan(null)}
              >
                Bỏ kế hoạch tuyên truyền
              </button>
            )}
          </>
        ) : (
          editable && (
            <button
              type="button"
              class="button-secondary"
              onClick={() => updateDisseminationPlan({})}
            >
              Thêm kế hoạch tuyên truyền
            </button>
          )
        )}
      </Fieldset>
    </SectionForm>
  );
}
