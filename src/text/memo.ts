/**
 * A pure text function remembered for the texts it has seen: a round of plans names the same few
 * units thousands of times. Bounded, so hostile input (many or long distinct texts) cannot grow
 * it without end: long texts are not kept, and the memory is dropped when full.
 */
export function memoizeText(
  compute: (text: string) => string,
  maxEntries = 5000,
  maxLength = 200,
): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    const result = compute(text);
    if (text.length <= maxLength) {
      if (seen.size >= maxEntries) seen.clear();
      seen.set(text, result);
    }
    return result;
  };
}
