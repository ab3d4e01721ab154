/** One task of section III in its form, a field per column of the outline's table. */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { tableHeadingOf, type AreaId } from '../../../plan/templates.ts';
import { tableColumns } from '../../../outline/data.ts';
import type { Area } from '../../../outline/schema.ts';
import { rowPositionInArea } from '../../../plan/paths.ts';
import { navigate, routeHash } from '../../navigation.ts';
import { $draft, $plan } from '../../stores/editor.ts';
import { updateRow } from '../../stores/plan-actions.ts';
import { MoneyField } from '../../../ui/form/MoneyField.tsx';
import { MonthYearField } from '../../../ui/form/MonthYearField.tsx';
import { ListField, TextArea, TextField } from '../../../ui/form/fields.tsx';
import { SectionFindings } from '../../../ui/findings/SectionFindings.tsx';
import { UnitNameSuggestions } from '../UnitNameSuggestions.tsx';

const column = (id: (typeof tableColumns)[number]['id']) =>
  tableColumns.find((c) => c.id === id)!.label;

export function RowForm({ area, rowId }: { area: Area; rowId: string }) {
  const plan = useStore($plan);
  const draft = useStore($draft);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A link from the summary may have focused a field (or a control in its group) already.
    if (!document.activeElement?.closest('[id^="f-"]')) heading.current?.focus();
  }, [rowId]);
  if (!plan || !draft) return null;
  const index = plan.rows.findIndex((row) => row.id === rowId);
  const row = plan.rows[index];
  const areaId = area.id as AreaId;
  const back = routeHash({ draftId: draft.id, section: 'ke-hoach-trien-khai', areaId });
  if (!row) {
    return (
      <p>
        Không còn nhiệm vụ này (có thể đã bị xóa). <a href={back}>Về danh sách nhiệm vụ</a>
      </p>
    );
  }
  const position = rowPositionInArea(plan.rows, index);
  const path = (field: string) => `rows[${index}].${field}`;
  return (
    <form
      class="row-form"
      onSubmit={(event) => (
        event.preventDefault(),
        navigate({ draftId: draft.id, section: 'ke-hoach-trien-khai', areaId })
      )}
    >
      <UnitNameSuggestions id="unit-names" plan={plan} />
      <h3 tabIndex={-1} ref={heading}>
        {tableHeadingOf(area)}: nhiệm vụ {position}
      </h3>
      <SectionFindings path={`rows[${index}]`} />
      <TextArea
        label={column('generalTask')}
        path={path('generalTask')}
        rows={2}
        value={row.generalTask}
        onInput={(generalTask) => updateRow(row.id, { generalTask }, 'generalTask')}
      />
      <TextArea
        label={column('specificTask')}
        hint="Việc cụ thể sẽ làm, đủ rõ để theo dõi được"
        path={path('specificTask')}
        rows={2}
        value={row.specificTask}
        onInput={(specificTask) => updateRow(row.id, { specificTask }, 'specificTask')}
      />
      <ListField
        label={column('products')}
        hint="Kết quả cụ thể: văn bản, báo cáo, hệ thống…"
        path={path('products')}
        items={row.products}
        itemLabel="Sản phẩm"
        addLabel="Thêm sản phẩm"
        onChange={(products) => updateRow(row.id, { products }, 'products')}
      />
      <TextField
        label={column('leadUnit')}
        hint="Một cơ quan, đơn vị duy nhất; không ghi chung chung như “các phòng”"
        path={path('leadUnit')}
        list="unit-names"
        value={row.leadUnit}
        onInput={(leadUnit) => updateRow(row.id, { leadUnit }, 'leadUnit')}
      />
      <ListField
        label={column('coordinatingUnits')}
        path={path('coordinatingUnits')}
        list="unit-names"
        items={row.coordinatingUnits}
        itemLabel="Cơ quan phối hợp"
        addLabel="Thêm cơ quan phối hợp"
        onChange={(coordinatingUnits) =>
          updateRow(row.id, { coordinatingUnits }, 'coordinatingUnits')
        }
      />
      <div class="period">
        <MonthYearField
          legend="Thời gian thực hiện: từ"
          path={path('from')}
          value={row.from}
          onChange={(from) => updateRow(row.id, { from }, 'from')}
        />
        <MonthYearField
          legend="Thời gian thực hiện: đến"
          path={path('to')}
          value={row.to}
          onChange={(to) => updateRow(row.id, { to }, 'to')}
        />
      </div>
      <MoneyField
        label={column('budgetVnd')}
        hint="Số nguyên, đơn vị đồng; ghi 0 nếu không cần kinh phí"
        path={path('budgetVnd')}
        value={row.budgetVnd}
        onChange={(budgetVnd) => updateRow(row.id, { budgetVnd }, 'budgetVnd')}
      />
      <TextArea
        label={column('notes')}
        path={path('notes')}
        rows={2}
        value={row.notes}
        onInput={(notes) => updateRow(row.id, { notes }, 'notes')}
      />
      <div class="actions">
        <button type="submit">Xong, về danh sách nhiệm vụ</button>
      </div>
    </form>
  );
}
