/**
 * `ke-hoach export FILE --format docx|xlsx|json|md [-o OUT]`: a thin shell over src/export.
 * The file written is exactly what the exporter returns, the same bytes the builder offers for
 * download in the browser.
 */
import { planToDocx } from '../../export/docx.ts';
import { planFileName } from '../../export/file-name.ts';
import { planToJson } from '../../export/json.ts';
import { planToMarkdown } from '../../export/markdown.ts';
import { planToXlsx } from '../../export/xlsx.ts';
import type { Plan } from '../../plan/schema.ts';
import { parseCommandArgs, requireString, singleFile } from '../args.ts';
import { CliError, type CliIo } from '../io.ts';
import { migrationText } from '../report.ts';
import { exportUsage } from '../usage.ts';
import { readPlanOrExit } from './read-plan.ts';

interface Exporter {
  run: (plan: Plan) => string | Promise<Uint8Array>;
  /** Binary files are never printed to the terminal: without -o they get the plan's file name. */
  binary: boolean;
}

const exporters: Record<string, Exporter> = {
  docx: { run: planToDocx, binary: true },
  xlsx: { run: planToXlsx, binary: true },
  json: { run: planToJson, binary: false },
  md: { run: planToMarkdown, binary: false },
};

export async function runExport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } },
    exportUsage,
  );
  const file = singleFile(parsed, exportUsage);
  const format = requireString(parsed, 'format', exportUsage);
  const exporter = Object.hasOwn(exporters, format) ? exporters[format] : undefined;
  if (!exporter) {
    throw new CliError(
      `Định dạng “${format}” chưa được hỗ trợ; chọn docx, xlsx, json hoặc md.\n\n${exportUsage}`,
    );
  }
  const result = await readPlanOrExit(file, io);
  const migration = migrationText(result.fromVersion, result.notices);
  if (migration !== '') io.stderr(migration);
  const output = await exporter.run(result.plan);
  const given = parsed.values.out;
  const out =
    typeof given === 'string' && given !== ''
      ? given
      : exporter.binary
        ? planFileName(result.plan, format)
        : undefined;
  if (out === undefined) {
    io.stdout(output as string);
    return 0;
  }
  await io.writeFile(out, output);
  io.stderr(`Đã xuất ${file} → ${out}\n`);
  return 0;
}
