/**
 * Bytes or text in, JSON text out. Refuses oversized input before doing any work on it and
 * recognises the files people most often pick by mistake (Word, Excel, PDF).
 */
import { MAX_FILE_BYTES } from '../file-format.ts';
import { formatMegabytes } from './size.ts';
import { readProblem, type ReadProblem } from './problem.ts';

export type DecodeOutcome = { ok: true; text: string } | { ok: false; problem: ReadProblem };

function fail(message: string): DecodeOutcome {
  return { ok: false, problem: readProblem([], message) };
}

export function tooLargeMessage(bytes: number): string {
  return (
    `Tệp quá lớn (${formatMegabytes(bytes)}); giới hạn là ${formatMegabytes(MAX_FILE_BYTES)}. ` +
    'Một kế hoạch thật chỉ vài trăm kB: hãy kiểm tra xem có chọn nhầm tệp không.'
  );
}

/** UTF-8 length without allocating a copy of a possibly large string. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

function recogniseBinary(head: string): string | undefined {
  if (head.startsWith('PK')) {
    return 'Đây là một tệp nén (thường là tệp Word .docx hoặc Excel .xlsx), không phải tệp kế hoạch .json. Hãy chọn tệp .json đã lưu từ công cụ soạn kế hoạch.';
  }
  if (head.startsWith('%PDF')) {
    return 'Đây là tệp PDF, không phải tệp kế hoạch .json. Hãy chọn tệp .json đã lưu từ công cụ soạn kế hoạch.';
  }
  return undefined;
}

/**
 * The text encoding a byte-order mark names, else UTF-8. Windows Notepad saves "Unicode" as
 * UTF-16 with a byte-order mark, and XML parts may be UTF-16 too: read them rather than refuse.
 */
export function encodingOf(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-8' {
  return bytes[0] === 0xff && bytes[1] === 0xfe
    ? 'utf-16le'
    : bytes[0] === 0xfe && bytes[1] === 0xff
      ? 'utf-16be'
      : 'utf-8';
}

function decodeBytes(bytes: Uint8Array): DecodeOutcome {
  const encoding = encodingOf(bytes);
  const binary = recogniseBinary(String.fromCharCode(...bytes.subarray(0, 4)));
  if (binary) return fail(binary);
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return fail(
      'Tệp không phải văn bản UTF-8 (có thể là tệp bị hỏng hoặc không phải tệp kế hoạch). ' +
        'Hãy chọn tệp .json đã lưu từ công cụ soạn kế hoạch.',
    );
  }
}

export function decodeInput(input: unknown): DecodeOutcome {
  let text: string;
  if (typeof input === 'string') {
    // UTF-8 needs at least one byte per UTF-16 unit, so a long string is too large without counting.
    if (input.length > MAX_FILE_BYTES) return fail(tooLargeMessage(input.length));
    const bytes = input.length * 3 <= MAX_FILE_BYTES ? 0 : utf8Length(input);
    if (bytes > MAX_FILE_BYTES) return fail(tooLargeMessage(bytes));
    const binary = recogniseBinary(input.slice(0, 4));
    if (binary) return fail(binary);
    text = input;
  } else if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
    if (bytes.byteLength > MAX_FILE_BYTES) return fail(tooLargeMessage(bytes.byteLength));
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  } else {
    return fail('Không có nội dung tệp để đọc (cần văn bản hoặc dữ liệu nhị phân của tệp .json).');
  }
  // A byte-order mark is invisible in editors but not valid JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail('Tệp rỗng: không có nội dung nào để đọc.');
  return { ok: true, text };
}
