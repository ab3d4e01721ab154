/** Reading the exporters' files back: unzipping, LibreOffice rendering, and large test plans. */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Plan } from '../../../src/plan/index.ts';
import { example } from '../plan/fixtures.ts';

/** The parts of an Office file by path, as text. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]),
  );
}

export interface SheetCell {
  value: string | number | undefined;
  formula?: string;
  /** The cell's number format code, if any. */
  format?: string;
}

export const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** A minimal reader for what the exporter writes: shared strings, numbers, formulas, styles. */
export function readWorkbook(bytes: Uint8Array, sheetNumber = 1) {
  const parts = unzipText(bytes);
  const strings = [
    ...(parts['xl/sharedStrings.xml'] ?? '').matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g),
  ].map((m) => decode(m[1] ?? ''));
  const styles = parts['xl/styles.xml'] ?? '';
  const formats = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [
      m[1],
      decode(m[2] ?? ''),
    ]),
  );
  const cellXfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xfFormats = [...cellXfs.matchAll(/<xf\b([^>]*)>/g)].map((m) =>
    formats.get(/numFmtId="(\d+)"/.exec(m[1] ?? '')?.[1] ?? ''),
  );
  const sheet = parts[`xl/worksheets/sheet${sheetNumber}.xml`] ?? '';
  const cells = new Map<string, SheetCell>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)) {
    const [, ref = '', attributes = '', inner = ''] = m;
    const type = /t="(\w+)"/.exec(attributes)?.[1];
    const style = /s="(\d+)"/.exec(attributes)?.[1];
    const raw = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
    const formula = /<f>([^<]*)<\/f>/.exec(inner)?.[1];
    cells.set(ref, {
      value:
        raw === undefined ? undefined : type === 's' ? strings[Number(raw)] : Number(decode(raw)),
      ...(formula === undefined ? {} : { formula: decode(formula) }),
      ...(style === undefined || xfFormats[Number(style)] === undefined
        ? {}
        : { format: xfFormats[Number(style)] }),
    });
  }
  const merged = [...sheet.matchAll(/<mergeCell ref="([A-Z0-9:]+)"\/>/g)].map((m) => m[1]);
  return { parts, sheet, cells, merged };
}

/** The example's rows repeated, each copy with its own id, until the plan has `count` rows. */
export function bigPlan(count: number): Plan {
  const plan = example('so');
  const source = plan.rows;
  plan.rows = Array.from({ length: count }, (_, index) => ({
    ...structuredClone(source[index % source.length] as Plan['rows'][number]),
    id: `r${index + 1}`,
  }));
  return plan;
}

export interface PdfPage {
  /** Points. */
  width: number;
  height: number;
  /** `pdftotext -layout`, NFC. */
  text: string;
  /** `pdftotext -raw` (content order: a table cell's lines stay together), NFC. */
  raw: string;
}

const hasCommand = (command: string): boolean =>
  spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/**
 * Fails, never skips, when the tools are missing: a Word file nobody rendered must not pass.
 * `npm test` installs them first (scripts/ensure-test-tools.mjs).
 */
export function requireRenderTools(): void {
  const missing = ['soffice', 'pdfinfo', 'pdftotext'].filter((command) => !hasCommand(command));
  if (missing.length > 0) {
    throw new Error(
      `Missing ${missing.join(', ')}: run \`node scripts/ensure-test-tools.mjs\` as root, or install libreoffice-writer-nogui, poppler-utils and fonts-liberation2 (Debian).`,
    );
  }
}

const execFileAsync = promisify(execFile);

async function run(command: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args, {
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * Renders a .docx to PDF with LibreOffice and reads each page's size and text. Each call has its
 * own profile folder, so that calls can run at once: two soffice processes sharing one make one
 * of them fail.
 */
export async function renderDocx(
  bytes: Uint8Array,
): Promise<{ pages: PdfPage[]; pdf: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ke-hoach-docx-'));
  const docx = join(dir, 'ke-hoach.docx');
  writeFileSync(docx, bytes);
  await run('soffice', [
    `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    docx,
  ]);
  // soffice exits 0 even when it could not convert: the PDF itself is the proof.
  const pdf = join(dir, 'ke-hoach.pdf');
  if (!existsSync(pdf) || readFileSync(pdf).subarray(0, 5).toString() !== '%PDF-') {
    throw new Error(`LibreOffice did not produce ${pdf}`);
  }
  const info = await run('pdfinfo', ['-f', '1', '-l', '9999', pdf]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
    (match) => ({ width: Number(match[1]), height: Number(match[2]) }),
  );
  const split = (text: string) => text.normalize('NFC').split('\f');
  const layout = split(await run('pdftotext', ['-layout', pdf, '-']));
  const raw = split(await run('pdftotext', ['-raw', pdf, '-']));
  const pages = sizes.map((size, index) => ({
    ...size,
    text: layout[index] ?? '',
    raw: raw[index] ?? '',
  }));
  return { pages, pdf, dir };
}

export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** Text without any whitespace, to find a cell's text however LibreOffice wrapped it. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');

export const isA4Portrait = (page: PdfPage): boolean =>
  Math.abs(page.width - 595.3) < 1 && Math.abs(page.height - 841.9) < 1;
export const isA4Landscape = (page: PdfPage): boolean =>
  Math.abs(page.width - 841.9) < 1 && Math.abs(page.height - 595.3) < 1;
