/**
 * Inflaters give their output in chunks; the readers that cap it as it grows (share links,
 * archives) join the chunks once the total is known to be within the cap. A module of its own so
 * that the share link's reader does not bring the archive reader along.
 */
/** The chunks an inflater gave, as one array of `length` bytes. */
export function joined(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
