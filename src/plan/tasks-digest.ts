/**
 * A short fingerprint of section II's text. The task list tells whether a unit has edited the
 * section a new plan starts with; comparing fingerprints rather than texts lets it do so without
 * loading the outline's text. The fingerprint of each starting text is kept with its template
 * (`starterDigests` in content/outline/templates.json); a unit test recomputes them.
 */
export function tasksDigest(tasks: Readonly<Record<string, string>>): string {
  // FNV-1a over the areas in a stable order: enough to tell "unchanged" from "edited".
  let hash = 0x811c9dc5;
  const text = JSON.stringify(Object.entries(tasks).toSorted(([a], [b]) => (a < b ? -1 : 1)));
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
