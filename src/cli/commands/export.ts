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
import { deliver } from './output.ts';
import { exportUsage } from '../usage.ts';
import { readPlanOrExit } from './read-plan.ts';

/** Binary files are never printed to the terminal: without -o they get the plan's file name. */
const exporters: Record<string, (plan: Plan) => string | Promise<Uint8Array>> = {
  docx: planToDocx,
  xlsx: planToXlsx,
  json: planToJson,
  md: planToMarkdown,
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
  const output = await exporter(result.plan);
  await deliver(
    io,
    parsed,
    output,
    planFileName(result.plan, format),
    (out) => `Đã xuất ${file} → ${out}`,
  );
  return 0;
}
