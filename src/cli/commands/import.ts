/**
 * `ke-hoach import FILE.docx [-o OUT.json]`: a unit's Word plan read into a plan file
 * (src/import/docx/). The plan goes to -o or stdout; the report of what was not understood goes
 * to stderr. Exit 0 once a plan was read, 2 when the file is not a Word plan, with the reason.
 */
import { planToJson } from '../../export/json.ts';
import { MAX_DOCX_BYTES, readDocxPlan, reportLines } from '../../import/docx/index.ts';
import { parseCommandArgs, singleFile } from '../args.ts';
import { CliError, type CliIo } from '../io.ts';
import { importUsage } from '../usage.ts';

export async function runImport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { out: { type: 'string', short: 'o' } }, importUsage);
  const file = singleFile(parsed, importUsage);
  const read = await io.readFile(file, MAX_DOCX_BYTES);
  if (!read.ok) throw new CliError(`${file}: ${read.reason}`, 2);
  const result = readDocxPlan(read.bytes);
  if (!result.ok) throw new CliError(`${file}: ${result.message}`, 2);
  const json = planToJson(result.plan);
  const out = parsed.values.out;
  io.stderr(`${file}:\n${reportLines(result.report).join('\n')}\n`);
  if (typeof out === 'string' && out !== '') {
    await io.writeFile(out, json);
    io.stderr(
      `Đã ghi kế hoạch vào ${out}. Hãy mở bằng công cụ soạn kế hoạch hoặc chạy “ke-hoach check ${out}”.\n`,
    );
  } else {
    io.stdout(json);
  }
  return 0;
}
