/** Thông tin chung: the unit, the document's header and signature, the province's plan. */
import { useStore } from '@nanostores/preact';
import { unitTypeLabels } from '../../plan/unit-type-labels.ts';
import { signingForms } from '../../plan/schema.ts';
import { templateOf } from '../../plan/templates.ts';
import { $plan } from '../stores/editor.ts';
import {
  setPlanYear,
  updateDocument,
  updateProvincePlan,
  updateUnit,
} from '../stores/plan-actions.ts';
import { DateField } from '../../ui/form/DateField.tsx';
import { Fieldset, ListField, SelectField, TextField } from '../../ui/form/fields.tsx';
import { SectionFindings } from '../../ui/findings/SectionFindings.tsx';
import { SectionForm } from './SectionForm.tsx';

const years = Array.from({ length: 30 }, (_, i) => 2012 + i);

/** The usual years, and the plan's own when it lies outside them: a select never shows blank. */
function yearsWith(planYear: number): number[] {
  return years.includes(planYear) ? years : [...years, planYear].sort((a, b) => a - b);
}

export function UnitSection() {
  const plan = useStore($plan);
  if (!plan) return null;
  const { unit, document, provincePlan } = plan;
  const isProvince = unit.type === 'tinh';
  return (
    <SectionForm>
      {['', 'unit', 'document', 'provincePlan'].map((part) => (
        <SectionFindings key={part} path={part} />
      ))}
      <Fieldset legend="Đơn vị">
        <SelectField
          label="Loại đơn vị"
          path="unit.type"
          value={unit.type}
          // The plan's outline says which units plan on it (a ward only on the 2021–2030 one).
          options={templateOf(plan).unitTypes.map((type) => ({
            value: type,
            label: unitTypeLabels[type],
          }))}
          onChange={(type) => updateUnit({ type }, 'type')}
        />
        <TextField
          label="Cơ quan chủ quản"
          hint="Dòng đầu của tiêu đề, ví dụ: UBND TỈNH MẪU"
          path="unit.parentAgency"
          value={unit.parentAgency}
          onInput={(parentAgency) => updateUnit({ parentAgency }, 'parentAgency')}
        />
        <TextField
          label="Tên đơn vị ban hành kế hoạch"
          hint="Ví dụ: Sở Nội vụ, UBND huyện Mẫu Sơn"
          path="unit.name"
          value={unit.name}
          onInput={(name) => updateUnit({ name }, 'name')}
        />
        <SelectField
          label="Kế hoạch cho năm"
          path="planYear"
          value={String(plan.planYear)}
          options={yearsWith(plan.planYear).map((year) => ({
            value: String(year),
            label: String(year),
          }))}
          onChange={(year) => setPlanYear(Number(year))}
        />
      </Fieldset>
      <Fieldset legend="Văn bản">
        <TextField
          label="Số"
          hint="Để trống nếu văn thư sẽ cấp số khi ban hành"
          path="document.number"
          width="short"
          value={document.number}
          onInput={(number) => updateDocument({ number }, 'number')}
        />
        <TextField
          label="Ký hiệu"
          hint="Phần sau “Số …/”, ví dụ: KH-SNV"
          path="document.symbol"
          width="short"
          value={document.symbol}
          onInput={(symbol) => updateDocument({ symbol }, 'symbol')}
        />
        <TextField
          label="Địa danh"
          hint="Ví dụ: Mẫu Sơn"
          path="document.place"
          value={document.place}
          onInput={(place) => updateDocument({ place }, 'place')}
        />
        <DateField
          legend="Ngày ban hành"
          hint="Kế hoạch năm sau phải ban hành chậm nhất ngày 31 tháng 12 năm trước"
          path="document.issueDate"
          value={document.issueDate}
          onChange={(issueDate) => updateDocument({ issueDate }, 'issueDate')}
        />
        <SelectField
          label="Hình thức ký"
          hint="KT. (ký thay), TM. (thay mặt tập thể)…; để trống nếu thủ trưởng ký"
          path="document.signingForm"
          value={document.signingForm}
          options={signingForms.map((form) => ({ value: form, label: form || '(thủ trưởng ký)' }))}
          onChange={(signingForm) => updateDocument({ signingForm }, 'signingForm')}
        />
        <TextField
          label="Ký thay, thay mặt cho"
          hint="Ví dụ: Giám đốc (sau KT.), Ủy ban nhân dân (sau TM.)"
          path="document.signingFor"
          value={document.signingFor}
          onInput={(signingFor) => updateDocument({ signingFor }, 'signingFor')}
        />
        <TextField
          label="Chức vụ người ký"
          path="document.signerTitle"
          value={document.signerTitle}
          onInput={(signerTitle) => updateDocument({ signerTitle }, 'signerTitle')}
        />
        <TextField
          label="Họ và tên người ký"
          path="document.signerName"
          value={document.signerName}
          onInput={(signerName) => updateDocument({ signerName }, 'signerName')}
        />
        <ListField
          label="Nơi nhận"
          hint="Mỗi ô một nơi nhận, ví dụ: UBND tỉnh (b/c); dòng cuối thường là Lưu: VT"
          path="document.recipients"
          items={document.recipients}
          itemLabel="Nơi nhận"
          addLabel="Thêm nơi nhận"
          onChange={(recipients) => updateDocument({ recipients }, 'recipients')}
        />
      </Fieldset>
      {/* The province's own plan is built on the Government's programme and its own plan for
          the period, not on a province plan: the same fields, named for what they hold. */}
      <Fieldset legend={isProvince ? 'Văn bản làm căn cứ' : 'Kế hoạch CCHC của tỉnh'}>
        <TextField
          label={
            isProvince
              ? 'Chương trình, kế hoạch CCHC cấp trên làm căn cứ'
              : 'Văn bản kế hoạch CCHC năm của tỉnh'
          }
          hint={
            isProvince
              ? 'Ví dụ: Nghị quyết của Chính phủ ban hành Chương trình tổng thể CCHC; kế hoạch CCHC giai đoạn của tỉnh'
              : 'Kế hoạch làm trước kế hoạch của tỉnh phải được rà soát lại theo kế hoạch đó'
          }
          path="provincePlan.reference"
          value={provincePlan.reference}
          onInput={(reference) => updateProvincePlan({ reference }, 'reference')}
        />
        <DateField
          legend={isProvince ? 'Ngày ban hành văn bản căn cứ' : 'Ngày ban hành kế hoạch của tỉnh'}
          path="provincePlan.issueDate"
          value={provincePlan.issueDate}
          onChange={(issueDate) => updateProvincePlan({ issueDate }, 'issueDate')}
        />
      </Fieldset>
    </SectionForm>
  );
}
