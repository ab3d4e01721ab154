/**
 * A reader problem as one line for the user. Apart from `problem.ts`, which describes paths with
 * the schema's labels, so that an island can print problems without loading those.
 */
import type { ReadProblem } from './problem.ts';

/** "Where: what is wrong". */
export const problemText = (problem: ReadProblem): string =>
  problem.where ? `${problem.where}: ${problem.message}` : problem.message;
