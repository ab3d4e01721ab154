/**
 * Which template a Word plan follows, and which of its areas a heading names. Names are compared
 * folded and word by word, with or without their numbering ("IV.", "4."), with the usual
 * abbreviations spelt out ("CBCCVC", "CCHC"), so "IV. XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ
 * CBCCVC" and "4. Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức" are one area.
 */
import { fastFold } from '../../plan/fast-fold.ts';
import type { OutlineTemplate, TemplateId } from '../../plan/templates.ts';

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** "IV. " or "4) " or "Lĩnh vực 4: " at the start: the number, and the text after it. */
export function splitNumbering(text: string): { number: number | undefined; rest: string } {
  const folded = fastFold(text);
  const match = /^\s*(?:(?:phan|muc|linh vuc)\s+)?([ivx]{1,4}|\d{1,2})\s*[.):/-]?\s+/.exec(folded);
  if (!match) return { number: undefined, rest: text.trim() };
  const token = match[1] as string;
  const roman = ROMAN.indexOf(token);
  const number = /^\d+$/.test(token) ? Number(token) : roman === -1 ? undefined : roman + 1;
  return { number, rest: text.slice(match[0].length).trim() };
}

export const isRomanNumbered = (text: string) =>
  /^\s*[ivx]{1,4}\s*[.)/:-]?(\s|$)/.test(fastFold(text));

function words(text: string): string[] {
  return fastFold(text)
    .replace(/\bcbccvc\b/g, 'can bo cong chuc vien chuc')
    .replace(/\bcbcc\b/g, 'can bo cong chuc')
    .replace(/\bcchc\b/g, 'cai cach hanh chinh')
    .replace(/\bhcnn\b/g, 'hanh chinh nha nuoc')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(
      (word) => word !== '' && word !== 'va' && word !== 'nen' && word !== 'linh' && word !== 'vuc',
    );
}

/** How well `text` names `area`, 0 to 1: the share of the area's words found, against extra words. */
function score(textWords: readonly string[], areaWords: readonly string[]): number {
  if (textWords.length === 0 || areaWords.length === 0) return 0;
  const have = new Set(textWords);
  const found = areaWords.filter((word) => have.has(word)).length;
  return found / Math.max(areaWords.length, textWords.length);
}

/**
 * The area a heading names, if one matches well enough; its number is a fallback for the caller.
 * A heading numbered "1.", "2." is more often a group of tasks inside an area ("1. Rà soát thủ
 * tục hành chính") than the area itself, so it must name the area almost exactly.
 */
export function matchArea(template: OutlineTemplate, heading: string): string | undefined {
  const { number, rest } = splitNumbering(heading);
  const arabic = number !== undefined && /^\s*\d/.test(heading);
  const textWords = words(rest);
  let best: { id: string; score: number } | undefined;
  for (const area of template.areas) {
    const value = Math.max(
      score(textWords, words(area.title)),
      score(textWords, words(area.tableTitle)),
    );
    if (!best || value > best.score) best = { id: area.id, score: value };
  }
  return best && best.score >= (arabic ? 0.9 : 0.6) ? best.id : undefined;
}

/** Area names only the programme has: an older plan never names them. */
const programmeOnly = /\bcai cach che do cong vu\b|\bchinh phu so\b/;

/**
 * The 2021–2030 programme when the text cites Nghị quyết 76/NQ-CP or the programme, or names one
 * of its own areas ("Cải cách chế độ công vụ", "Chính phủ số"); the 2012 outline otherwise.
 */
export function detectTemplate(allText: string): TemplateId {
  const folded = fastFold(allText);
  if (/\b76\/nq-cp\b|nghi quyet (so )?76\b|giai doan 2021\s*[-–]\s*2030/.test(folded)) {
    return 'chuong-trinh-2021-2030';
  }
  if (programmeOnly.test(folded)) return 'chuong-trinh-2021-2030';
  return 'de-cuong-2012';
}
