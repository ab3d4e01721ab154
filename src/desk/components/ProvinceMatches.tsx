/**
 * A unit against the province's own plan: each task the province gives it (to lead or to
 * coordinate), the unit's task proposed as carrying it out, and "Khớp với…" for the reviewer to
 * choose another, or none; the choice is kept in the round (src/round/province.ts).
 */
import { chooseMatch } from '../stores/desk.ts';
import type { DeskProvinceMatch, DeskTask, UnitDetail } from '../protocol.ts';

const PROPOSED = 'auto';
const NONE = 'none';
const rowValue = (rowId: string) => `row:${rowId}`;

/** Long tasks would make the select wider than a phone; the row's line number tells them apart. */
const shortText = (text: string, max = 90) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

const taskLine = (task: DeskTask) => `Dòng ${task.position}: ${task.text}`;

function selected(match: DeskProvinceMatch): string {
  if (match.choice === undefined) return PROPOSED;
  return match.choice === '' ? NONE : rowValue(match.choice);
}

function choiceOf(value: string): string | null {
  if (value === PROPOSED) return null;
  return value === NONE ? '' : value.slice(rowValue('').length);
}

function MatchRow({
  unitId,
  match,
  tasks,
}: {
  unitId: string;
  match: DeskProvinceMatch;
  tasks: DeskTask[];
}) {
  const taskId = `tinh-dong-${match.position}`;
  return (
    <tr data-province-row={match.position}>
      <td data-label="Dòng" class="desk-numeric">
        {match.position}
      </td>
      <th scope="row" id={taskId}>
        {match.text}
      </th>
      <td data-label="Vai trò">{match.role === 'lead' ? 'Chủ trì' : 'Phối hợp'}</td>
      <td data-label="Nhiệm vụ của đơn vị" class="desk-match-unit-task">
        {match.match ? (
          <>
            {taskLine(match.match)}{' '}
            <span class="desk-tag">{match.choice === undefined ? 'đề xuất' : 'đã chọn'}</span>
          </>
        ) : (
          <span class={`desk-tag ${match.role === 'lead' ? 'desk-tag-warn' : ''}`}>
            Chưa có nhiệm vụ tương ứng
          </span>
        )}
      </td>
      <td data-label="Khớp với…">
        <select
          class="desk-match-choice"
          aria-label={`Khớp với… (dòng ${match.position} của kế hoạch tỉnh)`}
          aria-describedby={taskId}
          value={selected(match)}
          onChange={(event) =>
            void chooseMatch(unitId, match.provinceRowId, choiceOf(event.currentTarget.value))
          }
        >
          <option value={PROPOSED}>Theo đề xuất</option>
          <option value={NONE}>Không có</option>
          {tasks.map((task) => (
            <option key={task.rowId} value={rowValue(task.rowId)}>
              {shortText(taskLine(task))}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}

export function ProvinceMatches({
  unitId,
  province,
  tasks,
}: {
  unitId: string;
  province: NonNullable<UnitDetail['province']>;
  tasks: DeskTask[];
}) {
  const { matches } = province;
  const missing = matches.filter((match) => match.match === null).length;
  return (
    <section class="desk-section desk-province" aria-labelledby="doi-chieu-tinh">
      <h2 id="doi-chieu-tinh">Đối chiếu với kế hoạch của tỉnh</h2>
      <p class="field-hint">
        Kế hoạch của tỉnh: {province.unitName || '(chưa ghi tên)'} (tệp {province.file}). Nhiệm vụ
        của đơn vị được đề xuất theo từ ngữ giống nhau; nếu chưa đúng, chọn lại ở “Khớp với…”. Lựa
        chọn được lưu trong đợt tổng hợp.
      </p>
      {matches.length === 0 ? (
        <p>Kế hoạch của tỉnh không giao nhiệm vụ nào cho đơn vị này.</p>
      ) : (
        <div class="desk-table-wrap">
          <table class="desk-match-table">
            <caption>
              {matches.length} nhiệm vụ tỉnh giao cho đơn vị
              {missing > 0
                ? `, ${missing} chưa có nhiệm vụ tương ứng`
                : ', đều có nhiệm vụ tương ứng'}
            </caption>
            <thead>
              <tr>
                <th scope="col" class="desk-match-col-line">
                  Dòng
                </th>
                <th scope="col">Nhiệm vụ của tỉnh</th>
                <th scope="col" class="desk-match-col-role">
                  Vai trò
                </th>
                <th scope="col">Nhiệm vụ của đơn vị</th>
                <th scope="col" class="desk-match-col-choice">
                  Khớp với…
                </th>
              </tr>
            </thead>
            <tbody>
              {matches.map((match) => (
                <MatchRow key={match.provinceRowId} unitId={unitId} match={match} tasks={tasks} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
