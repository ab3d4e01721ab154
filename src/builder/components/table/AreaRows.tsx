/** One area of section III: its tasks as a table with their actions, and the outline's suggestions. */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { tableHeadingOf } from '../../../plan/templates.ts';
import type { Area } from '../../../outline/schema.ts';
import { suggestedTasks } from '../../../plan/starter-tasks.ts';
import { formatVnd } from '../../../plan/vi-format.ts';
import { Banner } from '../../../ui/banner/Banner.tsx';
import { outlineColumns } from '../../../ui/rows-table/columns.ts';
import { RowsTable, type ExtraCell } from '../../../ui/rows-table/RowsTable.tsx';
import { navigate, routeHash } from '../../navigation.ts';
import { $totals } from '../../stores/checks.ts';
import { $draft, $isEditable, $plan } from '../../stores/editor.ts';
import {
  $deletedRow,
  $rowRefused,
  addRow,
  deleteRow,
  moveRow,
  undoDeleteRow,
} from '../../stores/plan-actions.ts';

export function AreaRows({ area }: { area: Area }) {
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
