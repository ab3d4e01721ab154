/**
 * The header block of a Kế hoạch (Nghị định 30/2020, Phụ lục I): the issuing body and unit on the
 * left, the national motto on the right, then "Số: 45/KH-STP" and "Lâm Phong, ngày 20 tháng 12
 * năm 2013". Written as a borderless two-column table (Word's usual way, and this tool's export)
 * or as lines with tabs between the two sides; read here into the plan's unit and document fields.
 */
import { fastFold } from '../../plan/fast-fold.ts';
import type { UnitType } from '../../outline/schema.ts';
import { cellText, type DocBlock, type DocTable } from './model.ts';

export interface HeaderReading {
  parentAgency: string;
  name: string;
  number: string;
  symbol: string;
  place: string;
  issueDate: string | null;
  /** Which blocks the header used: they are not reported as text left unread. */
  used: Set<DocBlock>;
}

const isMotto = (folded: string) =>
  /cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–]\s*tu do|^[-_–—\s.]+$/.test(folded);

const numberLine = /^so\s*:?\s*([^/]*?)\s*\/\s*(\S.*)$/;
const dateLine =
  /^(.*?),?\s*ngay\s+(\d{1,2}|[….]+)\s+thang\s+(\d{1,2}|[….]+)\s+nam\s+(\d{4}|[….]+)/;

/** A title's words in upper case read as a name: "SỞ TƯ PHÁP" → "Sở Tư pháp". */
export function nameCase(upper: string): string {
  const text = upper.replace(/\s+/g, ' ').trim();
  if (text !== text.toLocaleUpperCase('vi-VN')) return text;
  const words = text.toLocaleLowerCase('vi-VN').split(' ');
  const abbreviations = new Set(['ubnd', 'hđnd', 'cchc', 'ttg', 'mttq', 'tnhh', 'cp']);
  const levels = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thị', 'thành', 'trấn', 'khu']);
  let capitaliseRest = false;
  return words
    .map((word, index) => {
      if (abbreviations.has(fastFold(word)) || abbreviations.has(word))
        return word.toLocaleUpperCase('vi-VN');
      const capital = word.charAt(0).toLocaleUpperCase('vi-VN') + word.slice(1);
      if (index === 0) return capital;
      const previous = words[index - 1] ?? '';
      // Place names after "tỉnh", "phường", "thành phố"…: every word capitalised.
      if (capitaliseRest) return capital;
      if (levels.has(previous) && !levels.has(word) && word !== 'phố') {
        capitaliseRest = true;
        return capital;
      }
      if (previous === 'phố' || (previous === 'xã' && words[index - 2] === 'thị')) {
        capitaliseRest = true;
        return capital;
      }
      // "Sở Tư pháp", "Phòng Nội vụ", "Ban Quản lý…": the word after the kind of unit.
      if (index === 1 && /^(sở|phòng|ban|cục|chi cục|văn phòng|trung tâm)$/.test(words[0] ?? '')) {
        return capital;
      }
      return word;
    })
    .join(' ')
    .replace(/^Ủy Ban Nhân Dân /, 'UBND ')
    .replace(/^Ủy ban nhân dân /, 'UBND ');
}

/** The unit type a unit's name says: Sở, UBND huyện (quận, thị xã, thành phố), xã (phường), tỉnh. */
export function unitTypeOf(name: string, parentAgency: string): UnitType {
  const folded = fastFold(name).replace(/\s+/g, ' ').trim();
  const council = /^(ubnd|uy ban nhan dan) /.exec(folded);
  const place = council ? folded.slice(council[0].length) : folded;
  if (council || /^(xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho|dac khu) /.test(place)) {
    if (/^(xa|phuong|thi tran|dac khu) /.test(place)) return 'xa';
    if (/^(huyen|quan|thi xa) /.test(place)) return 'huyen';
    if (/^tinh /.test(place)) return 'tinh';
    if (/^thanh pho /.test(place)) {
      // A city under a province is a district-level unit; a centrally run city is a province.
      return /tinh/.test(fastFold(parentAgency)) ? 'huyen' : 'tinh';
    }
  }
  return 'so';
}

