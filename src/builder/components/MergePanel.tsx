/**
 * "Gộp từ tệp khác": the office merges the rows each division drafted. A preview lists what
 * will be added; rows identical to existing ones are flagged and left out unless kept.
 */
import { useStore } from '@nanostores/preact';
import { areaTableHeading, templateOf } from '../../plan/templates.ts';
import { formatPeriod, formatVnd } from '../../plan/vi-format.ts';
import { $isEditable, $plan } from '../stores/editor.ts';
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
} from '../stores/plan-files.ts';
import { FilePicker } from './OpenFile.tsx';

export function MergePanel() {
  const merge = useStore($merge);
  const error = useStore($mergeError);
  const refused = useStore($mergeRefused);
  const done = useStore($mergeDone);
  const editable = useStore($isEditable);
  const plan = useStore($plan);
  if (!editable || !plan) return null;
  const template = templateOf(plan);
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
        <div class="banner banner-error" role="alert">
          <p>Không gộp được tệp “{error.fileName}”. Bản nháp không thay đổi.</p>
          <ul>
            {error.problems.map((problem) => (
              <li>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {!merge && (
        <FilePicker
          id="merge-file"
          label="Chọn tệp để gộp"
          hint="Hoặc kéo thả tệp vào đây. Bạn sẽ xem trước những gì được thêm."
          onFile={(file) => void chooseMergeFile(file)}
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
          <table class="data-table">
            <caption>
              Xem trước: {merge.preview.rows.length} nhiệm vụ trong tệp “{merge.fileName}”
            </caption>
            <thead>
              <tr>
                <th scope="col">Thêm</th>
                <th scope="col">Lĩnh vực</th>
                <th scope="col">Nhiệm vụ cụ thể</th>
                <th scope="col">Cơ quan chủ trì</th>
                <th scope="col">Thời gian</th>
                <th scope="col" class="num">
                  Kinh phí
                </th>
              </tr>
            </thead>
            <tbody>
              {merge.preview.rows.map(({ row, duplicateOf }, index) => (
                <tr class={duplicateOf ? 'merge-duplicate' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      id={`merge-keep-${index}`}
                      checked={merge.keep.has(row.id)}
                      onChange={(event) => setKept(row.id, event.currentTarget.checked)}
                    />
                    <label for={`merge-keep-${index}`} class="visually-hidden">
                      Thêm nhiệm vụ {index + 1} của tệp
                    </label>
                    {duplicateOf && <strong class="merge-flag">Trùng với nhiệm vụ đã có</strong>}
                  </td>
                  <td>{areaTableHeading(template, row.areaId)}</td>
                  <td>{row.specificTask || row.generalTask}</td>
                  <td>{row.leadUnit}</td>
                  <td>{formatPeriod(row.from, row.to)}</td>
                  <td class="num">
                    {row.budgetVnd === null ? 'chưa có' : formatVnd(row.budgetVnd)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
            <div class="banner banner-error" role="alert">
              <p>Chưa gộp được. Bản nháp không thay đổi.</p>
              <ul>
                {refused.map((reason) => (
                  <li>{reason}</li>
                ))}
              </ul>
            </div>
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
