/**
 * `ke-hoach report FILE --ky quy-1|6-thang|quy-3|nam [--den-ngay YYYY-MM-DD] --format
 * docx|xlsx|md|json [-o OUT]`: a periodic CCHC report drafted from the plan's progress, the same
 * bytes the builder's "Lập báo cáo" offers. The data's cut-off is the period's "số liệu đến ngày"
 * in the plan's calendar unless --den-ngay gives another day.
 */
import { reportFileName } from '../../export/file-name.ts';
import { reportToDocx } from '../../export/report/docx.ts';
import { reportToJson } from '../../export/report/json.ts';
import { reportToMarkdown } from '../../export/report/markdown.ts';
import { reportToXlsx } from '../../export/report/xlsx.ts';
import { isPeriodId, periodIds, type PeriodId } from '../../plan/progress/periods.ts';
import type { ReportOptions } from '../../plan/progress/report.ts';
import type { Plan } from '../../plan/schema.ts';
import { optionalIsoDate, parseCommandArgs, requireString, singleFile } from '../args.ts';
import { CliError, type CliIo } from '../io.ts';
import { migrationText } from '../report.ts';
import { reportUsage } from '../usage.ts';
import { readPlanOrExit } from './read-plan.ts';

type Run = (plan: Plan, period: PeriodId, options: ReportOptions) => string | Promise<Uint8Array>;

const exporters: Record<string, { run: Run; binary: boolean }> = {
  docx: { run: reportToDocx, binary: true },
  xlsx: { run: reportToXlsx, binary: true },
  md: { run: reportToMarkdown, binary: false },
  json: { run: reportToJson, binary: false },
};

export async function runReport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      ky: { type: 'string' },
      'den-ngay': { type: 'string' },
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
    },
    reportUsage,
  );
  const file = singleFile(parsed, reportUsage);
  const period = requireString(parsed, 'ky', reportUsage);
  if (!isPeriodId(period)) {
    throw new CliError(
      `--ky phải là ${periodIds.map((id) => `“${id}”`).join(', ')} (đang là “${period}”).\n\n${reportUsage}`,
    );
  }
  const cutOff = optionalIsoDate(parsed, 'den-ngay', reportUsage);
  const format = requireString(parsed, 'format', reportUsage);
  const exporter = Object.hasOwn(exporters, format) ? exporters[format] : undefined;
  if (!exporter) {
    throw new CliError(
      `Định dạng “${format}” chưa được hỗ trợ; chọn docx, xlsx, md hoặc json.\n\n${reportUsage}`,
    );
  }
  const result = await readPlanOrExit(file, io);
  const migration = migrationText(result.fromVersion, result.notices);
  if (migration !== '') io.stderr(migration);
  const output = await exporter.run(result.plan, period, cutOff === undefined ? {} : { cutOff });
  const given = parsed.values.out;
  const out =
    typeof given === 'string' && given !== ''
      ? given
      : exporter.binary
        ? reportFileName(result.plan, period, format)
        : undefined;
  if (out === undefined) {
    io.stdout(output as string);
    return 0;
  }
  await io.writeFile(out, output);
  io.stderr(`Đã lập báo cáo ${file} → ${out}\n`);
  return 0;
}
