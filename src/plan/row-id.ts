/**
 * Ids for rows added by hand. Random rather than counted, so that rows added in two copies of a
 * plan (two tabs, two colleagues) do not collide when one is pasted into the other.
 * `crypto.getRandomValues` exists in Node and in every browser, also outside secure contexts.
 */

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';

export function newRowId(taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(8));
    let id = 'r-';
    for (const byte of bytes) id += alphabet[byte % alphabet.length];
    if (!taken.has(id)) return id;
  }
}
