/**
 * The register of official unit names (`content/units/register.json`): each name with the
 * abbreviations people type, its level, the period it is valid for and, for a unit merged or
 * abolished, its successors, each with its source. The unit-name reader looks names up here before
 * reading them by their shape, so that an official name is one unit whatever words it holds
 * ("Ban Quản lý các Khu công nghiệp"), and the checker warns about units that no longer exist.
 *
 * Names are compared by `registerKey`: folded, without the punctuation and "và" that people vary
 * ("Sở TN&MT", "Sở TN - MT", "Sở TN và MT"), with the common long forms shortened the way people
 * shorten them ("Ủy ban nhân dân" and "UBND" give the same key).
 */
import { memoizeText } from '../text/memo.ts';
import registerJson from '../../content/units/register.json' with { type: 'json' };
import { fastFold } from './fast-fold.ts';
import type { RegisteredUnit } from './unit-register-schema.ts';

export type { RegisteredUnit } from './unit-register-schema.ts';

// Validated against `registeredUnitSchema` by tests/unit/plan/unit-register.test.ts, not again
// here, so that the checker in the browser does not carry the schema (as src/outline/data.ts).
export const registeredUnits = registerJson as RegisteredUnit[];

export const registeredUnitById: ReadonlyMap<string, RegisteredUnit> = new Map(
  registeredUnits.map((unit) => [unit.id, unit]),
);

/** Long forms shortened to what people type; longest first, so that one does not eat another. */
const shortForms: Record<string, string> = {
  'phuc vu hanh chinh cong': 'pvhcc',
  'hanh chinh cong': 'hcc',
  'uy ban nhan dan': 'ubnd',
  'hoi dong nhan dan': 'hdnd',
  'dai bieu quoc hoi': 'dbqh',
  'ban quan ly': 'bql',
  'khu cong nghiep': 'kcn',
  'khu kinh te': 'kkt',
  'van phong': 'vp',
  'trung tam': 'tt',
};
const longForm = new RegExp(`\\b(${Object.keys(shortForms).join('|')})\\b`, 'g');

/**
 * The comparison key of a folded name. Not a general normaliser: it drops the very separators a
 * list uses, so it is applied to one candidate name at a time, never to a whole field.
 */
