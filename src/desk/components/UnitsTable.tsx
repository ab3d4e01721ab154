/**
 * One row per plan received: who, what, when, what the checker found, how much it covers and
 * costs. A real table (caption, headers, `aria-sort` on the sorted column, a button in each
 * header); on a phone each row reads as a card, every cell labelled by its header.
 */
import { useStore } from '@nanostores/preact';
import { Component, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatAmount, formatDate, formatRate, formatVnd } from '../../plan/vi-format.ts';
import type { DeskSnapshot, DeskUnit } from '../protocol.ts';
import { keepPlan } from '../stores/desk.ts';
import { unitHash } from '../stores/route.ts';
import {
  $chips,
  $query,
  $sort,
  chips,
  sortBy,
  tableRows,
  toggleChip,
  type Chip,
  type SortColumn,
} from '../stores/table.ts';

/** What a row shows besides its unit: the same for every row of the round. */
interface RowContext {
  rosterGiven: boolean;
  deadlineSet: boolean;
}

interface Column {
  id: SortColumn;
  label: string;
  cell: (unit: DeskUnit, context: RowContext) => ComponentChildren;
  numeric?: boolean;
}

function issued(unit: DeskUnit, { deadlineSet }: RowContext): ComponentChildren {
  const { issueDate } = unit.summary;
  if (issueDate === null) return <span class="desk-tag desk-tag-warn">Chưa ghi ngày</span>;
  return (
    <>
      {formatDate(issueDate)}{' '}
      {unit.onTime === true ? (
        <span class="desk-tag desk-tag-ok">Đúng hạn</span>
      ) : unit.onTime === false ? (
        <span class="desk-tag desk-tag-bad">Nộp muộn</span>
      ) : !deadlineSet ? null : (
        <span class="desk-tag desk-tag-warn">Chưa xét</span>
      )}
    </>
  );
}

function UnitCell({ unit, rosterGiven }: { unit: DeskUnit; rosterGiven: boolean }) {
  return (
    <>
      <a href={unitHash(unit.id)} class="desk-unit-name">
        {unit.summary.unitName || '(chưa ghi tên đơn vị)'}
      </a>
      <span class="desk-file-name">{unit.file}</span>
      {unit.fromWord && <span class="desk-tag desk-tag-word">Đọc từ Word</span>}
      {rosterGiven && unit.rosterName === null && (
        <span class="desk-tag desk-tag-warn">Ngoài danh sách</span>
      )}
      {unit.otherYear && <span class="desk-tag desk-tag-warn">Khác năm của đợt</span>}
      {unit.sameUnit.length > 0 &&
        (unit.kept ? (
          <span class="desk-tag desk-tag-warn">
            Trùng đơn vị: đang dùng bản này ({unit.sameUnit.length + 1} bản)
          </span>
        ) : (
          <span class="desk-duplicate">
            <span class="desk-tag desk-tag-bad">Trùng đơn vị: bản không dùng</span>
            <button
              type="button"
              class="button-secondary"
              aria-label={`Giữ bản này: ${unit.summary.unitName}, tệp ${unit.file}`}
              onClick={() => void keepPlan(unit.key, unit.id)}
            >
              Giữ bản này
            </button>
          </span>
        ))}
    </>
  );
}

const columns: Column[] = [
  {
    id: 'unit',
    label: 'Đơn vị',
    cell: (unit, { rosterGiven }) => <UnitCell unit={unit} rosterGiven={rosterGiven} />,
  },
  { id: 'type', label: 'Loại', cell: (unit) => unit.unitTypeLabel },
  { id: 'template', label: 'Đề cương', cell: (unit) => unit.templateTitle },
  { id: 'year', label: 'Năm', cell: (unit) => unit.summary.planYear, numeric: true },
  { id: 'number', label: 'Số, ký hiệu', cell: (unit) => unit.summary.documentNumber || '–' },
  { id: 'issued', label: 'Ngày ban hành', cell: issued },
  {
    id: 'findings',
    label: 'Lỗi · cảnh báo · gợi ý',
    cell: ({ summary: { counts } }) => (
      <span class="desk-counts">
        <span class={counts.loi ? 'desk-has-errors' : undefined}>{counts.loi} lỗi</span>
        <span>{counts['canh-bao']} cảnh báo</span>
        <span>{counts['goi-y']} gợi ý</span>
      </span>
    ),
  },
  {
    id: 'areas',
    label: 'Lĩnh vực',
    cell: ({ summary }) => `${summary.areasCovered}/${summary.areaCount}`,
    numeric: true,
  },
  {
    id: 'tasks',
    label: 'Nhiệm vụ',
    cell: (unit) => formatAmount(unit.summary.tasks),
    numeric: true,
  },
  {
    id: 'budget',
    label: 'Kinh phí',
    cell: ({ summary }) => (
      <>
        {formatVnd(summary.budgetVnd)}
        {summary.unbudgetedTasks > 0 && (
          <span class="desk-cell-note">{summary.unbudgetedTasks} nhiệm vụ chưa dự toán</span>
        )}
      </>
    ),
    numeric: true,
  },
  {
    id: 'score',
    label: 'Tự chấm',
    cell: ({ summary: { score } }) =>
      `${formatAmount(score.points)}/${formatAmount(score.maxPoints)}`,
    numeric: true,
  },
  {
    id: 'progress',
    label: 'Thực hiện',
    cell: ({ summary: { progress } }) =>
      progress ? (
        <>
          {formatRate(progress.completionRate)}
          <span class="desk-cell-note">{progress.overdue} quá hạn</span>
        </>
      ) : (
        '–'
      ),
    numeric: true,
  },
];

