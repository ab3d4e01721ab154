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
