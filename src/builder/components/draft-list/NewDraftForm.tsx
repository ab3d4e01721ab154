/** "Soạn kế hoạch mới": the year, the outline (which follows the year until chosen) and the unit type. */
import { useState } from 'preact/hooks';
import { templateForYear, templateYearsNote } from '../../../outline/data.ts';
import type { UnitType } from '../../../outline/schema.ts';
import { unitTypeLabels } from '../../../plan/unit-type-labels.ts';
import { outlineTemplates, templateById, type TemplateId } from '../../../plan/templates.ts';
import { goToDraft } from './go-to-draft.ts';
import { createDraft } from '../../stores/workspace.ts';

export function NewDraftForm() {
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  // The template follows the year until the user picks one.
  const [chosenTemplate, setTemplate] = useState<TemplateId | null>(null);
  const template = chosenTemplate ?? (templateForYear(Number(year)).id as TemplateId);
  const unitTypes = templateById(template).unitTypes;
  const [chosenUnitType, setUnitType] = useState<UnitType>('so');
  // A unit type the template lacks (UBND xã on the 2012 outline) falls back to the first one.
  const unitType = unitTypes.includes(chosenUnitType) ? chosenUnitType : 'so';
  return (
    <section aria-labelledby="new-plan-title" class="panel">
      <h2 id="new-plan-title">Soạn kế hoạch mới</h2>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void createDraft(unitType, Number(year), template).then(goToDraft);
        }}
      >
        <div class="field">
          <label for="new-year">Kế hoạch cho năm</label>
          <select id="new-year" value={year} onChange={(e) => setYear(e.currentTarget.value)}>
            {Array.from({ length: 30 }, (_, i) => String(2012 + i)).map((y) => (
              <option value={y}>{y}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="new-template">Đề cương áp dụng</label>
          <p class="field-hint" id="new-template-hint">
            {templateYearsNote()}
          </p>
          <select
            id="new-template"
            value={template}
            aria-describedby="new-template-hint"
            onChange={(e) => setTemplate(e.currentTarget.value as TemplateId)}
          >
            {outlineTemplates.map((option) => (
              <option value={option.id}>{option.title}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="new-unit-type">Loại đơn vị</label>
          <select
            id="new-unit-type"
            value={unitType}
            onChange={(e) => setUnitType(e.currentTarget.value as UnitType)}
          >
            {unitTypes.map((type) => (
              <option value={type}>{unitTypeLabels[type]}</option>
            ))}
          </select>
        </div>
        <button type="submit">Bắt đầu soạn</button>
      </form>
    </section>
  );
}
