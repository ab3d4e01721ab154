/**
 * `ke-hoach check FILE [--den-ngay YYYY-MM-DD] [--ke-hoach-tinh PROVINCE]`: the checker's findings
 * and self-score; exit 0 no lỗi, 1 lỗi, 2 unreadable. With --den-ngay, a plan being carried out
 * also shows its state on that day; with --ke-hoach-tinh, the province's tasks for the unit and
 * the plan's tasks that carry them out, as the Sở Nội vụ's desk shows them (src/round/province.ts).
 */
import { hasProgress, planStateAt } from '../../plan/progress/state.ts';
import { checkPlan, countFindings } from '../../plan/rules/index.ts';
import { scorePlan } from '../../plan/self-score.ts';
import { computeTotals } from '../../plan/totals.ts';
import { unitTypeLabels } from '../../plan/unit-type-labels.ts';
import { optionalIsoDate, parseCommandArgs, singleFile } from '../args.ts';
import type { CliIo } from '../io.ts';
import { checkText, migrationText, problemsText } from '../report.ts';
import { checkUsage } from '../usage.ts';
import {
  isProvincePlan,
  matchProvinceTasks,
  provinceFindings,
  type TaskMatch,
} from '../../round/province.ts';
import { CliError } from '../io.ts';
import { provinceText } from '../report.ts';
import { provinceTasksJson } from '../../export/round/json.ts';
import { readPlanArgument, readPlanOrExit } from './read-plan.ts';

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      json: { type: 'boolean' },
      'den-ngay': { type: 'string' },
      'ke-hoach-tinh': { type: 'string' },
    },
    checkUsage,
  );
  const file = singleFile(parsed, checkUsage);
  const asOf = optionalIsoDate(parsed, 'den-ngay', checkUsage);
  const asJson = parsed.values.json === true;
  const provinceFile = parsed.values['ke-hoach-tinh'];
  const province =
    typeof provinceFile === 'string' ? (await readPlanOrExit(provinceFile, io)).plan : undefined;
  if (province && !isProvincePlan(province)) {
    throw new CliError(
      `${provinceFile}: không phải kế hoạch của UBND tỉnh (tệp ghi loại đơn vị “${unitTypeLabels[province.unit.type]}”). ` +
        'Hãy đưa vào --ke-hoach-tinh tệp kế hoạch CCHC của tỉnh.',
      2,
    );
  }
  const result = await readPlanArgument(file, io);
  if (!result.ok) {
    if (asJson) {
      io.stdout(
        `${JSON.stringify({ file, readable: false, problems: result.problems }, null, 2)}\n`,
      );
    } else {
      io.stderr(problemsText(file, result.problems));
    }
    return 2;
  }
  const { plan } = result;
  const matches: TaskMatch[] | null = province ? matchProvinceTasks(province, plan) : null;
  const findings = [
    ...checkPlan(plan, asOf === undefined ? {} : { asOf }),
    ...(matches ? provinceFindings(matches) : []),
  ];
  const counts = countFindings(findings);
  const score = scorePlan(plan, asOf === undefined ? {} : { asOf });
  const totals = computeTotals(plan);
  const progress = asOf !== undefined && hasProgress(plan) ? planStateAt(plan, asOf) : null;
  if (asJson) {
    const report = {
      file,
      readable: true,
      fromVersion: result.fromVersion,
      notices: result.notices,
      counts,
      findings,
      score,
      totals,
      ...(matches === null
        ? {}
        : {
            province: provinceTasksJson(String(provinceFile), matches),
          }),
      ...(progress === null
        ? {}
        : {
            progress: {
              asOf: progress.cutOff,
              counts: progress.counts,
              completionRate: progress.completionRate,
            },
          }),
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(
      migrationText(result.fromVersion, result.notices) +
        checkText(file, plan, totals, findings, counts, score, progress) +
        (matches === null ? '' : provinceText(matches)),
    );
  }
  return counts.loi > 0 ? 1 : 0;
}
