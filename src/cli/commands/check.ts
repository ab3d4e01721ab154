/** `ke-hoach check FILE`: the checker's findings and self-score; exit 0 no lỗi, 1 lỗi, 2 unreadable. */
import { checkPlan, countFindings } from '../../plan/rules/index.ts';
import { scorePlan } from '../../plan/self-score.ts';
import { computeTotals } from '../../plan/totals.ts';
import { parseCommandArgs, singleFile } from '../args.ts';
import type { CliIo } from '../io.ts';
import { checkText, migrationText, problemsText } from '../report.ts';
import { checkUsage } from '../usage.ts';
import { readPlanArgument } from './read-plan.ts';

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' } }, checkUsage);
  const file = singleFile(parsed, checkUsage);
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
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout(
      migrationText(result.fromVersion, result.notices) +
        checkText(file, plan, totals, findings, counts, score),
    );
  }
  return counts.loi > 0 ? 1 : 0;
}
