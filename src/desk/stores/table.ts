/**
 * How the units table is sorted and filtered: a column and a direction, a search over unit names
 * (with or without accents: both sides folded as the model folds), and chips that keep only the
 * units with a problem of one kind. `tableRows` applies them; the component only draws its output.
 */
import { atom } from 'nanostores';
import { fastFold } from '../../plan/fast-fold.ts';
import type { DeskUnit } from '../protocol.ts';

export const sortColumns = [
  'unit',
  'type',
  'template',
  'year',
  'number',
  'issued',
  'findings',
  'areas',
  'tasks',
  'budget',
  'score',
  'progress',
] as const;
export type SortColumn = (typeof sortColumns)[number];
export type SortDirection = 'ascending' | 'descending';

export const chips = {
  errors: 'Có lỗi',
  late: 'Nộp muộn',
  duplicate: 'Trùng đơn vị',
  offRoster: 'Ngoài danh sách',
  word: 'Đọc từ Word',
} as const;
export type Chip = keyof typeof chips;

export const $sort = atom<{ column: SortColumn; direction: SortDirection } | null>(null);
export const $query = atom('');
export const $chips = atom<readonly Chip[]>([]);

/** A header's button: the first press sorts ascending, the next reverses. */
export function sortBy(column: SortColumn): void {
  const sort = $sort.get();
  $sort.set({
    column,
    direction:
      sort?.column === column && sort.direction === 'ascending' ? 'descending' : 'ascending',
  });
}

export function toggleChip(chip: Chip): void {
  const on = $chips.get();
  $chips.set(on.includes(chip) ? on.filter((c) => c !== chip) : [...on, chip]);
}

type Key = string | number | null;

/** What a column sorts by; null (no date, no progress) sorts last either way. */
const sortKey: Record<SortColumn, (unit: DeskUnit) => Key> = {
  unit: (unit) => unit.folded,
  type: (unit) => unit.unitTypeLabel,
  template: (unit) => unit.templateTitle,
  year: (unit) => unit.summary.planYear,
  number: (unit) => unit.summary.documentNumber || null,
  issued: (unit) => unit.summary.issueDate,
  findings: (unit) =>
    unit.summary.counts.loi * 1e6 +
    unit.summary.counts['canh-bao'] * 1e3 +
    unit.summary.counts['goi-y'],
  areas: (unit) => unit.summary.areasCovered / Math.max(1, unit.summary.areaCount),
  tasks: (unit) => unit.summary.tasks,
  budget: (unit) => unit.summary.budgetVnd,
  score: (unit) => unit.summary.score.points,
  progress: (unit) => unit.summary.progress?.completionRate ?? null,
};

// Built on first sort, not as the module loads: the first Intl object loads locale data (a long task).
let collator: Intl.Collator | undefined;

function compare(a: Key, b: Key): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : (collator ??= new Intl.Collator('vi')).compare(String(a), String(b));
}

const matchesChip: Record<Chip, (unit: DeskUnit, rosterGiven: boolean) => boolean> = {
  errors: (unit) => unit.summary.counts.loi > 0,
  late: (unit) => unit.onTime === false,
  duplicate: (unit) => unit.sameUnit.length > 0,
  offRoster: (unit, rosterGiven) => rosterGiven && unit.rosterName === null,
  // Read back by the tool rather than written by it: the ones to compare with the document.
  word: (unit) => unit.fromWord,
};

export function tableRows(
  units: readonly DeskUnit[],
  {
    sort,
    query,
    chips: on,
    rosterGiven,
  }: {
    sort: { column: SortColumn; direction: SortDirection } | null;
    query: string;
    chips: readonly Chip[];
    rosterGiven: boolean;
  },
): DeskUnit[] {
  const words = fastFold(query.normalize('NFC')).split(/\s+/).filter(Boolean);
  const rows = units.filter(
    (unit) =>
      words.every((word) => unit.folded.includes(word)) &&
      on.every((chip) => matchesChip[chip](unit, rosterGiven)),
  );
  if (!sort) return rows;
  const key = sortKey[sort.column];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((unit) => ({ unit, key: key(unit) }))
    .sort((a, b) =>
      a.key === null || b.key === null ? compare(a.key, b.key) : sign * compare(a.key, b.key),
    )
    .map(({ unit }) => unit);
}
