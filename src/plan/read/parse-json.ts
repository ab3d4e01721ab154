/**
 * JSON text to a clean value: syntax errors located by line and column; keys that could reach an
 * object's prototype (`__proto__`, `constructor`, `prototype`) refused wherever they appear; all
 * text normalised to NFC so that "ệ" typed on a Mac and on Windows compare equal.
 */
import type { FieldPath } from '../paths.ts';
import { MAX_DEPTH, oversizedList } from './list-limits.ts';
import { readProblem, type ReadProblem } from './problem.ts';

export type ParseOutcome = { ok: true; value: unknown } | { ok: false; problems: ReadProblem[] };

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

function syntaxMessage(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : '';
  // V8 says "at position N (line L column C)", Firefox "at line L column C", older V8 only the position.
  const lineMatch = /line (\d+) column (\d+)/.exec(detail);
  const positionMatch = /position (\d+)/.exec(detail);
  const position = positionMatch ? Number(positionMatch[1]) : undefined;
  if (
    /unexpected end/i.test(detail) ||
    (position !== undefined && position >= text.trimEnd().length)
  ) {
    return 'Tệp bị cắt ngắn: nội dung JSON kết thúc giữa chừng. Hãy dùng lại tệp gốc đã lưu từ công cụ.';
  }
  const place = lineMatch
    ? { line: Number(lineMatch[1]), column: Number(lineMatch[2]) }
    : position !== undefined
      ? lineAndColumn(text, position)
      : undefined;
  const where = place ? ` ở dòng ${place.line}, cột ${place.column}` : '';
  return (
    `Tệp không phải JSON hợp lệ (lỗi cú pháp${where}). ` +
    'Có thể tệp đã bị sửa tay: hãy kiểm tra dấu phẩy, dấu ngoặc và dấu nháy kép quanh chỗ đó.'
  );
}

interface Pending {
  source: unknown;
  path: PropertyKey[];
  depth: number;
  assign: (value: unknown) => void;
}

/** Copies the parsed value, normalising text and refusing dangerous keys, without recursion. */
function sanitize(root: unknown): ParseOutcome {
  // First, before walking it all: a huge list would make the walk, and validation, slow.
  const oversized = oversizedList(root);
  if (oversized) return { ok: false, problems: [oversized] };
  const problems: ReadProblem[] = [];
  // Parsed JSON never shares objects; a value built in code might, or might even loop.
  const seen = new WeakSet<object>();
  let result: unknown;
  const stack: Pending[] = [{ source: root, path: [], depth: 0, assign: (v) => (result = v) }];
  while (stack.length > 0) {
    const { source, path, depth, assign } = stack.pop() as Pending;
    if (typeof source === 'string') {
      assign(source.normalize('NFC'));
      continue;
    }
    if (source === null || typeof source !== 'object') {
      assign(source);
      continue;
    }
    if (seen.has(source)) {
      problems.push(
        readProblem(path, 'Dữ liệu tự tham chiếu đến chính nó: đây không phải tệp kế hoạch.'),
      );
      assign(null);
      continue;
    }
    seen.add(source);
    if (depth >= MAX_DEPTH) {
      problems.push(
        readProblem(path, 'Dữ liệu lồng nhau quá nhiều tầng: đây không phải tệp kế hoạch.'),
      );
      assign(null);
      continue;
    }
    if (Array.isArray(source)) {
      const copy: unknown[] = new Array(source.length);
      assign(copy);
      for (let i = source.length - 1; i >= 0; i--) {
        stack.push({
          source: source[i],
          path: [...path, i],
          depth: depth + 1,
          assign: (v) => (copy[i] = v),
        });
      }
      continue;
    }
    const copy: Record<string, unknown> = {};
    assign(copy);
    const children: Pending[] = [];
    for (const rawKey of Object.keys(source)) {
      const key = rawKey.normalize('NFC');
      if (forbiddenKeys.has(key)) {
        problems.push(
          readProblem(
            [...path, key],
            `Tên trường “${key}” không được phép trong tệp kế hoạch (có thể là dữ liệu độc hại). ` +
              'Hãy xóa trường này hoặc dùng lại tệp gốc đã lưu từ công cụ.',
          ),
        );
        continue;
      }
      const value = (source as Record<string, unknown>)[rawKey];
      // Never `copy[key] = …` for a forbidden key: those were skipped above.
      children.push({
        source: value,
        path: [...path, key],
        depth: depth + 1,
        assign: (v) => (copy[key] = v),
      });
    }
    // Pushed in reverse so that the walk, and so its problems, follow the file's order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Pending);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: result };
}

export function parseJson(text: string): ParseOutcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [readProblem([] as FieldPath, syntaxMessage(text, error))] };
  }
  return sanitize(parsed);
}

/** The same cleaning for a value that is already parsed (the builder's saved drafts). */
export { sanitize as sanitizeValue };
