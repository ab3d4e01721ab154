/** The real file system and terminal, with Node's error codes told in Vietnamese. */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../plan/file-format.ts';
import { tooLargeMessage } from '../plan/read/decode.ts';
import { formatMegabytes } from '../plan/read/size.ts';
import { CliError, type CliIo, type FileRead, type PathListing } from './io.ts';

function reasonFor(error: unknown, path: string, action: 'đọc' | 'ghi'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return action === 'đọc'
        ? `Không tìm thấy tệp “${path}”. Kiểm tra lại tên và thư mục của tệp.`
        : `Không có thư mục để ghi tệp “${path}”. Hãy tạo thư mục trước.`;
    case 'EACCES':
    case 'EPERM':
      return `Không có quyền ${action} tệp “${path}”.`;
    case 'EISDIR':
      return `“${path}” là một thư mục, không phải tệp.`;
    case 'ENOSPC':
      return `Ổ đĩa đã đầy, không ghi được tệp “${path}”.`;
    default:
      return `Không ${action} được tệp “${path}” (${code ?? (error instanceof Error ? error.message : String(error))}).`;
  }
}

async function readPlanBytes(path: string, maxBytes = MAX_FILE_BYTES): Promise<FileRead> {
  try {
    // Check the size first: a huge file picked by mistake should not be loaded into memory.
    const info = await stat(path);
    if (info.isDirectory()) {
      return { ok: false, reason: `“${path}” là một thư mục, không phải tệp.` };
    }
    if (info.size > maxBytes) {
      const reason =
        maxBytes === MAX_FILE_BYTES
          ? tooLargeMessage(info.size)
          : `Tệp quá lớn (${formatMegabytes(info.size)}); giới hạn là ${formatMegabytes(maxBytes)}.`;
      return { ok: false, reason };
    }
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return { ok: false, reason: reasonFor(error, path, 'đọc') };
  }
}

/** A folder's files with one of `extensions`, in every subfolder, sorted; or what the path is. */
async function listFiles(path: string, extensions: readonly string[]): Promise<PathListing> {
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return { kind: 'file' };
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const files = entries
      .filter(
        (entry) =>
          entry.isFile() &&
          extensions.some((extension) => entry.name.toLowerCase().endsWith(extension)),
      )
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    return { kind: 'directory', files };
  } catch (error) {
    return { kind: 'missing', reason: reasonFor(error, path, 'đọc') };
  }
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: readPlanBytes,
    listFiles,
    makeDirectory: async (path) => {
      try {
        await mkdir(path, { recursive: true });
      } catch (error) {
        throw new CliError(reasonFor(error, path, 'ghi'));
      }
    },
    writeFile: async (path, data) => {
      try {
        await (typeof data === 'string' ? writeFile(path, data, 'utf8') : writeFile(path, data));
      } catch (error) {
        throw new CliError(reasonFor(error, path, 'ghi'));
      }
    },
  };
}