function readLeftLines(lines: string[], reading: HeaderReading): void {
  const agency: string[] = [];
  for (const line of lines) {
    const folded = fastFold(line).trim();
    const number = numberLine.exec(folded);
    if (number) {
      // The folded text keeps every character's place: quote the original.
      const start = folded.indexOf('/');
      reading.number = line
        .slice(0, start)
        .replace(/^\s*s[ốo]\s*:?\s*/i, '')
        .replace(/[….\s]+$/, '')
        .replace(/^[….\s]+/, '')
        .trim();
      reading.symbol = line.slice(start + 1).trim();
      continue;
    }
    if (folded === '' || isMotto(folded) || /^v\/v\b/.test(folded) || /^[….\s]+$/.test(folded))
      continue;
    agency.push(line.trim());
  }
  // "ỦY BAN NHÂN DÂN" over "PHƯỜNG MẪU ĐÔNG" is one name; otherwise the last line is the unit.
  const merged: string[] = [];
  for (const line of agency) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && /^(uy ban nhan dan|ubnd)$/.test(fastFold(previous).trim())) {
      merged[merged.length - 1] = `${previous} ${line}`;
    } else {
      merged.push(line);
    }
  }
  const named = merged.map(nameCase);
  if (named.length === 0) return;
  reading.name = named[named.length - 1] as string;
  reading.parentAgency = named.slice(0, -1).join(' ');
}

function readRightLines(lines: string[], reading: HeaderReading): void {
  for (const line of lines) {
    const folded = fastFold(line).trim();
    const date = dateLine.exec(folded);
    if (!date) continue;
    reading.place = line
      .slice(0, (date[1] ?? '').length)
      .replace(/[,\s]+$/, '')
      .trim();
    if (/^[….]+$/.test(reading.place)) reading.place = '';
    const [day, month, year] = [date[2], date[3], date[4]].map((part) => Number(part));
    if (
      Number.isInteger(day) &&
      Number.isInteger(month) &&
      Number.isInteger(year) &&
      (month as number) >= 1 &&
      (month as number) <= 12 &&
      (day as number) >= 1 &&
      (day as number) <= new Date(Date.UTC(year as number, month as number, 0)).getUTCDate()
    ) {
      reading.issueDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
}

const mentionsMotto = (text: string) => isMotto(fastFold(text)) && /cong hoa/.test(fastFold(text));

/** The header, from the first table with the motto or the lines before the title "KẾ HOẠCH". */
export function readHeader(blocks: readonly DocBlock[]): HeaderReading {
  const reading: HeaderReading = {
    parentAgency: '',
    name: '',
    number: '',
    symbol: '',
    place: '',
    issueDate: null,
    used: new Set(),
  };
  const firstBlocks = blocks.slice(0, 40);
  const table = firstBlocks.find(
    (block): block is DocTable =>
      block.kind === 'table' &&
      block.rows.some((row) => row.some((cell) => mentionsMotto(cellText(cell)))),
  );
  if (table) {
    reading.used.add(table);
    const left: string[] = [];
    const right: string[] = [];
    for (const row of table.rows) {
      row.forEach((cell, index) => {
        if (cell.continued) return;
        (index === 0 ? left : right).push(...cell.lines.filter((line) => line.trim() !== ''));
      });
    }
    readLeftLines(left, reading);
    readRightLines(right, reading);
    return reading;
  }
  // Lines with tabs: the left side before the first tab, the right side after the last.
  const left: string[] = [];
  const right: string[] = [];
  // Only the lines above the title "KẾ HOẠCH": without a title, no line is taken for the header.
  const title = firstBlocks.findIndex(
    (block) => block.kind === 'paragraph' && /^ke hoach$/.test(fastFold(block.text).trim()),
  );
  for (const block of firstBlocks.slice(0, Math.max(0, title))) {
    if (block.kind !== 'paragraph') continue;
    const folded = fastFold(block.text).trim();
    if (folded === '') continue;
    const parts = block.text.split('\t').map((part) => part.trim());
    const filled = parts.filter((part) => part !== '');
    if (filled.length === 0) continue;
    reading.used.add(block);
    if (filled.length >= 2) {
      left.push(filled[0] as string);
      right.push(filled[filled.length - 1] as string);
    } else if (parts[0] === '' || mentionsMotto(block.text) || dateLine.test(folded)) {
      right.push(filled[0] as string);
    } else {
      left.push(filled[0] as string);
    }
  }
  readLeftLines(left, reading);
  readRightLines(right, reading);
  return reading;
}
