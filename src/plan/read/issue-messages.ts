/**
 * Zod's validation issues, told in Vietnamese: what the field should hold, what it holds now,
 * and how to fix it. The location comes from `describePath`, so it uses the builder's labels.
 */
import type * as z from 'zod/mini';
import { fieldLabel, type RowLocator } from '../paths.ts';
import { formatAmount, formatVnd } from '../vi-format.ts';
import { describeValue, readProblem, type ReadProblem } from './problem.ts';

type Issue = z.core.$ZodIssue;

/** Fields where `null` means "not filled in yet", so the message can say so. */
const nullableFields = new Set(['budgetVnd', 'month', 'year', 'issueDate']);

function expectedText(expected: string, field: PropertyKey | undefined): string {
  const orNull =
    typeof field === 'string' && nullableFields.has(field) ? ' (hoặc null khi chưa có)' : '';
  switch (expected) {
    case 'string':
      return `một đoạn văn bản trong dấu nháy kép, có thể để trống ""${orNull}`;
    case 'int':
    case 'number':
      return `một số nguyên${orNull}`;
    case 'array':
      return 'một danh sách […] (có thể để trống [])';
    case 'object':
      return 'một nhóm trường {…}';
    default:
      return `kiểu ${expected}${orNull}`;
  }
}

function numberText(value: number | bigint, field: PropertyKey | undefined): string {
  return field === 'budgetVnd' ? formatVnd(Number(value)) : String(value);
}

/** What a number field holds now, written as the limit is ("2.000.000.000.000 đ", not digits). */
function currentNumber(input: unknown, field: PropertyKey | undefined): string {
  return typeof input === 'number' && Number.isFinite(input)
    ? numberText(input, field)
    : describeValue(input);
}

/** A list with more items than its field allows, e.g. 51 objectives. */
export function tooManyItemsMessage(
  path: readonly PropertyKey[],
  count: number,
  maximum: number,
  locator?: RowLocator,
): string {
  const item = path.length === 1 && path[0] === 'rows' ? 'dòng' : 'mục';
  return (
    `“${fieldLabel(path, locator)}” có ${formatAmount(count)} ${item}, quá giới hạn ` +
    `${formatAmount(maximum)} ${item}: hãy gộp hoặc bỏ bớt.`
  );
}

function messageFor(issue: Issue, locator?: RowLocator): string {
  const field = issue.path.at(-1);
  // A task's completion month or day: its pattern and its refinement (a day that exists) say one thing.
  if (field === 'completedOn' && (issue.code === 'invalid_format' || issue.code === 'custom')) {
    return `Phải là tháng hoặc ngày có thật, viết theo dạng năm-tháng hoặc năm-tháng-ngày, ví dụ "2013-03" hay "2013-03-12" (đang là ${describeValue(issue.input)}).`;
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        return `Thiếu trường này; cần ${expectedText(issue.expected, field)}.`;
      }
      if (issue.expected === 'int' && typeof issue.input === 'number') {
        return `Phải là số nguyên, không có phần thập phân (đang là ${describeValue(issue.input)}).`;
      }
      return `Phải là ${expectedText(issue.expected, field)}, nhưng đang là ${describeValue(issue.input)}.`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'Không được để trống.';
      if (issue.origin === 'array') return `Cần ít nhất ${String(issue.minimum)} mục.`;
      return `Phải từ ${numberText(issue.minimum, field)} trở lên (đang là ${currentNumber(issue.input, field)}).`;
    case 'too_big':
      // Said so that an old draft or a file with a longer text can be put right, not thrown away:
      // the text is still there, and the message says how much has to go.
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? issue.input.length : undefined;
        return (
          `“${fieldLabel(issue.path, locator)}” dài ${length === undefined ? 'quá' : `${formatAmount(length)} ký tự, quá`} giới hạn ` +
          `${formatAmount(Number(issue.maximum))} ký tự: hãy rút gọn lại.`
        );
      }
      if (issue.origin === 'array' && Array.isArray(issue.input)) {
        return tooManyItemsMessage(issue.path, issue.input.length, Number(issue.maximum), locator);
      }
      return `Không được lớn hơn ${numberText(issue.maximum, field)} (đang là ${currentNumber(issue.input, field)}).`;
    case 'invalid_format':
      if (issue.format === 'date') {
        return `Phải là một ngày có thật, viết theo dạng năm-tháng-ngày, ví dụ "2012-12-25" (đang là ${describeValue(issue.input)}).`;
      }
      return `Chỉ được dùng chữ cái không dấu, chữ số, dấu "-" và "_" (đang là ${describeValue(issue.input)}).`;
    case 'invalid_value': {
      const choices = issue.values.map((value) => `“${String(value)}”`).join(', ');
      return `Giá trị ${describeValue(issue.input)} không hợp lệ; hãy chọn một trong: ${choices}.`;
    }
    case 'custom':
      // Only schema.ts raises these, in Vietnamese. zod/mini loads no locale, so every other
      // issue's own message is a bare "Invalid input": never fall back to it.
      return issue.message;
    default:
      return `Giá trị không hợp lệ (${describeValue(issue.input)}).`;
  }
}

export function issueToProblems(issue: Issue, locator?: RowLocator): ReadProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) =>
      readProblem(
        [...issue.path, key],
        `Trường “${key}” không có trong định dạng kế hoạch: xóa trường này, hoặc sửa lại nếu gõ nhầm tên.`,
        locator,
      ),
    );
  }
  return [readProblem(issue.path, messageFor(issue, locator), locator)];
}
