/** Reading the plan file named on the command line, or stopping with exit code 2 and the reasons. */
import { readPlanFile, type ReadResult } from '../../plan/read/index.ts';
import { CliError, type CliIo } from '../io.ts';
import { problemsText } from '../report.ts';

export type ReadPlan = Extract<ReadResult, { ok: true }>;

export async function readPlanArgument(file: string, io: CliIo): Promise<ReadResult> {
  const read = await io.readFile(file);
  if (!read.ok) {
    return { ok: false, problems: [{ path: '', where: 'Toàn bộ tệp', message: read.reason }] };
  }
  return readPlanFile(read.bytes);
}

export async function readPlanOrExit(file: string, io: CliIo): Promise<ReadPlan> {
  const result = await readPlanArgument(file, io);
  if (!result.ok) throw new CliError(problemsText(file, result.problems).trimEnd(), 2);
  return result;
}
