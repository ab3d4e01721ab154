/** `ke-hoach import`: a Word plan to a plan file, the report on stderr; bad files exit 2. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planToDocx } from '../../../src/export/docx.ts';
import { readPlanFile } from '../../../src/plan/index.ts';
import { example } from '../plan/fixtures.ts';
import { root, runCli } from './run-in-memory.ts';

describe('ke-hoach import', async () => {
  const plan = example('huyen');
  const docx = await planToDocx(plan);

  it('prints the plan read from a Word file, the report on stderr', async () => {
    const { code, stdout, stderr } = await runCli(['import', 'kh.docx'], { 'kh.docx': docx });
    expect(code).toBe(0);
    const read = readPlanFile(stdout);
    expect(read.ok && read.plan.rows.length).toBe(plan.rows.length);
    expect(stderr).toMatch(
      /^kh\.docx:\nĐã đọc 26 nhiệm vụ từ Bảng 3 \(trang khổ ngang\), theo Đề cương 2012:/,
    );
  });

  it('writes it with -o', async () => {
    const { code, stdout, stderr, written } = await runCli(['import', 'kh.docx', '-o', 'kh.json'], {
      'kh.docx': docx,
    });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('Đã ghi kế hoạch vào kh.json');
    expect(readPlanFile(written.get('kh.json') as string).ok).toBe(true);
  });

  it.each([
    [
      'not Word',
      new TextEncoder().encode('{"format":"ke-hoach-cchc"}'),
      /không phải tệp Word \.docx/,
    ],
    [
      '.doc',
      Uint8Array.from([
        0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 87, 0, 111, 0, 114, 0, 100, 0, 68, 0, 111,
        0, 99, 0, 117, 0, 109, 0, 101, 0, 110, 0, 116, 0,
      ]),
      /Tệp \.doc \(Word 97–2003\)/,
    ],
  ])('exits 2 with the reason for a file that is %s', async (_, bytes, reason) => {
    const { code, stdout, stderr } = await runCli(['import', 'x.docx'], { 'x.docx': bytes });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
  });

  it('exits 2 without a file, and the usage names the command', async () => {
    const { code, stderr } = await runCli(['import'], {});
    expect(code).toBe(2);
    expect(stderr).toMatch(/Thiếu tên tệp kế hoạch\.\n\nCách dùng: ke-hoach import TỆP\.docx/);
    expect((await runCli(['--help'], {})).stdout).toContain(
      'ke-hoach import TỆP.docx [-o TỆP_RA.json]',
    );
  });
});

describe('bin/ke-hoach.mjs import on the real disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ke-hoach-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a Word plan into a file that checks', async () => {
    const file = join(dir, 'kh.docx');
    writeFileSync(file, await planToDocx(example('so')));
    const out = join(dir, 'kh.json');
    const bin = join(root, 'bin/ke-hoach.mjs');
    const result = spawnSync(process.execPath, [bin, 'import', file, '-o', out], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readPlanFile(readFileSync(out)).ok).toBe(true);
    // Checked in this process: the binary's own exit codes are cli.test.ts's to check.
    expect((await runCli(['check', 'kh.json'], { 'kh.json': readFileSync(out) })).code).toBe(0);
  });
});
