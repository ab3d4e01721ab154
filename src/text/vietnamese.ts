/**
 * Vietnamese text helpers shared by search, slugs and the plan checker.
 * People type with or without accents, so comparisons go through `fold`.
 */

/**
 * Lower-case, strip diacritics and map đ→d, one output character per input UTF-16 unit,
 * so that offsets found in the folded text point at the same place in the original.
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    // Characters outside the BMP (emoji) have no accents: keep them, and their length.
    if (ch.length > 1) {
      out += ch;
      continue;
    }
    const lower = (ch.normalize('NFD')[0] ?? ch).toLowerCase()[0] ?? ch;
    // A stray combining mark (text not in NFC) has no base letter: keep its place as a space.
    out += lower === 'đ' ? 'd' : /\p{M}/u.test(lower) ? ' ' : lower;
  }
  return out;
}

/** An unaccented ASCII slug: "Cải cách thể chế" → "cai-cach-the-che". */
export function slugify(text: string): string {
  return fold(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Latin letters, Vietnamese's precomposed ones among them, dashes, quotes and currency signs, with
 * no combining mark after them: such text is already NFC (a unit test checks every character). Most of a plan's text is, and reading a round of 100 plans
 * normalises some 300,000 strings.
 */
// eslint-disable-next-line no-control-regex -- every character below U+0300 is NFC, controls included
const surelyComposed = /^[\u0000-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]*$/;

/** Whether `text` is NFC for sure (false means: it may not be; normalise to know). */
export const isSurelyNfc = (text: string): boolean => surelyComposed.test(text);

/** `text` in NFC, so that "ệ" typed on a Mac and on Windows compare equal. */
export function toNfc(text: string): string {
  return isSurelyNfc(text) ? text : text.normalize('NFC');
}
