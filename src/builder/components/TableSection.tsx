/**
 * III. Kế hoạch triển khai, as "add to a list": an overview of the seven areas with totals, then
 * per area a summary table with the outline's columns and a form for one row at a time.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { fullAreaOf, fullAreasOf } from '../../outline/areas.ts';
import { tableHeadingOf, templateOf, type AreaId } from '../../plan/templates.ts';
import { tableColumns } from '../../outline/data.ts';
import type { Area } from '../../outline/schema.ts';
import { rowPositionInArea } from '../../plan/paths.ts';
import { suggestedTasks } from '../../plan/starter-tasks.ts';
import { unitNamesIn } from '../../plan/unit-names-used.ts';
import { formatVnd } from '../../plan/vi-format.ts';
import { href } from '../../site/paths.ts';
import { Banner } from '../../ui/banner/Banner.tsx';
import { outlineColumns } from '../../ui/rows-table/columns.ts';
import { RowsTable, type ExtraCell } from '../../ui/rows-table/RowsTable.tsx';
import { navigate, routeHash } from '../navigation.ts';
import { $totals } from '../stores/checks.ts';
import { $draft, $isEditable, $plan } from '../stores/editor.ts';
import {
  $deletedRow,
  $rowRefused,
  addRow,
  deleteRow,
  moveRow,
  undoDeleteRow,
  updateRow,
} from '../stores/plan-actions.ts';
import { MergePanel } from './MergePanel.tsx';
import { BudgetChart, Timeline } from './Timeline.tsx';
import { MoneyField } from '../../ui/form/MoneyField.tsx';
import { MonthYearField } from '../../ui/form/MonthYearField.tsx';
import { ListField, TextArea, TextField } from '../../ui/form/fields.tsx';
import { SectionFindings } from '../../ui/findings/SectionFindings.tsx';
import { SectionForm } from './SectionForm.tsx';

const column = (id: (typeof tableColumns)[number]['id']) =>
  tableColumns.find((c) => c.id === id)!.label;

export function TableSection({ areaId, rowId }: { areaId?: AreaId; rowId?: string }) {
  const plan = useStore($plan);
  const area = plan && areaId ? fullAreaOf(templateOf(plan).id, areaId) : undefined;
  return (
    <SectionForm>
      {area && rowId ? (
        <RowForm area={area} rowId={rowId} />
      ) : area ? (
        <AreaRows area={area} />
      ) : (
        <>
          <SectionFindings path="rows" />
          <AreasOverview />
        </>
      )}
    </SectionForm>
  );
}

function AreasOverview() {
  const totals = useStore($totals);
  const draft = useStore($draft);
  const plan = useStore($plan);
  if (!totals || !draft || !plan) return null;
  const template = templateOf(plan);
  return (
    <>
      <p>
        Mỗi lĩnh vực cần ít nhất một nhiệm vụ, mỗi nhiệm vụ có sản phẩm, một cơ quan chủ trì, thời
        gian và kinh phí (<a href={href('de-cuong/#iii')}>Đề cương, mục III</a>;{' '}
        <a href={href('huong-dan/#i-2')}>Công văn 219, mục I.2</a>).
      </p>
      <table class="data-table">
        <caption>Các lĩnh vực và kinh phí dự kiến</caption>
        <thead>
          <tr>
            <th scope="col">Lĩnh vực</th>
            <th scope="col" class="num">
              Số nhiệm vụ
            </th>
            <th scope="col" class="num">
              Kinh phí dự kiến
            </th>
          </tr>
        </thead>
        <tbody>
          {fullAreasOf(template.id).map((area) => {
            const total = totals.areas.find((t) => t.areaId === area.id);
            return (
              <tr>
                <th scope="row">
                  <a
                    href={routeHash({
                      draftId: draft.id,
                      section: 'ke-hoach-trien-khai',
                      areaId: area.id,
                    })}
                  >
                    {tableHeadingOf(area)}
                  </a>
                </th>
                <td class="num">{total?.rowCount ?? 0}</td>
                <td class="num">{formatVnd(total?.budgetVnd ?? 0)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Tổng kinh phí</th>
            <td class="num">{totals.rowCount}</td>
            <td class="num" data-total>
              {formatVnd(totals.budgetVnd)}
            </td>
          </tr>
        </tfoot>
      </table>
      <h3>Kế hoạch theo thời gian và kinh phí</h3>
      <BudgetChart totals={totals} template={template} />
      <Timeline plan={plan} />
      <MergePanel />
    </>
  );
}

function AreaRows({ area }: { area: Area }) {
  const plan = useStore($plan);
  const draft = useStore($draft);
  const totals = useStore($totals);
  const editable = useStore($isEditable);
  const deleted = useStore($deletedRow);
  const refused = useStore($rowRefused);
  const undoButton = useRef<HTMLButtonElement>(null);
  // After a delete, focus goes to its undo: the deleted row's buttons are gone.
  useEffect(() => undoButton.current?.focus(), [deleted]);
  if (!plan || !draft) return null;
  const areaId = area.id;
  const rows = plan.rows.filter((row) => row.areaId === areaId);
  const total = totals?.areas.find((t) => t.areaId === areaId);
  const starters = suggestedTasks(
    area,
    plan.unit.type,
    new Set(rows.map((row) => row.generalTask.trim())),
  );
  const open = (rowId: string | undefined) => {
    if (rowId) navigate({ draftId: draft.id, section: 'ke-hoach-trien-khai', areaId, rowId });
  };
  return (
    <>
      <p>
        <a href={routeHash({ draftId: draft.id, section: 'ke-hoach-trien-khai' })}>
          Về danh sách lĩnh vực
        </a>
      </p>
      <h3 class="area-heading">{tableHeadingOf(area)}</h3>
      <p>
        Kinh phí của lĩnh vực: <strong data-area-total>{formatVnd(total?.budgetVnd ?? 0)}</strong> ·
        Tổng cả kế hoạch: <strong>{formatVnd(totals?.budgetVnd ?? 0)}</strong>
      </p>
      {deleted && deleted.row.areaId === areaId && (
        <div class="notice" role="status">
          Đã xóa {deleted.label}.{' '}
          <button type="button" class="button-secondary" ref={undoButton} onClick={undoDeleteRow}>
            Hoàn tác xóa {deleted.label}
          </button>
        </div>
      )}
      {rows.length === 0 ? (
        <p>Lĩnh vực này chưa có nhiệm vụ nào.</p>
      ) : (
        <RowsTable
          id={`rows-${areaId}`}
          caption={`Nhiệm vụ của lĩnh vực ${tableHeadingOf(area)}`}
          rows={rows}
          columns={outlineColumns}
          rowIdPrefix="row-"
          trailing={editable ? rowActions(open) : undefined}
        />
      )}
      {refused && <Banner kind="error" title="Không thêm được nhiệm vụ." problems={refused} />}
      {editable && (
        <div class="actions">
          <button type="button" onClick={() => open(addRow(areaId))}>
            Thêm nhiệm vụ
          </button>
        </div>
      )}
      {editable && starters.length > 0 && (
        <section class="starters" aria-labelledby={`starters-${areaId}`}>
          <h4 id={`starters-${areaId}`}>Gợi ý từ đề cương</h4>
          <p>Bấm để thêm thành một nhiệm vụ, rồi điền tiếp các cột còn lại.</p>
          <ul>
            {starters.map((text) => (
              <li>
                <button
                  type="button"
                  class="button-secondary"
                  onClick={() => open(addRow(areaId, text))}
                >
                  Thêm: {text}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The builder's actions on one row of an area's table. */
