/**
 * What the commands need from the outside world, passed in so that tests can run them without
 * touching the disk or the terminal.
 */

export type FileRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** What a path on the command line is: a folder with the files in it (recursively), or a file. */
export type PathListing =
  { kind: 'directory'; files: string[] } | { kind: 'file' } | { kind: 'missing'; reason: string };

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Never throws: a file that cannot be read comes back with the reason in Vietnamese. A file over
   * `maxBytes` (a plan file's 5 MB unless said) is refused before it is read.
   */
  readFile: (path: string, maxBytes?: number) => Promise<FileRead>;
  /** For commands that take a folder (`tong-hop`): never throws. Without it, every path is a file. */
  listFiles?: (path: string, extensions: readonly string[]) => Promise<PathListing>;
  /** Creates a folder and its parents if missing; throws a CliError in Vietnamese. */
  makeDirectory?: (path: string) => Promise<void>;
  /**
   * Writes text as UTF-8, bytes as they are. Throws a CliError with the reason in Vietnamese when
   * the file cannot be written.
   */
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
}

/** A failure to report to the user as it is, with the exit code it means. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
