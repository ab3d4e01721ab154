/**
 * Where a command's file goes: to `-o`; for Word and Excel without `-o`, to a file named after the
 * plan (bytes are never printed to the terminal); for text without `-o`, to the terminal.
 */
import type { Parsed } from '../args.ts';
import type { CliIo } from '../io.ts';

export async function deliver(
  io: CliIo,
  parsed: Parsed,
  output: string | Uint8Array,
  /** The file name for binary output when -o is left out. */
  defaultName: string,
  /** What to tell the user once the file is written. */
  written: (out: string) => string,
): Promise<void> {
  const given = parsed.values.out;
  const out =
    typeof given === 'string' && given !== ''
      ? given
      : typeof output === 'string'
        ? undefined
        : defaultName;
  if (out === undefined) {
    io.stdout(output as string);
    return;
  }
  await io.writeFile(out, output);
  io.stderr(`${written(out)}\n`);
}