function Filters({ shown, total }: { shown: number; total: number }) {
  const query = useStore($query);
  const on = useStore($chips);
  return (
    <div class="desk-filters">
      <div class="field desk-search">
        <label for="tim-don-vi">Tìm đơn vị</label>
        <input
          id="tim-don-vi"
          type="search"
          value={query}
          autoComplete="off"
          onInput={(event) => $query.set(event.currentTarget.value)}
        />
      </div>
      <div class="desk-chips" role="group" aria-label="Lọc đơn vị">
        {(Object.keys(chips) as Chip[]).map((chip) => (
          <button
            type="button"
            class="desk-chip"
            aria-pressed={on.includes(chip)}
            onClick={() => toggleChip(chip)}
          >
            {chips[chip]}
          </button>
        ))}
      </div>
      <p class="desk-shown" role="status">
        {shown === total ? `${total} kế hoạch` : `Đang hiện ${shown}/${total} kế hoạch`}
      </p>
    </div>
  );
}

/**
 * Rows drawn per frame: a round of hundreds of units is laid out a batch at a time, so that no
 * single task of the page's thread (render, style, layout) comes near 50 ms. A row costs about
 * 1.5 ms on a two-core PC: 20 rows a frame draw 100 plans in about 180 ms (10 a frame took 320 ms).
 */
const ROWS_PER_FRAME = 20;

function useRowsShown(total: number): number {
  const [shown, setShown] = useState(ROWS_PER_FRAME);
  useEffect(() => {
    if (shown >= total) return;
    const frame = requestAnimationFrame(() => setShown((count) => count + ROWS_PER_FRAME));
    return () => cancelAnimationFrame(frame);
  }, [shown, total]);
  return shown;
}

interface UnitRowProps {
  unit: DeskUnit;
  rosterGiven: boolean;
  deadlineSet: boolean;
}

/**
 * A row drawn again only when its unit or the round's context changes: while a large round is
 * drawn a batch per frame, the rows already there are left alone.
 */
class UnitRow extends Component<UnitRowProps> {
  override shouldComponentUpdate(next: UnitRowProps): boolean {
    const now = this.props;
    return (
      next.unit !== now.unit ||
      next.rosterGiven !== now.rosterGiven ||
      next.deadlineSet !== now.deadlineSet
    );
  }

  override render() {
    const { unit, rosterGiven, deadlineSet } = this.props;
    const context = { rosterGiven, deadlineSet };
    return (
      <tr class={unit.kept ? undefined : 'desk-set-aside'}>
        {columns.map((column, index) =>
          index === 0 ? (
            <th scope="row" data-label={column.label}>
              {column.cell(unit, context)}
            </th>
          ) : (
            <td data-label={column.label} class={column.numeric ? 'desk-numeric' : undefined}>
              {column.cell(unit, context)}
            </td>
          ),
        )}
      </tr>
    );
  }
}

export function UnitsTable({ round }: { round: DeskSnapshot }) {
  const sort = useStore($sort);
  const query = useStore($query);
  const on = useStore($chips);
  const rows = tableRows(round.units, {
    sort,
    query,
    chips: on,
    rosterGiven: round.settings.roster.length > 0,
  });
  const shown = useRowsShown(rows.length);
  if (round.units.length === 0) return null;
  return (
    <section class="desk-section" aria-labelledby="bang-don-vi">
      <h2 id="bang-don-vi">Các đơn vị đã nộp</h2>
      <Filters shown={rows.length} total={round.units.length} />
      <div class="desk-table-wrap">
        <table class="desk-table">
          <caption>
            Kế hoạch đã nhận, mỗi dòng một tệp. Bấm tên cột để sắp xếp, tên đơn vị để xem các lỗi.
          </caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const sorted = sort?.column === column.id ? sort.direction : undefined;
                return (
                  <th
                    scope="col"
                    aria-sort={sorted}
                    class={`desk-col-${column.id}${column.numeric ? ' desk-numeric' : ''}`}
                  >
                    <button type="button" class="desk-sort" onClick={() => sortBy(column.id)}>
                      {column.label}
                      <span aria-hidden="true" class="desk-sort-mark">
                        {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((unit) => (
              <UnitRow
                key={unit.id}
                unit={unit}
                rosterGiven={round.settings.roster.length > 0}
                deadlineSet={round.settings.deadline !== null}
              />
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p>Không có đơn vị nào khớp với điều kiện lọc.</p>}
      </div>
    </section>
  );
}
