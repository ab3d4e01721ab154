/**
 * Reading unit names the way the letter asks (I.2, second bullet): one task, one named unit in
 * charge, "không quy định trách nhiệm chung chung hoặc một việc giao cho nhiều cơ quan".
 *
 * Real unit names contain the very separators a list uses ("Sở Văn hóa, Thể thao và Du lịch",
 * "Phòng Lao động - Thương binh và Xã hội"), so a comma or "và" alone proves nothing: a name is
 * read as a list only when two of its parts each start like a unit ("Phòng …", "UBND …").
 * Matching runs on the `fold`ed text, so names typed without accents are read the same; `fold`
 * keeps every character's position, so the original wording can be quoted back.
 *
 * Official names come first: a name of the register (`unit-register.ts`) is one unit whatever
 * words it holds ("Ban Quản lý các Khu công nghiệp"), and registered names joined by separators
 * are that many units. The shapes decide only for what the register does not know.
 */
import { fastFold } from './fast-fold.ts';
import {
  lookUpRegistered,
  MAX_CANDIDATE_LENGTH,
  mayGoOnPast,
  mayStartRegisteredName,
  nameSeparators,
  type RegisteredUnit,
} from './unit-register.ts';

export interface UnitNameReading {
  /** Two or more units where one is expected, in the original wording; empty if one unit. */
  units: string[];
  /** A group rather than one unit ("UBND các xã", "những phòng …"). */
  group?: string;
  /** Nobody in particular ("các đơn vị liên quan", "tất cả", "toàn cơ quan"). */
  vague?: string;
  /** The registered names found, in the original wording, with the units each may be. */
  known?: KnownUnitName[];
}

export interface KnownUnitName {
  name: string;
  /** More than one where a name was used at several levels ("Phòng Kinh tế"). */
  units: readonly RegisteredUnit[];
}

/** Separators that never occur inside one unit's name. */
const hardSeparators = /[;\n+&]|\bphoi hop\b/g;
/** Separators that occur both inside names and between them. */
const softSeparators = /,|\/| va | voi | cung | - | – /g;
/** How the name of a unit, or of the person in charge, begins. */
const unitStart =
  /^(van phong|phong|ban|so|ubnd|uy ban|hdnd|hoi dong|trung tam|chi cuc|cuc|thanh tra|bo phan|to(?! chuc)|doi(?! moi)|truong|benh vien|cong an|quan su|kho bac|chi nhanh|ngan hang|cong ty|bao hiem xa hoi|dai|bao(?! cao| ve| dam)|hoi(?! dong)|doan|mat tran|huyen uy|tinh uy|thanh uy|xa(?! hoi)|phuong(?! an| phap| thuc| tien| huong)|thi tran|giam doc|pho giam doc|chu tich|pho chu tich|pho truong phong|chanh van phong|chanh thanh tra|lanh dao|dong chi|d\/c)\b/;
const vaguePhrases = [
  /\blien quan\b/,
  /\btat ca\b/,
  /\btoan (co quan|don vi|the|nganh|so|huyen|tinh)\b/,
  /\bcac (phong|don vi|co quan|bo phan|ban|nganh|so|to chuc|cap|thanh vien)\b/,
];
/** A bare kind of unit with no name: which "phòng"? */
const genericName =
  /^(phong|ban|so|don vi|co quan|bo phan|lanh dao|chuyen mon|phong chuyen mon|phong ban|phong, ban|don vi truc thuoc|co quan chuyen mon|nganh|tap the|can bo|cong chuc|vien chuc)$/;
const groupWord = /\b(cac|nhung)\b/;

/** Spans of `masked` between separator matches, as [start, end) offsets. */
function spans(masked: string, separators: RegExp): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const match of masked.matchAll(separators)) {
    out.push([start, match.index]);
    start = match.index + match[0].length;
  }
  out.push([start, masked.length]);
  return out;
}

const edgeCharacter = /[\s,.;:–-]/;

/**
 * Spaces and punctuation cut from both ends. Not `replace(/^[…]+|[…]+$/g)`: that pattern tries
 * the second branch at every character of a run that does not reach the end, so a long run of
 * spaces inside a name took quadratic time (100,000 spaces: minutes). This is one pass.
 */
