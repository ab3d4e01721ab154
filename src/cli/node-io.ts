/** The real file system and terminal, with Node's error codes told in Vietnamese. */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { MAX_FILE_BYTES } from '../plan/file-format.ts';
import { tooLargeMessage } from '../plan/read/decode.ts';
import { CliError, type CliIo, type FileRead } from './io.ts';

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

async function readPlanBytes(path: string): Promise<FileRead> {
  try {
    // Check the size first: a huge file picked by mistake should not be loaded into memory.
    const info = await stat(path);
    if (info.isDirectory()) {
      return { ok: false, reason: `“${path}” là một thư mục, không phải tệp.` };
    }
    if (info.size > MAX_FILE_BYTES) return { ok: false, reason: tooLargeMessage(info.size) };
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return { ok: false, reason: reasonFor(error, path, 'đọc') };
  }
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: readPlanBytes,
    writeFile: async (path, data) => {
      try {
        await (typeof data === 'string' ? writeFile(path, data, 'utf8') : writeFile(path, data));
      } catch (error) {
        throw new CliError(reasonFor(error, path, 'ghi'));
      }
    },
  };
}
