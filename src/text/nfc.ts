/**
 * Text in NFC, cheaply: most text a plan holds is already composed, and reading a round of 100
 * plans meets some 300,000 strings. Apart from `vietnamese.ts` so that pages that only fold text
 * do not load it.
 */
/**
 * Latin letters, Vietnamese's precomposed ones among them, dashes, quotes and currency signs, with
 * no combining mark after them: such text is already NFC (a unit test checks every character).
 */
// eslint-disable-next-line no-control-regex -- every character below U+0300 is NFC, controls included
const surelyComposed = /^[\u0000-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]*$/;

/** Whether `text` is NFC for sure (false means: it may not be; normalise to know). */
export const isSurelyNfc = (text: string): boolean => surelyComposed.test(text);

/** `text` in NFC, so that "ệ" typed on a Mac and on Windows compare equal. */
export function toNfc(text: string): string {
  return isSurelyNfc(text) ? text : text.normalize('NFC');
}
