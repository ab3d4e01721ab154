/**
 * The columns a rows table can show: the outline's eight (section III of the Đề cương), the row's
 * number, its area when rows of several areas mix, and a task summary for previews.
 */
import { tableColumns } from '../../outline/data.ts';
import type { TableColumn } from '../../outline/schema.ts';

export type RowColumnId = TableColumn['id'] | 'position' | 'area' | 'task';

export interface RowColumn {
  id: RowColumnId;
  label: string;
}

const outlineLabel = (id: TableColumn['id']) => tableColumns.find((c) => c.id === id)!.label;

/** The outline's table as the plan is written: "TT" and the eight columns, in their order. */
export const outlineColumns: readonly RowColumn[] = [
  { id: 'position', label: 'TT' },
  ...tableColumns.map(({ id, label }) => ({ id, label })),
];

/** A short preview of rows from several areas: enough to recognise each row and its cost. */
export const previewColumns: readonly RowColumn[] = [
  { id: 'area', label: 'Lĩnh vực' },
  { id: 'task', label: outlineLabel('specificTask') },
  { id: 'leadUnit', label: outlineLabel('leadUnit') },
  { id: 'period', label: 'Thời gian' },
  { id: 'budgetVnd', label: 'Kinh phí' },
];
