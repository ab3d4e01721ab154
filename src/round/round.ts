/**
 * A round: the plans (later, the reports) the Sở Nội vụ receives for one year, with what it
 * expects. `viewRound` puts the checked plans beside the roster: who sent, on time or late, who
 * sent twice (the newer plan is kept unless the reviewer picks), who has not sent, which files
 * could not be read, and which of the guidance's rules most units broke.
 */
import { rules } from '../plan/rules/index.ts';
import type { FindingCounts } from '../plan/rules/index.ts';
import type { Finding, Severity } from '../plan/rules/types.ts';
import type { Plan, PlanRow } from '../plan/schema.ts';
import {
  isProvincePlan,
  matchProvinceTasks,
  provinceFindings,
  provinceTaskRule,
  type MatchChoices,
  type TaskMatch,
} from './province.ts';
import type { ReceivedFile } from './received.ts';
import { unitMatchKey } from './roster.ts';
import type { CheckedPlan } from './unit-summary.ts';
import type { WordSource } from './word-source.ts';

/**
 * Who sends the summary and the letters: the Sở Nội vụ, as it signs. Blanks are left for the
 * clerk (the exporters' defaults, src/export/round/round-text.ts).
 */
export interface RoundSender {
  /** "Sở Nội vụ tỉnh Mẫu"; "Sở Nội vụ" when not given. */
  name: string;
  /** "Mẫu": the province, for "UBND tỉnh Mẫu" above the sender and as the summary's addressee. */
  province: string;
  /** The place in the date line ("Mẫu Sơn, ngày …"); "…" when not given. */
  place: string;
  /** The abbreviation in the documents' symbols: "BC-SNV", "SNV-CCHC". */
  abbreviation: string;
  /** "KT." with "Giám đốc", or '' when the director signs. */
  signingForm: '' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.';
  signingFor: string;
  signerTitle: string;
  /** '' leaves the name to be written under the signature. */
  signerName: string;
  /** The day the document is signed (ISO); null leaves "ngày … tháng … năm …" for the clerk. */
  issueDate: string | null;
}

export interface RoundSettings {
  /** "Kế hoạch CCHC năm 2014 của các sở, ngành, địa phương". */
  name: string;
  /** The plans' year; a plan for another year is flagged. */
  planYear: number | null;
  /** The day plans were due (ISO); a plan issued after it is late. */
  deadline: string | null;
  /** The units expected to send, as written (see roster.ts). */
  roster: string[];
  /** Who sends the summary and the letters; absent in a round saved before it was asked. */
  sender?: Partial<RoundSender>;
}

/** A received file with the id the round gave it (stable while the round lives). */
export type RoundFile = ReceivedFile & { id: string };

export interface Round extends RoundSettings {
  files: RoundFile[];
  /** Unit key → id of the plan the reviewer chose to keep where a unit sent more than one. */
  kept: Record<string, string>;
  /**
   * Id of the file that is the province's own plan; when absent, the one plan of the round whose
   * unit is a UBND tỉnh, if there is exactly one.
   */
  province?: string;
  /** Unit key → the reviewer's matches of the province's tasks (see province.ts). */
  matches?: Record<string, MatchChoices>;
}

export interface RoundUnit {
  id: string;
  file: string;
  key: string;
  checked: CheckedPlan;
  /** The roster's spelling of this unit, or null when it is not on the roster (or none is given). */
  rosterName: string | null;
  /** true on or before the deadline, false after, null when the plan or the round has no date. */
  onTime: boolean | null;
  /** The plan is for another year than the round's. */
  otherYear: boolean;
  /** Other plans the same unit sent; empty when it sent one. */
  sameUnit: string[];
  /** false for a plan set aside because the unit sent another one that is kept. */
  kept: boolean;
  /** Against the province's plan, when the round has one: its tasks for this unit, matched. */
  province: { matches: TaskMatch[]; findings: Finding[] } | null;
  /** Present when the plan was read from a Word file, with the reader's report. */
  word?: WordSource;
}

export interface CommonMistake {
  ruleId: string;
  title: string;
  severity: Severity;
  /** How many units (kept plans) have at least one finding of the rule. */
  units: number;
}

export interface RoundTally {
  /** Units whose plan is kept: one per unit that sent. */
  sent: number;
  onTime: number;
  late: number;
  /** Plans with no issue date, or a round with no deadline. */
  undated: number;
  missing: number;
  unreadable: number;
  /** Plans set aside because the same unit sent another. */
  setAside: number;
}

