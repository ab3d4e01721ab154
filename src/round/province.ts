/**
 * Checking a unit's plan against the province's own plan (letter I.1 and I.3: a unit derives its
 * objectives and tasks from the province's plan and reviews its plan against it). The province's
 * plan (unit type "tinh") names, for each task, the Sở or UBND cấp dưới in charge and those that
 * coordinate; each unit's plan should hold a task that carries out every one given to it.
 *
 * A task is matched by its words: the province task's folded content words, and the share of
 * them found in a task of the unit's plan (in the counterpart area first). Wording differs between
 * plans, so a match is a proposal the reviewer sees as a pair and can overrule ("khớp với…", or
 * "không có"), and the reviewer's choice is kept in the round.
 */
import { fastFold } from '../plan/fast-fold.ts';
import { citations } from '../plan/rules/citations.ts';
import type { Finding, Rule } from '../plan/rules/types.ts';
import type { Plan, PlanRow } from '../plan/schema.ts';
import { counterpartArea, templateOf } from '../plan/templates.ts';
import { readUnitName } from '../plan/unit-names.ts';
import { unitMatchKey } from './roster.ts';

/** The check as a rule of its own, so that the round's common mistakes can name it. */
export const provinceTaskRule: Pick<Rule, 'id' | 'title' | 'severity' | 'citation'> = {
  id: 'province-task-missing',
  title: 'Có nhiệm vụ thực hiện từng việc kế hoạch của tỉnh giao',
  severity: 'canh-bao',
  citation: citations.provincePlan,
};

export type ProvinceRole = 'lead' | 'coordinating';

export interface ProvinceTask {
  row: PlanRow;
  /** Position in the province's table, from 1, for "dòng n". */
  position: number;
  role: ProvinceRole;
}

export interface TaskMatch {
  task: ProvinceTask;
  /** The unit's task that carries it out, or null when none does. */
  match: { row: PlanRow; position: number; share: number } | null;
  /** true when the reviewer chose (or refused) the match; false when proposed by the words. */
  chosen: boolean;
}

/** Reviewer's choices for one unit: province row id → the unit's row id, or "" for "không có". */
export type MatchChoices = Readonly<Record<string, string>>;

/** Share of a province task's words a unit's task must hold to be proposed as its match. */
export const MATCH_SHARE = 0.5;

/** Words every task has, which say nothing about which task it is. */
const commonWords = new Set(
  (
    'va cua cac cho voi trong tren theo tai den tu de la co nhung mot duoc nay do khi ve thuc hien ' +
    'trien khai cong tac tiep tuc nang cao tang cuong day manh to chuc xay dung ke hoach nam tinh ' +
    'huyen xa so don vi co quan dia ban lien quan theo doi kiem tra bao cao nhiem vu hoat dong ' +
    'cai cach hanh chinh cchc'
  ).split(' '),
);

function contentWords(text: string): Set<string> {
  const words = fastFold(text).match(/[a-z0-9]+/g) ?? [];
  return new Set(words.filter((word) => word.length > 1 && !commonWords.has(word)));
}

/** Fewer shared words than this is chance, whatever the share. */
const MIN_SHARED_WORDS = 2;

/**
 * The share of `words` found in `among`, or 0 below MIN_SHARED_WORDS. A province's general task
 * often repeats the outline's item word for word while its specific task names the province's
 * own targets, so each is compared on its own and the better share counts.
 */
function shareOf(words: ReadonlySet<string>, among: ReadonlySet<string>): number {
  if (words.size === 0) return 0;
  let shared = 0;
  for (const word of words) if (among.has(word)) shared++;
  return shared < Math.min(MIN_SHARED_WORDS, words.size) ? 0 : shared / words.size;
}

/** The units a name field holds: each unit when it lists several, else the whole name. */
function namedUnits(name: string): string[] {
  if (name.trim() === '') return [];
  const reading = readUnitName(name);
  return reading.units.length > 0 ? reading.units : [name];
}

/** The province's tasks led or coordinated by the unit, in table order. */
export function provinceTasksFor(province: Plan, unitName: string): ProvinceTask[] {
  const key = unitMatchKey(unitName);
  const names = (list: readonly string[]) => list.flatMap(namedUnits).map(unitMatchKey);
  const tasks: ProvinceTask[] = [];
  province.rows.forEach((row, index) => {
    const role: ProvinceRole | undefined = names([row.leadUnit]).includes(key)
      ? 'lead'
      : names(row.coordinatingUnits).includes(key)
        ? 'coordinating'
        : undefined;
    if (role) tasks.push({ row, position: index + 1, role });
  });
  return tasks;
}

/** Each of the province's tasks for the unit, with the unit's task that carries it out. */
export function matchProvinceTasks(
  province: Plan,
  unit: Plan,
  choices: MatchChoices = {},
): TaskMatch[] {
  const unitTemplate = templateOf(unit);
  const unitRows = unit.rows.map((row, index) => ({
    row,
    position: index + 1,
    words: contentWords(`${row.generalTask} ${row.specificTask}`),
  }));
  return provinceTasksFor(province, unit.unit.name).map((task) => {
    const choice = choices[task.row.id];
    if (choice !== undefined) {
      const chosen = unitRows.find((candidate) => candidate.row.id === choice);
      return {
        task,
        match: chosen ? { row: chosen.row, position: chosen.position, share: 1 } : null,
        chosen: true,
      };
    }
    const general = contentWords(task.row.generalTask);
    const specific = contentWords(task.row.specificTask);
    const area = counterpartArea(unitTemplate, task.row.areaId);
    let best: TaskMatch['match'] = null;
    let bestInArea = false;
    let bestCloseness = 0;
    for (const candidate of unitRows) {
      const byGeneral = shareOf(general, candidate.words);
      const bySpecific = shareOf(specific, candidate.words);
      const share = Math.max(byGeneral, bySpecific);
      if (share < MATCH_SHARE) continue;
      const inArea = candidate.row.areaId === area;
      const closeness = byGeneral + bySpecific;
      // The counterpart area first, then the larger share, then the closer on both counts.
      if (
        best === null ||
        (inArea && !bestInArea) ||
        (inArea === bestInArea &&
          (share > best.share || (share === best.share && closeness > bestCloseness)))
      ) {
        best = { row: candidate.row, position: candidate.position, share };
        bestInArea = inArea;
        bestCloseness = closeness;
      }
    }
    return { task, match: best, chosen: false };
  });
}

const roleWords: Record<ProvinceRole, string> = {
  lead: 'chủ trì',
  coordinating: 'phối hợp',
};

/** A finding for each province task the unit leads and its plan does not carry out. */
export function provinceFindings(matches: readonly TaskMatch[]): Finding[] {
  return matches
    .filter(({ match, task }) => match === null && task.role === 'lead')
    .map(({ task }) => {
      const name = task.row.specificTask.trim() || task.row.generalTask.trim();
      return {
        ruleId: provinceTaskRule.id,
        severity: provinceTaskRule.severity,
        message:
          `Kế hoạch của tỉnh giao đơn vị ${roleWords[task.role]} nhiệm vụ “${name}” (dòng ${task.position} của bảng), ` +
          'nhưng kế hoạch này chưa có nhiệm vụ tương ứng: bổ sung nhiệm vụ để thực hiện, hoặc nêu lý do.',
        path: 'rows',
        where: `Kế hoạch của tỉnh, dòng ${task.position}`,
        citation: provinceTaskRule.citation,
      };
    });
}

/** Whether a plan is a province's own plan, which the others are checked against. */
export const isProvincePlan = (plan: Plan): boolean => plan.unit.type === 'tinh';
