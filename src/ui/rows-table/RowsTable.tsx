/**
 * A plan's rows as a table (section III's columns), in a region that scrolls on its own on a
 * narrow screen. The builder edits through it, the merge previews through it, a shared plan is
 * read through it; a leading cell (a checkbox) and a trailing cell (row actions) are the caller's.
 */
import { Component, type ComponentChildren } from 'preact';
import type { PlanRow } from '../../plan/schema.ts';
import { formatPeriod, formatVnd } from '../../plan/vi-format.ts';
import type { RowColumn } from './columns.ts';

/** A cell of the caller's own before or after the row's columns. */
export interface ExtraCell {
  header: string;
  /** Must depend only on its arguments: a row is redrawn only when those change (see RowLine). */
  cell: (row: PlanRow, position: number, count: number) => ComponentChildren;
  class?: string;
}

export interface RowsTableProps {
  /** Base of the caption's id, which names the scrolling region for screen readers. */
  id: string;
  caption: ComponentChildren;
  rows: readonly PlanRow[];
  /** Keep the same array between renders (a module constant): rows redraw when it changes. */
  columns: readonly RowColumn[];
  /** Needed for an `area` column: the area's heading, as the outline writes it (same per id). */
  areaName?: (areaId: PlanRow['areaId']) => string;
  leading?: ExtraCell;
  trailing?: ExtraCell;
  /**
   * Whatever else a row's extra cells or class depend on (editable, kept in a merge): a row is
   * redrawn when this value changes (compared with `===`).
   */
  rowState?: (row: PlanRow) => unknown;
  rowClass?: (row: PlanRow) => string | undefined;
  /** Gives each row an id (prefix + the row's id), for links and focus to land on. */
  rowIdPrefix?: string;
  /** A preview of a few columns: no minimum width, it fits the text column. */
  compact?: boolean;
}

export function RowsTable(props: RowsTableProps) {
  const { id, caption, rows, columns, leading, trailing, compact } = props;
  const captionId = `${id}-caption`;
  return (
    <div class="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table class={`data-table rows-table${compact ? ' rows-table-compact' : ''}`}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {leading && <th scope="col">{leading.header}</th>}
            {columns.map((column) => (
              <th scope="col" class={isNumeric(column) ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
            {trailing && <th scope="col">{trailing.header}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <RowLine
              key={row.id}
              table={props}
              row={row}
              position={index + 1}
              count={rows.length}
              state={props.rowState?.(row)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const isNumeric = (column: RowColumn) => column.id === 'budgetVnd';

interface RowLineProps {
  table: RowsTableProps;
  row: PlanRow;
  position: number;
  count: number;
  state: unknown;
}

/**
 * One row. It re-renders only when its own row, place or state changes, so typing in a 300-row
 * plan does not redraw 300 rows (a class, to avoid loading preact/compat for `memo`).
 */
class RowLine extends Component<RowLineProps> {
  override shouldComponentUpdate(next: RowLineProps): boolean {
    const now = this.props;
    return (
      next.row !== now.row ||
      next.position !== now.position ||
      next.count !== now.count ||
      next.state !== now.state ||
      next.table.columns !== now.table.columns ||
      Boolean(next.table.leading) !== Boolean(now.table.leading) ||
      Boolean(next.table.trailing) !== Boolean(now.table.trailing)
    );
  }

  override render() {
    const { table, row, position, count } = this.props;
    const { leading, trailing, rowClass, rowIdPrefix } = table;
    return (
      <tr id={rowIdPrefix && `${rowIdPrefix}${row.id}`} class={rowClass?.(row)}>
        {leading && <td class={leading.class}>{leading.cell(row, position, count)}</td>}
        {table.columns.map((column) => (
          <td class={isNumeric(column) ? 'num' : undefined}>
            {cellText(column, row, position, table.areaName)}
          </td>
        ))}
        {trailing && <td class={trailing.class}>{trailing.cell(row, position, count)}</td>}
      </tr>
    );
  }
}

function cellText(
  column: RowColumn,
  row: PlanRow,
  position: number,
  areaName: RowsTableProps['areaName'],
): string {
  switch (column.id) {
    case 'position':
      return String(position);
    case 'area':
      return areaName?.(row.areaId) ?? row.areaId;
    case 'task':
      return row.specificTask || row.generalTask;
    case 'products':
      return row.products.filter(Boolean).join('; ');
    case 'coordinatingUnits':
      return row.coordinatingUnits.filter(Boolean).join('; ');
    case 'period':
      return formatPeriod(row.from, row.to);
    case 'budgetVnd':
      return row.budgetVnd === null ? 'chưa có' : formatVnd(row.budgetVnd);
    default:
      return row[column.id];
  }
}
