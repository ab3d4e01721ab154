/**
 * "Gộp từ tệp khác": the office merges the rows each division drafted. A preview lists what
 * will be added; rows identical to existing ones are flagged and left out unless kept.
 */
import { useStore } from '@nanostores/preact';
import { areaTableHeading, templateOf } from '../../../plan/templates.ts';
import { planFileTypes } from '../../../drafts/plan-file.ts';
import { Banner } from '../../../ui/banner/Banner.tsx';
import { FileDrop } from '../../../ui/file-drop/FileDrop.tsx';
import { previewColumns } from '../../../ui/rows-table/columns.ts';
import { RowsTable, type ExtraCell } from '../../../ui/rows-table/RowsTable.tsx';
import { $isEditable, $plan } from '../../stores/editor.ts';
import {
  $merge,
  $mergeDone,
  $mergeError,
  $mergeRefused,
  cancelMerge,
  chooseMergeFile,
  confirmMerge,
  setKept,
  undoMerge,
} from '../../stores/plan-files.ts';

export function MergePanel() {
  const merge = useStore($merge);
  const error = useStore($mergeError);
  const refused = useStore($mergeRefused);
  const done = useStore($mergeDone);
  const editable = useStore($isEditable);
  const plan = useStore($plan);
  if (!editable || !plan) return null;
  const template = templateOf(plan);
  const duplicates = new Set(
    merge?.preview.rows.filter((entry) => entry.duplicateOf).map(({ row }) => row.id),
  );
  const keepCell: ExtraCell = {
    header: 'Thêm',
    cell: (row, position) => (
      <>
        <input
          type="checkbox"
          id={`merge-keep-${position}`}
          checked={merge?.keep.has(row.id)}
          onChange={(event) => setKept(row.id, event.currentTarget.checked)}
        />
        <label for={`merge-keep-${position}`} class="visually-hidden">
          Thêm nhiệm vụ {position} của tệp
        </label>
        {duplicates.has(row.id) && <strong class="merge-flag">Trùng với nhiệm vụ đã có</strong>}
      </>
    ),
  };
  return (
    <section class="panel" aria-labelledby="merge-title">
      <h3 id="merge-title">Gộp nhiệm vụ từ tệp khác</h3>
      <p>
        Văn phòng tổng hợp nhiệm vụ do các phòng gửi về: chọn tệp kế hoạch (.json) của một phòng để
        thêm các nhiệm vụ và mục tiêu của tệp đó vào bản nháp này.
      </p>
      {done && (
        <div class="notice" role="status">
          Đã gộp {done.rows} nhiệm vụ và {done.objectives} mục tiêu.{' '}
          <button type="button" class="button-secondary" onClick={undoMerge}>
            Hoàn tác gộp
          </button>
        </div>
      )}
      {error && (
        <Banner
          kind="error"
          title={`Không gộp được tệp “${error.fileName}”. Bản nháp không thay đổi.`}
          problems={error.problems}
        />
      )}
      {!merge && (
        <FileDrop
          id="merge-file"
          label="Chọn tệp để gộp"
          hint="Hoặc kéo thả tệp vào đây. Bạn sẽ xem trước những gì được thêm."
          accept={planFileTypes}
          onFiles={([file]) => void chooseMergeFile(file!)}
        />
      )}
      {merge && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void confirmMerge();
          }}
        >
          {merge.preview.otherTemplate && (
            <p class="notice">
              Tệp này theo {merge.preview.otherTemplate}; kế hoạch của bạn theo{' '}
              {template.shortTitle}. Mỗi nhiệm vụ được xếp vào lĩnh vực tương ứng, xem cột “Lĩnh
              vực” trước khi gộp.
            </p>
          )}
          <RowsTable
            id="merge-preview"
            caption={`Xem trước: ${merge.preview.rows.length} nhiệm vụ trong tệp “${merge.fileName}”`}
            rows={merge.preview.rows.map(({ row }) => row)}
            columns={previewColumns}
            areaName={(areaId) => areaTableHeading(template, areaId)}
            leading={keepCell}
            rowState={(row) => merge.keep.has(row.id)}
            rowClass={(row) => (duplicates.has(row.id) ? 'merge-duplicate' : undefined)}
            compact
          />
          {merge.preview.objectives.length > 0 && (
            <>
              <p>Mục tiêu mới sẽ được thêm:</p>
              <ul>
                {merge.preview.objectives.map((objective) => (
                  <li>{objective}</li>
                ))}
              </ul>
            </>
          )}
          {refused && (
            <Banner
              kind="error"
              title="Chưa gộp được. Bản nháp không thay đổi."
              problems={refused}
            />
          )}
          <div class="actions">
            <button type="submit">Gộp {merge.keep.size} nhiệm vụ</button>{' '}
            <button type="button" class="button-secondary" onClick={cancelMerge}>
              Thôi, không gộp
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
