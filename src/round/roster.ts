/**
 * Who is expected to send a plan, and which plan is whose. A roster is pasted or read from a
 * file, one unit per line, written however people write them: with or without accents, "UBND" or
 * "Ủy ban nhân dân", "Sở TN&MT" for "Sở Tài nguyên và Môi trường", "huyện Mẫu Sơn" for "UBND
 * huyện Mẫu Sơn", with or without the province after a Sở's name. Names are compared by
 * `unitMatchKey` (src/plan/unit-register.ts), which undoes exactly those differences and no
 * more, so that two different units never share a key.
 */
import { MAX_NAME_LENGTH } from '../plan/schema.ts';
import { unitMatchKey } from '../plan/unit-register.ts';
import { formatAmount } from '../plan/vi-format.ts';

export { unitMatchKey };

/** More than every xã of the largest province; a longer paste is cut here and says so. */
export const MAX_ROSTER_UNITS = 2000;

export interface Roster {
  /** The units, as written, in order, each once. */
  units: string[];
  /** Lines left out: repeated units, and lines past the limits, each said in Vietnamese. */
  notices: string[];
}

/** A list marker or a number at the start of a line: "-", "•", "1.", "12)", "a)". */
const listMarker = /^\s*(?:[-–•*+]|\d{1,4}[.)]|[a-zđ][.)])\s+/iu;
/** Reads a pasted or uploaded roster: one unit per line, list markers and blank lines ignored. */
export function parseRoster(text: string): Roster {
  const units: string[] = [];
  const notices: string[] = [];
  const seen = new Map<string, string>();
  const lines = text.normalize('NFC').split(/\r\n|\r|\n/);
  for (const [index, line] of lines.entries()) {
    const name = line
      .replace(listMarker, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[;,.]$/, '');
    if (name === '') continue;
    if (units.length >= MAX_ROSTER_UNITS) {
      notices.push(
        `Danh sách chỉ nhận ${formatAmount(MAX_ROSTER_UNITS)} đơn vị; từ dòng ${index + 1} trở đi không được đọc.`,
      );
      break;
    }
    if (name.length > MAX_NAME_LENGTH) {
      notices.push(
        `Dòng ${index + 1} dài hơn ${MAX_NAME_LENGTH} ký tự, không phải tên một đơn vị: bỏ qua.`,
      );
      continue;
    }
    const key = unitMatchKey(name);
    const first = seen.get(key);
    if (first !== undefined) {
      notices.push(`Dòng ${index + 1} “${name}” trùng với “${first}”: chỉ tính một lần.`);
      continue;
    }
    seen.set(key, name);
    units.push(name);
  }
  return { units, notices };
}