export interface RoundView {
  /** Every readable plan but the province's, in the order received; set-aside duplicates included. */
  units: RoundUnit[];
  /** The province's own plan, which the units are checked against, if the round has one. */
  province: { id: string; file: string; plan: Plan } | null;
  unreadable: Extract<RoundFile, { kind: 'unreadable' }>[];
  /** Roster units with no plan. */
  missing: string[];
  tally: RoundTally;
  /** Rules broken by at least one unit, by how many units, then by severity. */
  mistakes: CommonMistake[];
}

const ruleById = new Map<string, Pick<CommonMistake, 'title' | 'severity'>>(
  [...rules, provinceTaskRule].map((rule) => [rule.id, rule]),
);

/** The round's province plan: the one chosen, or the only plan of a UBND tỉnh. */
function provinceOf(round: RoundEntries): RoundView['province'] {
  const plans = round.files.flatMap((file) =>
    file.kind === 'plan' && file.plan ? [{ ...file, plan: file.plan }] : [],
  );
  const chosen =
    round.province === undefined ? undefined : plans.find((file) => file.id === round.province);
  const provinces = plans.filter((file) => isProvincePlan(file.plan));
  const province = chosen ?? (provinces.length === 1 ? provinces[0] : undefined);
  return province ? { id: province.id, file: province.file, plan: province.plan } : null;
}
const severityRank: Record<Severity, number> = { loi: 0, 'canh-bao': 1, 'goi-y': 2 };

/** Later issue date first, then the later received; a plan with no date comes last. */
function newerFirst(a: RoundUnit, b: RoundUnit, order: Map<string, number>): number {
  const dateA = a.checked.summary.issueDate ?? '';
  const dateB = b.checked.summary.issueDate ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return (order.get(b.id) ?? 0) - (order.get(a.id) ?? 0);
}

/**
 * What `viewRound` reads of a round: a plan file's id and name, and the plan only where it is at
 * hand (its check is given apart), so a caller that checks plans one at a time (`ke-hoach
 * tong-hop` over 2,000 files) can let each plan go once checked. The province's plan, and a
 * unit's plan to check against it, are needed as plans: a unit whose plan was let go is not
 * matched against the province's.
 */
export type RoundFileEntry =
  | Extract<RoundFile, { kind: 'unreadable' }>
  | {
      kind: 'plan';
      id: string;
      file: string;
      plan?: Plan;
      /**
       * The plan matched against the province's when it was read, for a caller that lets the
       * plan go (`ke-hoach tong-hop --ke-hoach-tinh`); used only where `plan` is absent.
       */
      provinceMatches?: TaskMatch[];
      /** Present when the plan was read from a Word file (see received.ts). */
      word?: WordSource;
    };

export interface RoundEntries extends RoundSettings {
  files: readonly RoundFileEntry[];
  kept: Record<string, string>;
  province?: string;
  matches?: Record<string, MatchChoices>;
}

