/**
 * The .docx package: a zip from outside, opened with the project's capped streaming unzip
 * (`plan/read/unzip.ts`), of which only the main document part is inflated (images and the rest
 * are counted, never inflated). Every way the package can be wrong has its own message.
 */
import { encodingOf } from '../../plan/read/decode.ts';
import { formatAmount } from '../../plan/vi-format.ts';
import { formatMegabytes } from '../../plan/read/size.ts';
import { unzipCapped, type ZipLimits } from '../../plan/read/unzip.ts';
import { detectWordFile, wordFileMessages } from './detect.ts';

/** A Word plan with a logo and a scanned signature stays far below this. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

/**
 * What a .docx may hold: parts (Word writes a dozen, a few hundred with many images), and the
 * inflated size of the parts read. This tool's 300-task plan has a 0.6 MB document.xml, a 2,000-task
 * one 4 MB; Word's own markup is a few times wordier. A bomb is given up at the cap, and
 * inflating up to it takes time (about 1 s per 16 MB here), so the cap stays near real sizes.
 */
export const docxLimits: ZipLimits = {
  maxEntries: 1000,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 24 * 1024 * 1024,
};

export type PackageResult = { ok: true; xml: string } | { ok: false; message: string };

const damagedMessage =
  'Tệp .docx bị hỏng (không giải nén được). Hãy mở bằng Word, lưu lại thành .docx rồi thử lại.';

const bombMessage = () =>
  `Nội dung tệp .docx khi giải nén vượt quá ${formatMegabytes(docxLimits.maxEntryBytes)}: đây không phải một văn bản Word bình thường (có thể là “bom nén”), nên không đọc.`;

export function tooLargeDocxMessage(bytes: number): string {
  return `Tệp quá lớn (${formatMegabytes(bytes)}); tệp Word kế hoạch được đọc đến ${formatMegabytes(MAX_DOCX_BYTES)}. Hãy kiểm tra xem có chọn nhầm tệp không, hoặc bớt hình ảnh trong tệp.`;
}

/** The main part's name, from the package's relationships; Word's usual name otherwise. */
function mainPartName(rels: Uint8Array | undefined): string {
  if (!rels) return 'word/document.xml';
  const text = new TextDecoder().decode(rels);
  for (const match of text.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = match[0];
    if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
    const target = /Target="([^"]*)"/.exec(tag)?.[1];
    if (target) return target.replace(/^\//, '');
  }
  return 'word/document.xml';
}

const isCandidate = (name: string) =>
  name === '_rels/.rels' || /^word\/[^/]*document[^/]*\.xml$/i.test(name);

function decodeXml(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encodingOf(bytes), { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The main document part's XML text, or why there is none. Never throws. */
export function openDocx(bytes: Uint8Array): PackageResult {
  if (bytes.length === 0) return { ok: false, message: wordFileMessages.empty };
  if (bytes.length > MAX_DOCX_BYTES)
    return { ok: false, message: tooLargeDocxMessage(bytes.length) };
  switch (detectWordFile(bytes)) {
    case 'doc':
      return { ok: false, message: wordFileMessages.doc };
    case 'encrypted-docx':
      return { ok: false, message: wordFileMessages.encrypted };
    case 'cfb':
      return { ok: false, message: wordFileMessages.cfb };
    case 'other':
      return { ok: false, message: wordFileMessages.notWord };
    case 'docx':
      break;
  }
  const archive = unzipCapped(bytes, docxLimits, isCandidate);
  if (!archive.ok) {
    switch (archive.reason) {
      case 'too-many-entries':
        return {
          ok: false,
          message: `Tệp .docx có quá nhiều phần (hơn ${formatAmount(docxLimits.maxEntries)}): đây không phải một văn bản Word bình thường, nên không đọc.`,
        };
      case 'too-large':
        return { ok: false, message: bombMessage() };
      default:
        return { ok: false, message: damagedMessage };
    }
  }
  const rels = archive.entries.find((entry) => entry.name === '_rels/.rels');
  const name = mainPartName(rels?.bytes);
  const skipped = archive.skipped.find((entry) => entry.name === name);
  if (skipped) {
    return { ok: false, message: skipped.reason === 'too-large' ? bombMessage() : damagedMessage };
  }
  const main = archive.entries.find((entry) => entry.name === name);
  if (!main) {
    return {
      ok: false,
      message:
        archive.entries.length === 0 && archive.skipped.length === 0
          ? 'Tệp nén này không phải văn bản Word: không có phần nội dung chính (word/document.xml). Hãy chọn tệp .docx lưu bằng Word.'
          : 'Tệp .docx thiếu phần nội dung chính (word/document.xml). Hãy mở bằng Word, lưu lại rồi thử lại.',
    };
  }
  const xml = decodeXml(main.bytes);
  if (xml === undefined) {
    return {
      ok: false,
      message:
        'Phần nội dung của tệp .docx không phải văn bản UTF-8 hợp lệ (tệp bị hỏng). Hãy mở bằng Word, lưu lại rồi thử lại.',
    };
  }
  return { ok: true, xml };
}
