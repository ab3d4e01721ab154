/**
 * Reading a .zip that came from outside (a folder of plans sent as one archive; later, a .docx,
 * which is a zip too) without letting it fill memory or hold the page: the number of entries,
 * each entry's inflated size and the total are capped, and counted as the bytes come out.
 *
 * fflate's one-shot `unzipSync` inflates each entry in one piece into a buffer of the size the
 * archive declares, so a lying header is either truncated silently or, the loop running on over
 * the whole compressed entry, costs seconds of CPU for a few kB of archive. Its streaming `Unzip`
 * is fed here in small pieces instead, so that each piece can inflate at most about a megabyte
 * (deflate expands at most ~1,032 times) before the running totals are checked and the entry, or
 * the whole archive, is given up. Its own `UnzipInflate` has no `terminate`, and would go on
 * inflating an entry given up; `CappedInflate` below stops for good.
 */
import { Inflate, Unzip, type FlateError, type UnzipDecoder, type UnzipFile } from 'fflate';
import { joined } from './joined.ts';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  /**
   * An entry's own cap by its name, at most `maxEntryBytes`: an archive of a round holds plan
   * files (5 MB) beside Word plans (20 MB), and a .json entry is given up at its own limit.
   */
  maxEntryBytesOf?: (name: string) => number;
  maxTotalBytes: number;
}

export interface ZipEntry {
  /** The path inside the archive, as written there. */
  name: string;
  bytes: Uint8Array;
}

export type SkippedEntry = { name: string; reason: 'too-large' | 'damaged' };

export type UnzipResult =
  | { ok: true; entries: ZipEntry[]; skipped: SkippedEntry[] }
  | { ok: false; reason: 'not-zip' | 'damaged' | 'too-many-entries' | 'too-large' };

const PIECE_BYTES = 1024;

/** fflate's `UnzipInflate`, plus a `terminate` that stops inflating an entry that was given up. */
class CappedInflate implements UnzipDecoder {
  static readonly compression = 8;
  ondata: (error: FlateError | null, data: Uint8Array, final: boolean) => void = () => undefined;
  private stopped = false;
  private readonly inflate = new Inflate((chunk, final) => this.ondata(null, chunk, final));

  push(data: Uint8Array, final: boolean): void {
    if (this.stopped) return;
    try {
      this.inflate.push(data, final);
    } catch (error) {
      this.stopped = true;
      this.ondata(error as FlateError, new Uint8Array(0), final);
    }
  }

  terminate(): void {
    this.stopped = true;
  }
}

/** Whether the bytes start like a zip archive (local file header, or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}

/**
 * The entries of an archive whose names `wanted` accepts (folders are never wanted), inflated
 * within `limits`. An entry over its own cap, or damaged, is skipped and named; too many entries
 * or too many bytes in all refuse the archive. Never throws.
 */
export function unzipCapped(
  bytes: Uint8Array,
  limits: ZipLimits,
  wanted: (name: string) => boolean = () => true,
): UnzipResult {
  if (!looksLikeZip(bytes)) return { ok: false, reason: 'not-zip' };
  const entries: ZipEntry[] = [];
  const skipped: SkippedEntry[] = [];
  let count = 0;
  let total = 0;
  let refused: 'too-many-entries' | 'too-large' | undefined;

  const unzip = new Unzip();
  unzip.register(CappedInflate);
  unzip.onfile = (file: UnzipFile) => {
    if (refused) return;
    if (++count > limits.maxEntries) {
      refused = 'too-many-entries';
      return;
    }
    const { name } = file;
    if (name.endsWith('/') || !wanted(name)) return;
    const chunks: Uint8Array[] = [];
    const maxEntryBytes = Math.min(
      limits.maxEntryBytes,
      limits.maxEntryBytesOf?.(name) ?? limits.maxEntryBytes,
    );
    let size = 0;
    let stopped = false;
    file.ondata = (error, chunk, final) => {
      if (stopped || refused) return;
      if (error) {
        stopped = true;
        skipped.push({ name, reason: 'damaged' });
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (total > limits.maxTotalBytes) {
        refused = 'too-large';
        stopped = true;
        file.terminate();
        return;
      }
      if (size > maxEntryBytes) {
        stopped = true;
        skipped.push({ name, reason: 'too-large' });
        file.terminate();
        return;
      }
      if (chunk.length > 0) chunks.push(chunk);
      if (final) entries.push({ name, bytes: joined(chunks, size) });
    };
    file.start();
  };
  try {
    for (let start = 0; start < bytes.length && !refused; start += PIECE_BYTES) {
      const end = start + PIECE_BYTES;
      unzip.push(bytes.subarray(start, end), end >= bytes.length);
    }
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (refused) return { ok: false, reason: refused };
  return { ok: true, entries, skipped };
}
