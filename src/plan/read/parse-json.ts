/**
 * JSON text to a clean value: syntax errors located by line and column; keys that could reach an
 * object's prototype (`__proto__`, `constructor`, `prototype`) refused wherever they appear; all
 * text normalised to NFC so that "ệ" typed on a Mac and on Windows compare equal.
 */
import type { FieldPath } from '../paths.ts';
import { isSurelyNfc, toNfc } from '../../text/nfc.ts';
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

/** Where a value sits: its parent's place and its own key, so the path is built only if needed. */
interface Place {
  parent: Place | null;
  key: string | number;
}

/** An object or array still to copy, and where its copy goes. */
interface Pending {
  source: object;
  target: Record<string | number, unknown>;
  key: string | number;
  place: Place;
  depth: number;
}

// A path array, or a closure, per value would cost most of the walk over a round of 100 plans
// (some 450,000 values); problems are rare, so their path is built when one is found.
function pathOf(place: Place | null): FieldPath {
  const path: (string | number)[] = [];
  for (let at = place; at; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** Copies the parsed value, normalising text and refusing dangerous keys, without recursion. */
function sanitize(root: unknown): ParseOutcome {
  // First, before walking it all: a huge list would make the walk, and validation, slow.
  const oversized = oversizedList(root);
  if (oversized) return { ok: false, problems: [oversized] };
  const problems: ReadProblem[] = [];
  // Parsed JSON never shares objects; a value built in code might, or might even loop.
  const seen = new WeakSet<object>();
  const holder: Record<string, unknown> = {};
  const stack: Pending[] = [];
  // Text and numbers are copied where they are met; objects and arrays wait on the stack.
  const copyInto = (
    target: Record<string | number, unknown>,
    key: string | number,
    value: unknown,
    parent: Place | null,
    depth: number,
    later: Pending[],
  ) => {
    if (typeof value === 'string') target[key] = toNfc(value);
    else if (value === null || typeof value !== 'object') target[key] = value;
    else later.push({ source: value, target, key, place: { parent, key }, depth });
  };
  copyInto(holder, 'value', root, null, 0, stack);
  const rootPlace = stack[0]?.place;
  while (stack.length > 0) {
    const { source, target, key: targetKey, place, depth } = stack.pop() as Pending;
    const at = place === rootPlace ? null : place;
    if (seen.has(source)) {
      problems.push(
        readProblem(pathOf(at), 'Dữ liệu tự tham chiếu đến chính nó: đây không phải tệp kế hoạch.'),
      );
      target[targetKey] = null;
      continue;
    }
    seen.add(source);
    if (depth >= MAX_DEPTH) {
      problems.push(
        readProblem(pathOf(at), 'Dữ liệu lồng nhau quá nhiều tầng: đây không phải tệp kế hoạch.'),
      );
      target[targetKey] = null;
      continue;
    }
    const children: Pending[] = [];
    if (Array.isArray(source)) {
      const copy: unknown[] = new Array(source.length);
      target[targetKey] = copy;
      for (let i = 0; i < source.length; i++) {
        copyInto(copy as unknown as Record<number, unknown>, i, source[i], at, depth + 1, children);
      }
    } else {
      const copy: Record<string, unknown> = {};
      target[targetKey] = copy;
      for (const rawKey of Object.keys(source)) {
        const key = toNfc(rawKey);
        if (forbiddenKeys.has(key)) {
          problems.push(
            readProblem(
              [...pathOf(at), key],
              `Tên trường “${key}” không được phép trong tệp kế hoạch (có thể là dữ liệu độc hại). ` +
                'Hãy xóa trường này hoặc dùng lại tệp gốc đã lưu từ công cụ.',
            ),
          );
          continue;
        }
        // Never `copy[key] = …` for a forbidden key: those were skipped above.
        const value = (source as Record<string, unknown>)[rawKey];
        copyInto(copy, key, value, at, depth + 1, children);
      }
    }
    // Pushed in reverse so that the walk, and so its problems, follow the file's order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Pending);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: holder.value };
}

/**
 * Text whose parsed value the walk would copy unchanged: no escape that could spell a character
 * (a decomposed accent, a forbidden key), no forbidden word at all, every character surely NFC.
 * A round of 100 plans is read about a third faster when such files skip the copy.
 */
const needsNoCopy = (text: string): boolean =>
  !text.includes('\\u') && !forbiddenWord.test(text) && isSurelyNfc(text);
const forbiddenWord = /__proto__|constructor|prototype/;

export function parseJson(text: string): ParseOutcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [readProblem([] as FieldPath, syntaxMessage(text, error))] };
  }
  if (!needsNoCopy(text)) return sanitize(parsed);
  const shape = { deep: false };
  const oversized = oversizedList(parsed, shape);
  if (oversized) return { ok: false, problems: [oversized] };
  return shape.deep ? sanitize(parsed) : { ok: true, value: parsed };
}

/** The same cleaning for a value that is already parsed (the builder's saved drafts). */
export { sanitize as sanitizeValue };
