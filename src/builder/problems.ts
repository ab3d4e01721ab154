/** A reader problem as one line for the user: "Where: what is wrong". */
import type { ReadProblem } from '../plan/read/problem.ts';

export const problemText = (problem: ReadProblem): string =>
  problem.where ? `${problem.where}: ${problem.message}` : problem.message;
