/**
 * Same plan, same bytes: in Node and in the browser, on every run. Office files are zip archives,
 * and both writers (docx and write-excel-file, through fflate) stamp each entry with the time of
 * the export, read from the local clock and time zone, without a way to pass another. This sets
 * every entry's stamp to the plan's date instead, in place: the entries' data and checksums do
 * not cover the stamps, so nothing needs to be inflated or compressed again.
 */
import type { Plan } from '../plan/schema.ts';

export interface PackageDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The date a plan's files are stamped with: its issue date, or 31 December of the year before the
 * plan (the letter's deadline for issuing it) while the issue date is not known.
 */
export function packageDate(plan: Plan): PackageDate {
  return isoPackageDate(plan.document.issueDate) ?? { year: plan.planYear - 1, month: 12, day: 31 };
}

/** "2013-09-14" as a package date; null for anything else. */
export function isoPackageDate(isoDate: string | null): PackageDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

/** "2012-12-20T00:00:00Z", as Office's core properties write a date (W3CDTF). */
export function w3cDateTime(date: PackageDate): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${two(date.month)}-${two(date.day)}T00:00:00Z`;
}

// Zip record signatures and the offsets of the fields used here (APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16).
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

export class ZipStampError extends Error {}

/**
 * A copy of `zip` whose entries all carry `date` at noon (MS-DOS date and time fields, in the
 * central directory and in each local header). Throws on anything but a plain zip as fflate
 * writes it (no zip64, no archive comment beyond 64 kB).
 */
export function stampZip(zip: Uint8Array, date: PackageDate): Uint8Array<ArrayBuffer> {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const dosDate = ((date.year - 1980) << 9) | (date.month << 5) | date.day;
  const dosTime = 12 << 11;
  let end = out.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new ZipStampError('no end of central directory record');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let entry = 0; entry < entries; entry++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) {
      throw new ZipStampError(`entry ${entry}: no central directory header at ${at}`);
    }
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) {
      throw new ZipStampError(`entry ${entry}: no local header at ${local}`);
    }
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return out;
}