function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && edgeCharacter.test(text.charAt(start))) start++;
  while (end > start && edgeCharacter.test(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Separators that are never inside a registered name: a name never goes on past them. */
const hardSeparator = /^([;\n+]|phoi hop)$/;
/** More pieces than any registered name has: "Sở Lao động - Thương binh và Xã hội" has three. */
const MAX_NAME_PIECES = 5;
/** Stands for a registered name in the masked text: no separator, no word, not trimmed. */
const REGISTERED = '\u0001';

interface Piece {
  start: number;
  end: number;
  /** Whether a name can go on past this piece's end. */
  joinsNext: boolean;
}

/**
 * The registered names in `masked`, left to right, each the longest run of pieces that is one.
 * Linear in the text: each piece starts at most `MAX_NAME_PIECES` look-ups of bounded length, and
 * only if its first word begins some registered name.
 */
function findRegistered(
  masked: string,
): { start: number; end: number; units: readonly RegisteredUnit[] }[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (const match of masked.matchAll(nameSeparators)) {
    pieces.push({ start, end: match.index, joinsNext: !hardSeparator.test(match[0]) });
    start = match.index + match[0].length;
  }
  pieces.push({ start, end: masked.length, joinsNext: false });
  const found: { start: number; end: number; units: readonly RegisteredUnit[] }[] = [];
  for (let i = 0; i < pieces.length;) {
    const first = pieces[i] as Piece;
    if (
      first.end - first.start > MAX_CANDIDATE_LENGTH ||
      !mayStartRegisteredName(masked.slice(first.start, Math.min(first.end, first.start + 40)))
    ) {
      i++;
      continue;
    }
    let last = i;
    const goesOn = mayGoOnPast(masked.slice(first.start, first.end));
    while (
      goesOn &&
      last - i + 1 < MAX_NAME_PIECES &&
      (pieces[last] as Piece).joinsNext &&
      (pieces[last + 1] as Piece).end - first.start <= MAX_CANDIDATE_LENGTH
    )
      last++;
    let next = i + 1;
    for (let j = last; j >= i; j--) {
      const piece = pieces[j] as Piece;
      const units = lookUpRegistered(
        masked.slice(first.start, piece.end),
        piece.start - first.start,
      );
      if (units) {
        found.push({ start: first.start, end: piece.end, units });
        next = j + 1;
        break;
      }
    }
    i = next;
  }
  return found;
}

export function readUnitName(
  name: string,
  fold: (text: string) => string = fastFold,
): UnitNameReading {
  const folded = fold(name);
  // Same-length masking keeps offsets valid: brackets hold details, not a second unit, and the
  // joint office of the council and committee is one unit despite its "và".
  const unmasked = folded
    .replace(/\([^)]*\)?/g, (match) => ' '.repeat(match.length))
    .replace(/\b(hdnd va ubnd|hoi dong nhan dan va uy ban nhan dan)\b/g, (match) =>
      match.replace(/ /g, '_'),
    );
  const quote = ([start, end]: [number, number]) => trimPunctuation(name.slice(start, end));

  const registered = findRegistered(unmasked);
  let masked = unmasked;
  if (registered.length > 0) {
    const known = registered.map(({ start, end, units }) => ({ name: quote([start, end]), units }));
    // One pass, not a slice per name: a field can hold thousands of names.
    const parts: string[] = [];
    let from = 0;
    for (const { start, end } of registered) {
      parts.push(unmasked.slice(from, start), REGISTERED.repeat(end - start));
      from = end;
    }
    parts.push(unmasked.slice(from));
    masked = parts.join('');
    // Nothing but registered names and what separates them: the register has the last word.
    const rest = masked.replaceAll(REGISTERED, ' ').replace(nameSeparators, ' ');
    if (trimPunctuation(rest).trim() === '') {
      return { units: known.length > 1 ? known.map((unit) => unit.name) : [], known };
    }
    const reading = readByShape(name, masked);
    reading.known = known;
    return reading;
  }
  return readByShape(name, masked);
}

/** The shape rules, over `masked`: folded, details and registered names masked out. */
function readByShape(name: string, masked: string): UnitNameReading {
  const quote = ([start, end]: [number, number]) => trimPunctuation(name.slice(start, end));
  const named = (span: [number, number]) => trimPunctuation(masked.slice(span[0], span[1])) !== '';
  const reading: UnitNameReading = { units: [] };

  const hardParts = spans(masked, hardSeparators).filter(named);
  const softParts = spans(masked, softSeparators).filter(named);
  const startsLikeUnit = (span: [number, number]) => {
    const part = trimPunctuation(masked.slice(span[0], span[1]));
    return part.startsWith(REGISTERED) || unitStart.test(part);
  };
  const unitParts = softParts.filter(startsLikeUnit);
  if (hardParts.length > 1) reading.units = hardParts.map(quote);
  else if (unitParts.length > 1) reading.units = unitParts.map(quote);
  // One unit's name starts with its kind ("Phòng …"); parts with no kind at all are short names
  // of several units ("Nội vụ và Tư pháp").
  else if (unitParts.length === 0 && softParts.length > 1) reading.units = softParts.map(quote);

  const core = trimPunctuation(masked).replace(/\s+/g, ' ');
  const vague = vaguePhrases.map((pattern) => pattern.exec(masked)).find((match) => match !== null);
  if (vague) reading.vague = name.slice(vague.index, vague.index + vague[0].length);
  else if (genericName.test(core)) reading.vague = trimPunctuation(name);
  const group = groupWord.exec(masked);
  if (!reading.vague && group) {
    // Quote from the group word to the end of its part: "các xã, thị trấn" rather than "các".
    const end = masked.slice(group.index).search(/[;\n(]/);
    reading.group = trimPunctuation(
      name.slice(group.index, end === -1 ? undefined : group.index + end),
    );
  }
  return reading;
}

/** A unit's name reduced for comparison: folded, single-spaced, without edge punctuation. */
export function unitKey(name: string, fold: (text: string) => string = fastFold): string {
  return trimPunctuation(fold(name)).replace(/\s+/g, ' ');
}
