/**
 * Which of the files dropped on a file drop it takes: those its `accept` list allows, and only
 * a single one when it takes one file. What it leaves is named, never silently lost.
 */

/** What is read of a file here: its name and its MIME type (often empty for .json on Windows). */
export type FileLike = Pick<File, 'name' | 'type'>;

/**
 * Whether a file matches an `accept` list as the browser's picker reads it: extensions
 * (".json", any case), MIME types ("application/json") and families ("image/*").
 */
export function matchesAccept(file: FileLike, accept: string | undefined): boolean {
  const patterns = acceptPatterns(accept);
  if (patterns.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return patterns.some((pattern) =>
    pattern.startsWith('.')
      ? name.endsWith(pattern)
      : pattern.endsWith('/*')
        ? type.startsWith(pattern.slice(0, -1))
        : type === pattern,
  );
}

const acceptPatterns = (accept: string | undefined): string[] =>
  (accept ?? '')
    .split(',')
    .map((pattern) => pattern.trim().toLowerCase())
    .filter(Boolean);

export interface ChosenFiles<F extends FileLike> {
  /** What the caller gets. */
  taken: F[];
  /** Of a type the `accept` list does not allow. */
  refused: F[];
  /** Allowed, but one file was asked for and the drop held more. */
  skipped: F[];
}

/**
 * A zone for several files takes every allowed one. A zone for one file takes a drop only when
 * it holds exactly one file and that file is allowed: taking the first of several would act on a
 * file the user may not have meant, and the caller often moves on (opens the plan), taking the
 * message about the others out of view.
 */
export function chooseFiles<F extends FileLike>(
  files: readonly F[],
  { accept, multiple = false }: { accept?: string | undefined; multiple?: boolean | undefined },
): ChosenFiles<F> {
  const allowed = files.filter((file) => matchesAccept(file, accept));
  const refused = files.filter((file) => !allowed.includes(file));
  if (multiple || files.length <= 1) return { taken: allowed, refused, skipped: [] };
  return { taken: [], refused, skipped: allowed };
}

/** ".json, .docx", or the MIME types when the list names no extension. */
export function describeAccept(accept: string | undefined): string {
  const patterns = acceptPatterns(accept);
  const extensions = patterns.filter((pattern) => pattern.startsWith('.'));
  return (extensions.length ? extensions : patterns).join(', ');
}

const quoted = (files: readonly FileLike[]) => files.map((file) => `“${file.name}”`).join(', ');

/** What the drop zone says about the files it did not take, in Vietnamese; null when none. */
export function leftOutMessage(
  { refused, skipped }: ChosenFiles<FileLike>,
  accept: string | undefined,
): string | null {
  const parts: string[] = [];
  if (refused.length) {
    parts.push(
      `Không nhận ${refused.length > 1 ? 'các tệp' : 'tệp'} ${quoted(refused)}: ở đây chỉ nhận tệp ${describeAccept(accept)}.`,
    );
  }
  if (skipped.length) {
    parts.push(`Mỗi lần chỉ nhận một tệp, nên chưa lấy ${quoted(skipped)}: hãy thả từng tệp một.`);
  }
  return parts.length ? parts.join(' ') : null;
}
