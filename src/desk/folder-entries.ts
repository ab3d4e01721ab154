/**
 * A folder dropped on the page, read through the entries the drop gives
 * (`DataTransferItem.webkitGetAsEntry()`): every file in it and its subfolders, named by its path
 * inside the dropped folder ("dot-1/huyen/ke-hoach.json", as a picked folder's files are), up to
 * a number of files and a depth of folders, so that a dropped disk cannot hold the page.
 *
 * A directory's reader gives its entries in batches (Chromium: 100 at a time) until it gives an
 * empty one; each batch is asked for in turn.
 */

import { MAX_ROUND_FILES } from '../round/limits.ts';

/** Folders inside a dropped one are read down to this depth: plans are filed a few levels deep. */
export const MAX_FOLDER_DEPTH = 8;

/** A dropped file with the path it had inside the dropped folder. */
export interface NamedFile {
  name: string;
  file: File;
}

export interface FolderReading {
  files: NamedFile[];
  /** More files were there than `maxFiles`: the first ones are in `files`, the rest left. */
  overLimit: boolean;
  /** A folder deeper than `maxDepth` was left unread. */
  tooDeep: boolean;
  /** Paths of files or folders the browser would not read (moved, or no permission). */
  failed: string[];
}

export interface FolderLimits {
  maxFiles: number;
  /** Folders inside the dropped one, counted from 1; deeper ones are left. */
  maxDepth: number;
  /** Which files count (by path); others are passed over without counting. */
  keep?: (name: string) => boolean;
}

const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry =>
  entry.isDirectory;
const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every entry of a directory: batches asked for until the reader gives an empty one. */
async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const entries: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return entries;
    entries.push(...batch);
  }
}

const byName = (a: FileSystemEntry, b: FileSystemEntry) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** The files of the dropped entries (files and folders), in path order, within `limits`. */
export async function readDroppedEntries(
  roots: readonly FileSystemEntry[],
  { maxFiles, maxDepth, keep = () => true }: FolderLimits,
): Promise<FolderReading> {
  const reading: FolderReading = { files: [], overLimit: false, tooDeep: false, failed: [] };

  async function visit(entry: FileSystemEntry, path: string, depth: number): Promise<void> {
    if (reading.overLimit) return;
    if (isFile(entry)) {
      if (!keep(path)) return;
      if (reading.files.length >= maxFiles) {
        reading.overLimit = true;
        return;
      }
      try {
        reading.files.push({ name: path, file: await fileOf(entry) });
      } catch {
        reading.failed.push(path);
      }
      return;
    }
    if (!isDirectory(entry)) return;
    if (depth > maxDepth) {
      reading.tooDeep = true;
      return;
    }
    let children: FileSystemEntry[];
    try {
      children = await entriesOf(entry);
    } catch {
      reading.failed.push(path);
      return;
    }
    for (const child of children.sort(byName)) {
      await visit(child, `${path}/${child.name}`, depth + 1);
    }
  }

  for (const root of [...roots].sort(byName)) await visit(root, root.name, 0);
  return reading;
}

/**
 * What the desk receives of a drop: the files, up to the room left in a round that holds `held`
 * files already (MAX_ROUND_FILES), and what was left, said in Vietnamese ('' when nothing was).
 */
export async function readDroppedFolder(
  roots: readonly FileSystemEntry[],
  held: number,
  keep: (name: string) => boolean,
): Promise<{ files: NamedFile[]; note: string }> {
  const reading = await readDroppedEntries(roots, {
    maxFiles: Math.max(0, MAX_ROUND_FILES - held),
    maxDepth: MAX_FOLDER_DEPTH,
    keep,
  });
  const notes: string[] = [];
  if (reading.overLimit) {
    notes.push(
      `Một đợt tổng hợp nhận tối đa ${MAX_ROUND_FILES.toLocaleString('vi-VN')} tệp: chỉ nhận ${reading.files.length.toLocaleString('vi-VN')} tệp đầu của thư mục, các tệp còn lại chưa được nhận; hãy chia thành nhiều đợt.`,
    );
  }
  if (reading.tooDeep) {
    notes.push(`Các thư mục lồng sâu hơn ${MAX_FOLDER_DEPTH} cấp không được đọc.`);
  }
  if (reading.failed.length > 0) {
    notes.push(`Trình duyệt không cho đọc: ${reading.failed.join('; ')}.`);
  }
  if (reading.files.length === 0 && notes.length === 0) {
    notes.push('Thư mục vừa thả không có tệp kế hoạch nào (.json, .zip).');
  }
  return { files: reading.files, note: notes.join(' ') };
}
