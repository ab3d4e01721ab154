/** A reason a file cannot be read, in Vietnamese, with where it is. */
import { describePath, pathToString, type FieldPath, type RowLocator } from '../paths.ts';

export interface ReadProblem {
  /** Machine path, e.g. `rows[3].budgetVnd`; empty for the whole file. */
  path: string;
  /** The same place in words, e.g. "Mục III. Kế hoạch triển khai, dòng 4 của bảng, Kinh phí dự kiến (VNĐ)". */
  where: string;
  /** What is wrong and how to put it right. */
  message: string;
}

export function readProblem(path: FieldPath, message: string, locator?: RowLocator): ReadProblem {
  return { path: pathToString(path), where: describePath(path, locator), message };
}

/** A short, printable rendering of a value the file holds, for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'không có';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `văn bản “${shown}”`;
  }
  if (typeof value === 'number') return `số ${String(value).replace('.', ',')}`;
  if (typeof value === 'boolean') return `giá trị ${String(value)}`;
  if (Array.isArray(value)) return 'một danh sách […]';
  return 'một nhóm trường {…}';
}
