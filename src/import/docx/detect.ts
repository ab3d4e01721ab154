/**
 * What a file is, from its first bytes and, for the old binary format, the names of its streams:
 * a .docx (a zip), a .doc from Word 97–2003, or a .docx locked with a password, which Word saves
 * as the same compound binary file (CFB) with an encrypted package inside. Exported for every
 * reader that may be handed a Word file (the plan-file reader can point to the Word reader).
 */
import { looksLikeZip } from '../../plan/read/unzip.ts';

export type WordFileKind = 'docx' | 'doc' | 'encrypted-docx' | 'cfb' | 'other';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes start as a compound binary file (.doc, .xls, an encrypted .docx). */
export function looksLikeCfb(bytes: Uint8Array): boolean {
  return bytes.length >= CFB_MAGIC.length && CFB_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** A stream name as a CFB directory stores it: UTF-16LE. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

/** Whether `needle` occurs in `bytes`: one pass, first byte as the filter. */
function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  const last = bytes.length - needle.length;
  for (
    let i = bytes.indexOf(first as number);
    i !== -1 && i <= last;
    i = bytes.indexOf(first as number, i + 1)
  ) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

const wordDocumentStream = utf16le('WordDocument');
const encryptionStreams = [utf16le('EncryptionInfo'), utf16le('EncryptedPackage')];

export function detectWordFile(bytes: Uint8Array): WordFileKind {
  if (looksLikeZip(bytes)) return 'docx';
  if (!looksLikeCfb(bytes)) return 'other';
  if (encryptionStreams.some((name) => contains(bytes, name))) return 'encrypted-docx';
  if (contains(bytes, wordDocumentStream)) return 'doc';
  return 'cfb';
}

/** The reasons a Word file cannot be read, in the user's words; shared by every reader. */
export const wordFileMessages = {
  doc: 'Tệp .doc (Word 97–2003): hãy mở bằng Word và lưu thành .docx (Tệp → Lưu thành → Tài liệu Word) rồi mở lại.',
  encrypted:
    'Tệp Word này có mật khẩu: hãy mở bằng Word, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi mở lại.',
  cfb: 'Tệp ở định dạng nhị phân cũ của Office (không phải .docx). Hãy mở bằng Word và lưu thành .docx.',
  empty: 'Tệp rỗng: không có nội dung nào để đọc.',
  notWord:
    'Đây không phải tệp Word .docx (tệp .docx là một tệp nén bắt đầu bằng “PK”). Hãy chọn tệp kế hoạch lưu bằng Word ở định dạng .docx.',
} as const;
