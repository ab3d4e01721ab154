/** `ke-hoach export FILE --format json|md -o OUT`: a thin shell over src/export. */
import { planToJson } from '../../export/json.ts';
import { planToMarkdown } from '../../export/markdown.ts';
import type { Plan } from '../../plan/schema.ts';
import { parseCommandArgs, requireString, singleFile } from '../args.ts';
import { CliError, type CliIo } from '../io.ts';
import { migrationText } from '../report.ts';
import { exportUsage } from '../usage.ts';
import { readPlanOrExit } from './read-plan.ts';

const exporters: Record<string, (plan: Plan) => string> = {
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
      `Định dạng “${format}” chưa được hỗ trợ; chọn json hoặc md.\n\n${exportUsage}`,
    );
  }
  const result = await readPlanOrExit(file, io);
  const migration = migrationText(result.fromVersion, result.notices);
  if (migration !== '') io.stderr(migration);
  const text = exporter(result.plan);
  const out = parsed.values.out;
  if (typeof out === 'string') {
    await io.writeFile(out, text);
    io.stderr(`Đã xuất ${file} → ${out}\n`);
  } else {
    io.stdout(text);
  }
  return 0;
}