const rowActions = (onOpen: (rowId: string) => void): ExtraCell => ({
  header: 'Thao tác',
  class: 'row-actions',
  cell: (row, position, count) => {
    const label = `nhiệm vụ ${position}`;
    return (
      <>
        <button type="button" class="button-secondary" onClick={() => onOpen(row.id)}>
          Sửa<span class="visually-hidden"> {label}</span>
        </button>
        <button
          type="button"
          class="button-secondary"
          disabled={position === 1}
          onClick={() => moveRow(row.id, -1)}
        >
          Lên<span class="visually-hidden"> {label}</span>
        </button>
        <button
          type="button"
          class="button-secondary"
          disabled={position === count}
          onClick={() => moveRow(row.id, 1)}
        >
          Xuống<span class="visually-hidden"> {label}</span>
        </button>
        <button type="button" class="button-warning" onClick={() => deleteRow(row.id, label)}>
          Xóa<span class="visually-hidden"> {label}</span>
        </button>
      </>
    );
  },
});

function RowForm({ area, rowId }: { area: Area; rowId: string }) {
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
  const unitNames = unitNamesIn(plan);
  const path = (field: string) => `rows[${index}].${field}`;
  return (
    <form
      class="row-form"
      onSubmit={(event) => (
        event.preventDefault(),
        navigate({ draftId: draft.id, section: 'ke-hoach-trien-khai', areaId })
      )}
    >
      <datalist id="unit-names">
        {unitNames.map((name) => (
          <option value={name} />
        ))}
      </datalist>
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
