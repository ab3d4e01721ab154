/**
 * The `ke-hoach` command run in this process against an in-memory disk and terminal, for the
 * command tests (cli.test.ts, import.test.ts): no process to start, no file left behind. The real
 * binary on the real disk is run by a few tests of its own in those files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError, type CliIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
/** The worked examples, read from the real disk so that tests can name them by their path. */
export const examples = join(root, 'content/examples');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  written: Map<string, string | Uint8Array>;
}

/**
 * Runs the CLI with `files` (path → content) readable besides the examples; what it writes is
 * captured in `written`, except under /readonly/, which it is refused as a disk would refuse it.
 */
export async function runCli(
  argv: string[],
  files: Record<string, string | Uint8Array> = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string | Uint8Array>();
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: async (path) => {
      if (Object.hasOwn(files, path)) {
        const content = files[path] as string | Uint8Array;
        return {
          ok: true,
          bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
        };
      }
      if (path.startsWith(examples)) return { ok: true, bytes: new Uint8Array(readFileSync(path)) };
      return { ok: false, reason: `Không tìm thấy tệp “${path}”.` };
    },
    writeFile: async (path, data) => {
      if (path.startsWith('/readonly/')) throw new CliError(`Không có quyền ghi tệp “${path}”.`);
      written.set(path, data);
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, written };
}
