/**
 * The exports store (`src/downloads/exports.ts`): each format downloads under the plan's file name with
 * the exporter's bytes, a failure is told and costs nothing, and a share link holds the whole
 * plan or says how long it would have been.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadBytes } from '../../../src/downloads/download.ts';
import {
  $exportError,
  $shareLink,
  exportFile,
  exportPlan,
  makeShareLink,
  resetExports,
} from '../../../src/downloads/exports.ts';
import { DOCX_MIME } from '../../../src/export/docx.ts';
import { planToJson } from '../../../src/export/json.ts';
import { XLSX_MIME } from '../../../src/export/xlsx.ts';
import type { Plan } from '../../../src/plan/schema.ts';
import { decodePlanFromLink, MAX_SHARE_LINK_LENGTH } from '../../../src/plan/share.ts';
import { example } from '../plan/fixtures.ts';

vi.mock('../../../src/downloads/download.ts', () => ({ downloadBytes: vi.fn() }));
const download = vi.mocked(downloadBytes);

const so = example('so');
const page = 'https://cchc.example.org/ke-hoach/';
const zipSignature = [0x50, 0x4b, 0x03, 0x04];

beforeEach(() => {
  download.mockReset();
  resetExports();
});

describe('exportPlan', () => {
  it('downloads each format under the plan’s name, with the exporter’s bytes', async () => {
    await exportPlan(so, 'json');
    expect(download).toHaveBeenLastCalledWith(
      'KH-CCHC-2013-so-noi-vu.json',
      planToJson(so),
      'application/json',
    );
    await exportPlan(so, 'docx');
    const [docxName, docx, docxType] = download.mock.lastCall!;
    expect([docxName, docxType]).toEqual(['KH-CCHC-2013-so-noi-vu.docx', DOCX_MIME]);
    expect([...(docx as Uint8Array).slice(0, 4)]).toEqual(zipSignature);
    await exportPlan(so, 'xlsx');
    const [xlsxName, xlsx, xlsxType] = download.mock.lastCall!;
    expect([xlsxName, xlsxType]).toEqual(['KH-CCHC-2013-so-noi-vu.xlsx', XLSX_MIME]);
    expect([...(xlsx as Uint8Array).slice(0, 4)]).toEqual(zipSignature);
    expect($exportError.get()).toBeNull();
  });

  it('tells a failure, and the next export clears it', async () => {
    download.mockImplementationOnce(() => {
      throw new Error('lost');
    });
    await exportPlan(so, 'json');
    expect($exportError.get()).toContain('Không tạo được tệp');
    await exportPlan(so, 'json');
    expect($exportError.get()).toBeNull();
  });

  it('gives the same file as the one downloaded', async () => {
    expect(await exportFile(so, 'json')).toEqual({
      name: 'KH-CCHC-2013-so-noi-vu.json',
      bytes: planToJson(so),
      type: 'application/json',
    });
  });
});

describe('makeShareLink', () => {
  it('puts the whole plan in the link’s # part', async () => {
    await makeShareLink(so, page);
    const share = $shareLink.get();
    if (!share || !('link' in share)) throw new Error(`no link: ${JSON.stringify(share)}`);
    expect(share.link.startsWith(`${page}#/chia-se/`)).toBe(true);
    const encoded = share.link.slice(`${page}#/chia-se/`.length);
    expect(decodePlanFromLink(encoded)).toEqual({ ok: true, value: so });
  });

  it('makes no link longer than the builder opens, and says how long it would be', async () => {
    // Text that does not compress: a long pseudo-random sentence in every row.
    let seed = 1;
    const noise = () =>
      Array.from({ length: 400 }, () => {
        seed = (seed * 48271) % 2147483647;
        return String.fromCharCode(0x61 + (seed % 26));
      }).join('');
    const long: Plan = { ...so, rows: so.rows.map((row) => ({ ...row, notes: noise() })) };
    await makeShareLink(long, page);
    const share = $shareLink.get();
    expect(share).toEqual({ tooLong: expect.any(Number) });
    expect((share as { tooLong: number }).tooLong).toBeGreaterThan(MAX_SHARE_LINK_LENGTH);
  });

  it('is forgotten, with any error, when a new review starts', async () => {
    await makeShareLink(so, page);
    $exportError.set('Lỗi cũ');
    resetExports();
    expect($shareLink.get()).toBeNull();
    expect($exportError.get()).toBeNull();
  });
});
