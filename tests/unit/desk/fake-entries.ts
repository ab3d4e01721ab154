/** A fake tree of FileSystemEntry objects, as a dropped folder gives (for tests in Node). */

export type Tree = { [name: string]: string | Tree | Error };

/** A fake entry tree; each directory's reader gives `batch` entries at a time, then []. */
export function entry(
  name: string,
  node: string | Tree | Error,
  batch: number,
  calls: string[] = [],
): FileSystemEntry {
  if (typeof node === 'string' || node instanceof Error) {
    return {
      name,
      isFile: true,
      isDirectory: false,
      file: (resolve: (file: File) => void, reject: (error: Error) => void) =>
        node instanceof Error ? reject(node) : resolve(new File([node], name)),
    } as unknown as FileSystemEntry;
  }
  const children = Object.entries(node).map(([child, value]) => entry(child, value, batch, calls));
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (resolve: (entries: FileSystemEntry[]) => void) => {
          calls.push(name);
          // Asynchronous, as the browser's reader is.
          queueMicrotask(() => {
            resolve(children.slice(at, at + batch));
            at += batch;
          });
        },
      };
    },
  } as unknown as FileSystemEntry;
}
