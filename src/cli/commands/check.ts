/**
 * `ke-hoach check FILE [--den-ngay YYYY-MM-DD]`: the checker's findings and self-score; exit 0 no
 * lỗi, 1 lỗi, 2 unreadable. With --den-ngay, a plan being carried out also shows its state on
 * that day.
 */
import { hasProgress, planStateAt } from '../../plan/progress/state.ts';
import { checkPlan, countFindings } from '../../plan/rules/index.ts';
import { scorePlan } from '../../plan/self-score.ts';
import { computeTotals } from '../../plan/totals.ts';
import { optionalIsoDate, parseCommandArgs, singleFile } from '../args.ts';
import type { CliIo } from '../io.ts';
import { checkText, migrationText, problemsText } from '../report.ts';
import { checkUsage } from '../usage.ts';
import { readPlanArgument } from './read-plan.ts';

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, 'den-ngay': { type: 'string' } },
    checkUsage,
  );
  const file = singleFile(parsed, checkUsage);
  const asOf = optionalIsoDate(parsed, 'den-ngay', checkUsage);
  const asJson = parsed.values.json === true;
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
  const findings = checkPlan(plan);
  const counts = countFindings(findings);
  const score = scorePlan(plan);
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
        checkText(file, plan, totals, findings, counts, score, progress),
    );
  }
  return counts.loi > 0 ? 1 : 0;
}