/** The round as the desk shows it; `checked` holds each readable file's check, by file id. */
export function viewRound(
  round: RoundEntries,
  checked: ReadonlyMap<string, CheckedPlan>,
): RoundView {
  const rosterByKey = new Map(round.roster.map((name) => [unitMatchKey(name), name]));
  const order = new Map(round.files.map((file, index) => [file.id, index]));
  const province = provinceOf(round);
  const units: RoundUnit[] = [];
  const unreadable: RoundView['unreadable'] = [];
  for (const file of round.files) {
    if (file.kind === 'unreadable') {
      unreadable.push(file);
      continue;
    }
    if (file.id === province?.id) continue;
    const result = checked.get(file.id);
    if (!result) continue;
    const { issueDate, planYear, unitName } = result.summary;
    const key = unitMatchKey(unitName);
    units.push({
      id: file.id,
      file: file.file,
      key,
      checked: result,
      rosterName: rosterByKey.get(key) ?? null,
      onTime: issueDate === null || round.deadline === null ? null : issueDate <= round.deadline,
      otherYear: round.planYear !== null && planYear !== round.planYear,
      sameUnit: [],
      kept: true,
      province: null,
      ...(file.word && { word: file.word }),
    });
  }

  const byKey = new Map<string, RoundUnit[]>();
  for (const unit of units) {
    const group = byKey.get(unit.key);
    if (group) group.push(unit);
    else byKey.set(unit.key, [unit]);
  }
  for (const [key, group] of byKey) {
    if (group.length < 2) continue;
    const chosen = round.kept[key];
    const keep =
      group.find((unit) => unit.id === chosen) ??
      [...group].sort((a, b) => newerFirst(a, b, order))[0]!;
    for (const unit of group) {
      unit.sameUnit = group.filter((other) => other !== unit).map((other) => other.id);
      unit.kept = unit === keep;
    }
  }

  const kept = units.filter((unit) => unit.kept);
  if (province) {
    const entries = new Map(round.files.map((file) => [file.id, file]));
    for (const unit of kept) {
      const entry = entries.get(unit.id);
      if (entry?.kind !== 'plan') continue;
      const matches = entry.plan
        ? matchProvinceTasks(province.plan, entry.plan, round.matches?.[unit.key])
        : entry.provinceMatches;
      if (!matches) continue;
      unit.province = { matches, findings: provinceFindings(matches) };
    }
  }
  const missing = [...rosterByKey].filter(([key]) => !byKey.has(key)).map(([, name]) => name);
  const ruleUnits = new Map<string, number>();
  for (const unit of kept) {
    const findings = [...unit.checked.findings, ...(unit.province?.findings ?? [])];
    for (const ruleId of new Set(findings.map((finding) => finding.ruleId))) {
      ruleUnits.set(ruleId, (ruleUnits.get(ruleId) ?? 0) + 1);
    }
  }
  const mistakes = [...ruleUnits]
    .flatMap(([ruleId, count]) => {
      const rule = ruleById.get(ruleId);
      return rule ? [{ ruleId, title: rule.title, severity: rule.severity, units: count }] : [];
    })
    .sort((a, b) => b.units - a.units || severityRank[a.severity] - severityRank[b.severity]);

  return {
    units,
    province,
    unreadable,
    missing,
    tally: {
      sent: kept.length,
      onTime: kept.filter((unit) => unit.onTime === true).length,
      late: kept.filter((unit) => unit.onTime === false).length,
      undated: kept.filter((unit) => unit.onTime === null).length,
      missing: missing.length,
      unreadable: unreadable.length,
      setAside: units.length - kept.length,
    },
    mistakes,
  };
}

/** A unit's findings: the checker's, then those of the province check. */
export const unitFindings = (unit: RoundUnit): Finding[] => [
  ...unit.checked.findings,
  ...(unit.province?.findings ?? []),
];

/** A unit's counts by severity, the province check's findings counted with the checker's. */
export function unitCounts(unit: RoundUnit): FindingCounts {
  const counts = { ...unit.checked.summary.counts };
  for (const finding of unit.province?.findings ?? []) counts[finding.severity]++;
  return counts;
}

/** A task of the province's plan, with its line in the province's table (from 1). */
export interface UntakenTask {
  row: PlanRow;
  position: number;
}

/**
 * The province's tasks that no kept plan of the round carries out (matched or chosen), in the
 * province's order: the summary's annex, so that UBND tỉnh sees what nobody took up. Empty when
 * the round has no province's plan.
 */
export function untakenProvinceTasks(view: RoundView): UntakenTask[] {
  if (!view.province) return [];
  const taken = new Set<string>();
  for (const unit of view.units) {
    if (!unit.kept) continue;
    for (const { task, match } of unit.province?.matches ?? []) {
      if (match) taken.add(task.row.id);
    }
  }
  return view.province.plan.rows.flatMap((row, index) =>
    taken.has(row.id) ? [] : [{ row, position: index + 1 }],
  );
}

/** The round with newly received files added, each given the next free id ("f1", "f2", …). */
export function addFiles(round: Round, received: readonly ReceivedFile[]): Round {
  let next =
    1 + Math.max(0, ...round.files.map((file) => Number(/^f(\d+)$/.exec(file.id)?.[1] ?? 0)));
  const added = received.map((file) => ({ ...file, id: `f${next++}` }));
  return { ...round, files: [...round.files, ...added] };
}

/** A new, empty round. */
export function emptyRound(settings: Partial<RoundSettings> = {}): Round {
  return {
    name: '',
    planYear: null,
    deadline: null,
    roster: [],
    ...settings,
    files: [],
    kept: {},
  };
}