export const registerKey = memoizeText((folded: string): string =>
  folded
    .replace(/[&,/.;:"'“”‘’()_–-]/g, ' ')
    .replace(/\bva\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(longForm, (long) => shortForms[long] ?? long),
);

/** Words that qualify a name with its place: "Sở Tài chính tỉnh Mẫu", "UBND xã Mẫu Đông". */
const localityWord = /\b(tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\b/g;
/** A place's own name after the locality word: a few words, no separator. */
const placeName = /^( [\p{L}\d]+){0,5}$/u;
const MAX_PLACE_LENGTH = 40;

/**
 * Where one registered name may end and the next begin, in folded text. "&" is not among them:
 * abbreviations hold it ("Sở TN&MT").
 */
export const nameSeparators = /[;\n+]|\bphoi hop\b|,|\/| va | voi | cung | - | – /g;

const byKey = new Map<string, RegisteredUnit[]>();
/** The keys' first words, short of the whole key: "so van hoa" of "Sở Văn hóa, Thể thao…". */
const keyBeginnings = new Set<string>();
let longestKey = 0;
for (const unit of registeredUnits) {
  for (const written of [unit.name, ...(unit.abbreviations ?? [])]) {
    const folded = fastFold(written);
    const key = registerKey(folded);
    const words = key.split(' ');
    for (let n = 1; n < words.length; n++) keyBeginnings.add(words.slice(0, n).join(' '));
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [unit]);
    else if (!list.includes(unit)) list.push(unit);
    longestKey = Math.max(longestKey, key.length);
  }
}
/** The first word of every name, as typed in full and as shortened: "van", "vp", "uy", "ubnd". */
const firstWords = new Set<string>();
const firstWord = /[a-z0-9]+/;
for (const unit of registeredUnits) {
  for (const written of [unit.name, ...(unit.abbreviations ?? [])]) {
    const folded = fastFold(written);
    firstWords.add(firstWord.exec(folded)?.[0] ?? '');
    firstWords.add(firstWord.exec(registerKey(folded))?.[0] ?? '');
  }
}
/** A candidate longer than this cannot be a registered name, with or without its place. */
export const MAX_CANDIDATE_LENGTH = longestKey * 2 + MAX_PLACE_LENGTH;

/** Whether a folded piece of text could begin a registered name: a cheap test before lookups. */
export function mayStartRegisteredName(folded: string): boolean {
  const first = firstWord.exec(folded);
  return first !== null && firstWords.has(first[0]);
}

/** Whether a registered name can begin with this folded piece and go on past it. */
export function mayGoOnPast(foldedPiece: string): boolean {
  return keyBeginnings.has(registerKey(foldedPiece));
}

/**
 * The registered units a folded candidate names, or undefined. The candidate may end with a
 * place: a locality word and a place name after a registered name ("Phòng Nội vụ huyện Mẫu Sơn"),
 * or a place name after a registered name that ends with its locality ("UBND xã Mẫu Đông").
 * `tailFrom` is where the place may begin: a place never spans a separator, so it is sought only
 * in the candidate's last piece.
 */
export function lookUpRegistered(
  folded: string,
  tailFrom = 0,
): readonly RegisteredUnit[] | undefined {
  if (folded.length > MAX_CANDIDATE_LENGTH) return undefined;
  const exact = byKey.get(registerKey(folded));
  if (exact) return exact;
  const trimmed = folded.replace(/[\s.,;:–-]+$/, '');
  for (const match of trimmed.matchAll(localityWord)) {
    if (match.index < tailFrom || match.index === 0) continue;
    const afterWord = match.index + match[0].length;
    if (!placeName.test(trimmed.slice(afterWord))) continue;
    const before = byKey.get(registerKey(trimmed.slice(0, match.index)));
    if (before) return before;
    if (afterWord < trimmed.length) {
      const withLocality = byKey.get(registerKey(trimmed.slice(0, afterWord)));
      if (withLocality) return withLocality;
    }
  }
  return undefined;
}

/** Whether every unit of a name had ceased to exist before `date` (ISO): none of them is left. */
export function noLongerExists(units: readonly RegisteredUnit[], date: string): boolean {
  return units.every((unit) => unit.validTo !== undefined && unit.validTo < date);
}

/**
 * More combining marks in a row than any writing needs (Unicode's stream-safe limit is 30). Text
 * with such a run is keyed as written: composing it takes time quadratic in the run's length (a
 * field of 100,000 marks took 2 s), and the builder checks the plan as the user types.
 */
const markRun = /\p{M}{31}/u;

/** A Sở's name followed by its province: within one province's plans, it tells nothing apart. */
const provinceTail = / (?:tinh|tp|thanh pho) [\p{L}\d ]+$/u;
/** Local People's Committees are named by their locality alone as often as in full. */
const localCommittee = /^ubnd (?=(?:huyen|quan|thi xa|thanh pho|tp|xa|phuong|thi tran|dac khu) )/;

/**
 * The key two spellings of one unit share: the lead and a coordinating unit of a task, a plan's
 * unit and a roster's line (the Sở Nội vụ's desk). A name the register knows as a provincial body
 * (a Sở, a Ban, the Văn phòng UBND tỉnh) is keyed by the register's id, whatever abbreviation
 * was used; any other is keyed by its words, without the "UBND" before a locality.
 */
// Remembered: a round matches every row's lead and partners, the same few names again and again.
export const unitMatchKey = memoizeText((name: string): string => {
  let key = registerKey(fastFold(markRun.test(name) ? name : name.normalize('NFC')));
  // No unit's name is this long; the patterns below are not run over a field of hostile text.
  if (key.length > MAX_CANDIDATE_LENGTH) return key;
  const withoutProvince = key.replace(provinceTail, '');
  const registered =
    lookUpRegistered(withoutProvince) ??
    (withoutProvince === key ? undefined : lookUpRegistered(key));
  // Only a unit that exists once in a province can be known by its name alone; "UBND huyện …"
  // names many, and is told apart by its place.
  const provincial = registered?.filter((unit) => unit.levels.every((level) => level === 'tinh'));
  if (provincial && provincial.length === 1 && !/^ubnd /.test(withoutProvince)) {
    return `dang-ky:${provincial[0]!.id}`;
  }
  key = key.replace(localCommittee, '').replace(/\btp\b/g, 'thanh pho');
  return key;
});
