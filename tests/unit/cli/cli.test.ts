/** The `ke-hoach` command: commands through a fake terminal and disk, then the real binary once. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { nodeIo } from '../../../src/cli/node-io.ts';
import { planToDocx } from '../../../src/export/docx.ts';
import { planToXlsx } from '../../../src/export/xlsx.ts';
import { planToJson } from '../../../src/export/json.ts';
import { reportToDocx } from '../../../src/export/report/docx.ts';
import { reportToXlsx } from '../../../src/export/report/xlsx.ts';
import { readPlanFile } from '../../../src/plan/index.ts';
import { trackedPlan } from '../../fixtures/tracked-plans.ts';
import { example as examplePlan } from '../plan/fixtures.ts';
import { v0Draft } from '../plan/v0-draft.ts';
import { examples, root, runCli } from './run-in-memory.ts';

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
const so = join(examples, 'so-noi-vu-tinh-mau-2013.json');
const training = join(examples, 'bai-tap-so-giao-thong-van-tai-2013.json');

describe('ke-hoach new', () => {
  it('prints a new plan for the unit type and year', async () => {
    const { code, stdout } = await runCli(['new', '--loai', 'huyen', '--nam', '2013']);
    expect(code).toBe(0);
    const result = readPlanFile(stdout);
    expect(result.ok && result.plan).toMatchObject({ planYear: 2013, unit: { type: 'huyen' } });
  });

  it('starts a UBND xã plan on the 2021–2030 programme', async () => {
    const { code, stdout } = await runCli([
      'new',
      '--loai',
      'xa',
      '--nam',
      '2026',
      '--de-cuong',
      'chuong-trinh-2021-2030',
    ]);
    expect(code).toBe(0);
    const result = readPlanFile(stdout);
    expect(result.ok && result.plan).toMatchObject({
      template: 'chuong-trinh-2021-2030',
      unit: { type: 'xa' },
    });
  });

  it('writes it to a file with -o', async () => {
    const { code, stdout, stderr, written } = await runCli([
      'new',
      '--loai',
      'so',
      '--nam',
      '2014',
      '-o',
      'moi.json',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Đã tạo kế hoạch mới: moi\.json/);
    expect(readPlanFile(written.get('moi.json') as string).ok).toBe(true);
  });

  it.each([
    [['new', '--nam', '2013'], /Thiếu tùy chọn --loai/],
    [
      ['new', '--loai', 'xa', '--nam', '2013'],
      /Với Đề cương 2012, --loai phải là “so” \(Sở, Ban, ngành\), “huyen” \(UBND huyện, thành phố\), “tinh” \(UBND tỉnh\)/,
    ],
    [['new', '--loai', 'so', '--nam', '2013', '--de-cuong', '2021'], /--de-cuong phải là/],
    [['new', '--loai', 'so', '--nam', '13'], /--nam phải là một năm từ 2000 đến 2100/],
    [['new', '--loai', 'so', '--nam', '2013', '--bogus'], /Tùy chọn “--bogus” không được hỗ trợ/],
    [['new', '--loai', 'so', '--nam', '2013', '-o', '/readonly/x.json'], /Không có quyền ghi tệp/],
  ])('refuses %j with exit code 2 and a Vietnamese reason', async (argv, message) => {
    const { code, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    noStackTrace(stderr);
  });
});

describe('ke-hoach check', () => {
  it('exits 0 for a plan without lỗi, with totals and the self-score', async () => {
    const { code, stdout } = await runCli(['check', so]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Sở Nội vụ – Kế hoạch CCHC năm 2013: 26 nhiệm vụ, tổng kinh phí 1.517.000.000 đ.',
    );
    expect(stdout).toContain('Tự chấm theo tiêu chí kế hoạch CCHC: 3/3 điểm');
    expect(stdout).toMatch(/Kết quả: 0 lỗi, 0 cảnh báo, 0 gợi ý\.\n$/);
  });

  it('exits 1 when there are lỗi, listing each with its place, fix and citation', async () => {
    const { code, stdout } = await runCli(['check', training]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^LỖI \(9\)$/m);
    expect(stdout).toMatch(/^CẢNH BÁO \(\d+\)$/m);
    expect(stdout).toContain(
      'Mục III. Kế hoạch triển khai, II. Cải cách thủ tục hành chính, dòng 1, Cơ quan chủ trì',
    );
    expect(stdout).toContain(
      'Căn cứ: Công văn 219, mục I, đoạn cuối (/huong-dan/#thoi-han) · quy tắc issue-date-deadline',
    );
    expect(stdout).toContain('Tự chấm theo tiêu chí kế hoạch CCHC: 0,5/3 điểm');
  });

  it('prints JSON with --json', async () => {
    const { code, stdout } = await runCli(['check', training, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      readable: boolean;
      counts: { loi: number };
      findings: unknown[];
    };
    expect(report.readable).toBe(true);
    expect(report.counts.loi).toBe(9);
    expect(report.findings.length).toBeGreaterThan(9);
  });

  it.each([
    ['missing.json', {}, /Không tìm thấy tệp “missing\.json”/],
    ['bad.json', { 'bad.json': '{"format": "ke-hoach-cchc", "version": 1,' }, /bị cắt ngắn/],
    ['new.json', { 'new.json': '{"format": "ke-hoach-cchc", "version": 9}' }, /phiên bản mới hơn/],
    ['word.docx', { 'word.docx': new Uint8Array([0x50, 0x4b, 3, 4]) }, /tệp Word \.docx/],
  ])('exits 2 for an unreadable %s, saying why', async (file, files, reason) => {
    const { code, stdout, stderr } = await runCli(['check', file], files);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^Không đọc được tệp “${file.replace('.', '\\.')}”:\n- `));
    expect(stderr).toMatch(reason);
    noStackTrace(stderr);
  });

  it('says when it read an older version, and what to look at again', async () => {
    const { code, stdout } = await runCli(['check', 'old.json'], {
      'old.json': JSON.stringify(v0Draft),
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^Tệp theo định dạng cũ \(phiên bản 0\) đã được chuyển sang phiên bản 3 để đọc; tệp gốc không bị thay đổi\.\n- /,
    );
    expect(stdout).toContain('không đọc được thời gian bắt đầu “quý II”');
  });
});

describe('ke-hoach check --ke-hoach-tinh', () => {
  const province = join(examples, 'ubnd-tinh-mau-2013.json');

  it('lists the province’s tasks for the unit with the plan’s task for each, and a finding for one it leads and lacks', async () => {
    const { code, stdout } = await runCli(['check', so, '--ke-hoach-tinh', province]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Đối chiếu với kế hoạch của tỉnh: 11 nhiệm vụ tỉnh giao, 1 chưa có nhiệm vụ tương ứng.',
    );
    expect(stdout).toMatch(
      /- Dòng 11 \(chủ trì\): Tổ chức Hội thi tìm hiểu về cải cách hành chính.*\n {2}→ chưa có nhiệm vụ tương ứng/,
    );
    expect(stdout).toMatch(
      /- Dòng 16 \(chủ trì\): Kiểm tra công tác cải cách hành chính.*\n {2}→ dòng 23: /,
    );
    expect(stdout).toContain('Kết quả: 0 lỗi, 1 cảnh báo, 0 gợi ý.');
  });

  it('gives the matches and the finding as JSON', async () => {
    const { stdout } = await runCli(['check', so, '--ke-hoach-tinh', province, '--json']);
    const report = JSON.parse(stdout);
    expect(report.counts).toEqual({ loi: 0, 'canh-bao': 1, 'goi-y': 0 });
    expect(report.findings).toEqual([
      expect.objectContaining({
        ruleId: 'province-task-missing',
        where: 'Kế hoạch của tỉnh, dòng 11',
      }),
    ]);
    expect(report.province.tasks).toHaveLength(11);
    expect(
      report.province.tasks.find((task: { position: number }) => task.position === 11).match,
    ).toBeNull();
  });

  it('refuses a province file that is not a UBND tỉnh’s plan, or cannot be read, with exit code 2', async () => {
    const notProvince = await runCli(['check', so, '--ke-hoach-tinh', so]);
    expect(notProvince.code).toBe(2);
    expect(notProvince.stderr).toMatch(
      /không phải kế hoạch của UBND tỉnh \(tệp ghi loại đơn vị “Sở, Ban, ngành”\)/,
    );
    const missing = await runCli(['check', so, '--ke-hoach-tinh', 'khong-co.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không tìm thấy tệp “khong-co.json”.');
    noStackTrace(missing.stderr);
  });
});

describe('ke-hoach export', () => {
  it('writes Markdown to stdout or to a file', async () => {
    const toStdout = await runCli(['export', so, '--format', 'md']);
    expect(toStdout.code).toBe(0);
    expect(toStdout.stdout).toContain('# KẾ HOẠCH');
    const toFile = await runCli(['export', so, '--format', 'md', '-o', 'ke-hoach.md']);
    expect(toFile.written.get('ke-hoach.md')).toBe(toStdout.stdout);
    expect(toFile.stderr).toMatch(/Đã xuất .* → ke-hoach\.md/);
  });

  it('writes the canonical JSON file', async () => {
    const { code, written } = await runCli(['export', so, '--format', 'json', '-o', 'out.json']);
    expect(code).toBe(0);
    const out = written.get('out.json') as string;
    expect(out).toMatch(
      /^\{\n {2}"format": "ke-hoach-cchc",\n {2}"version": 3,\n {2}"template": "de-cuong-2012",\n/,
    );
    expect(JSON.parse(out)).toEqual(JSON.parse(readFileSync(so, 'utf8')));
  });

  it.each([
    [['export', so], /Thiếu tùy chọn --format/],
    [
      ['export', so, '--format', 'pdf'],
      /Định dạng “pdf” chưa được hỗ trợ; chọn docx, xlsx, json hoặc md/,
    ],
    [['export', '--format', 'md'], /Thiếu tên tệp kế hoạch/],
    [['export', 'missing.json', '--format', 'md'], /Không tìm thấy tệp/],
  ])('refuses %j with exit code 2', async (argv, message) => {
    const { code, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it.each([
    ['docx', planToDocx],
    ['xlsx', planToXlsx],
  ] as const)('writes exactly the bytes the %s exporter returns', async (format, exporter) => {
    const plan = readPlanFile(readFileSync(so));
    if (!plan.ok) throw new Error('the example is unreadable');
    const expected = await exporter(plan.plan);
    const { code, stdout, stderr, written } = await runCli([
      'export',
      so,
      '--format',
      format,
      '-o',
      `ke-hoach.${format}`,
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`Đã xuất .* → ke-hoach\\.${format}`));
    expect(written.get(`ke-hoach.${format}`)).toEqual(expected);
  });

  it('names a Word or Excel file after the plan when -o is left out, never printing bytes', async () => {
    const { code, stdout, written } = await runCli(['export', training, '--format', 'docx']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect([...written.keys()]).toEqual(['KH-CCHC-2013-so-giao-thong-van-tai.docx']);
  });

  it.each([
    ['bad.json', { 'bad.json': '{"format": "ke-hoach-cchc"' }, /bị cắt ngắn/],
    ['word.docx', { 'word.docx': new Uint8Array([0x50, 0x4b, 3, 4]) }, /tệp Word \.docx/],
  ])(
    'exits 2 for an unreadable %s in Word format, saying why in Vietnamese',
    async (file, files, reason) => {
      const { code, stderr, written } = await runCli(
        ['export', file, '--format', 'docx', '-o', 'x.docx'],
        files,
      );
      expect(code).toBe(2);
      expect(stderr).toMatch(new RegExp(`^Không đọc được tệp “${file.replace('.', '\\.')}”:\n- `));
      expect(stderr).toMatch(reason);
      expect(written.size).toBe(0);
      noStackTrace(stderr);
    },
  );
});

/** The Sở example carried to the third quarter's cut-off: its figures are known (see below). */
const tracked = trackedPlan(examplePlan('so'), '2013-09-14');
const trackedFiles = { 'theo-doi.json': planToJson(tracked) };

describe('ke-hoach report', () => {
  it('gives the period, the counts and the completion rate as JSON', async () => {
    const { code, stdout, stderr } = await runCli(
      ['report', 'theo-doi.json', '--ky', 'quy-3', '--format', 'json'],
      trackedFiles,
    );
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      period: 'quy-3',
      cutOff: '2013-09-14',
      counts: {
        planned: 26,
        done: 11,
        doneOnTime: 10,
        doneLate: 1,
        inProgress: 4,
        notStarted: 7,
        dropped: 4,
        overdue: 3,
      },
      // 11 done ÷ (26 planned − 4 dropped)
      completionRate: 0.5,
    });
    expect(report.areas).toHaveLength(7);
  });

  it('counts at the day --den-ngay gives instead of the period’s last day of data', async () => {
    const { code, stdout } = await runCli(
      ['report', 'theo-doi.json', '--ky', 'quy-1', '--den-ngay', '2013-03-14', '--format', 'json'],
      trackedFiles,
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { cutOff: string; counts: { done: number } };
    expect(report.cutOff).toBe('2013-03-14');
    // Tasks marked done in months after the cut-off were not done yet on that day.
    expect(report.counts.done).toBeLessThan(11);
  });

  it('prints the report as Markdown, numbered as a draft of the unit’s report', async () => {
    const { code, stdout } = await runCli(
      ['report', 'theo-doi.json', '--ky', 'nam', '--format', 'md'],
      trackedFiles,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('# BÁO CÁO');
    expect(stdout).toContain('**Kết quả thực hiện công tác cải cách hành chính năm 2013**');
    expect(stdout).toContain('Số:      /BC-SNV');
    expect(stdout).toContain('## PHỤ LỤC III');
  });

  it.each([
    ['docx', reportToDocx],
    ['xlsx', reportToXlsx],
  ] as const)(
    'writes the %s file the exporter makes, named after the period, the year and the unit',
    async (format, exporter) => {
      const { code, stdout, stderr, written } = await runCli(
        ['report', 'theo-doi.json', '--ky', '6-thang', '--format', format],
        trackedFiles,
      );
      expect(code).toBe(0);
      expect(stdout).toBe('');
      const name = `bao-cao-cchc-6-thang-2013-so-noi-vu.${format}`;
      expect(stderr).toContain(`Đã lập báo cáo theo-doi.json → ${name}`);
      expect([...written.keys()]).toEqual([name]);
      expect(written.get(name)).toEqual(await exporter(tracked, '6-thang'));
    },
  );

  it.each([
    [['report', 'theo-doi.json', '--format', 'md'], /Thiếu tùy chọn --ky/],
    [['report', 'theo-doi.json', '--ky', 'quy-2', '--format', 'md'], /--ky phải là “quy-1”/],
    [['report', 'theo-doi.json', '--ky', 'nam'], /Thiếu tùy chọn --format/],
    [['report', 'theo-doi.json', '--ky', 'nam', '--format', 'pdf'], /Định dạng “pdf”/],
    [
      ['report', 'theo-doi.json', '--ky', 'nam', '--format', 'md', '--den-ngay', '2013-02-30'],
      /--den-ngay phải là một ngày có thật, viết theo dạng năm-tháng-ngày/,
    ],
    [
      ['report', 'theo-doi.json', '--ky', 'nam', '--format', 'md', '--den-ngay', '14/9/2013'],
      /--den-ngay phải là một ngày có thật/,
    ],
    [['report', '--ky', 'nam', '--format', 'md'], /Thiếu tên tệp kế hoạch/],
    [['report', 'missing.json', '--ky', 'nam', '--format', 'md'], /Không tìm thấy tệp/],
    [['report', 'bad.json', '--ky', 'nam', '--format', 'docx'], /bị cắt ngắn/],
  ])('refuses %j with exit code 2 and a Vietnamese reason', async (argv, message) => {
    const { code, stdout, stderr, written } = await runCli(argv, {
      ...trackedFiles,
      'bad.json': '{"format": "ke-hoach-cchc"',
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(written.size).toBe(0);
    expect(stderr).toMatch(message);
    noStackTrace(stderr);
  });
});

describe('ke-hoach check --den-ngay', () => {
  it('shows a tracked plan’s state on that day', async () => {
    const { stdout } = await runCli(
      ['check', 'theo-doi.json', '--den-ngay', '2013-09-14'],
      trackedFiles,
    );
    expect(stdout).toContain(
      'Tiến độ thực hiện tính đến ngày 14/09/2013: Kế hoạch đề ra 26 nhiệm vụ; đã hoàn thành 11 (đúng hạn 10, chậm 1)',
    );
    expect(stdout).toContain('Tỷ lệ hoàn thành: 50%.');
    const json = await runCli(
      ['check', 'theo-doi.json', '--den-ngay', '2013-09-14', '--json'],
      trackedFiles,
    );
    expect(JSON.parse(json.stdout)).toMatchObject({
      progress: { asOf: '2013-09-14', counts: { planned: 26, done: 11 }, completionRate: 0.5 },
    });
  });

  it('checks the tracking rules that need a day only when given one', async () => {
    const ruleIds = async (args: string[]) =>
      (
        JSON.parse(
          (await runCli(['check', 'theo-doi.json', ...args, '--json'], trackedFiles)).stdout,
        ) as {
          findings: { ruleId: string }[];
        }
      ).findings.map((finding) => finding.ruleId);
    expect(await ruleIds(['--den-ngay', '2013-12-31'])).toContain('progress-overdue-unmarked');
    expect(await ruleIds([])).not.toContain('progress-overdue-unmarked');
  });

  it('says nothing of progress for a plan not being tracked', async () => {
    const { stdout } = await runCli(['check', so, '--den-ngay', '2013-09-14']);
    expect(stdout).not.toContain('Tiến độ thực hiện');
  });

  it('refuses a day that does not exist', async () => {
    const { code, stderr } = await runCli(['check', so, '--den-ngay', '2013-13-01']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--den-ngay phải là một ngày có thật/);
  });
});

describe('ke-hoach itself', () => {
  it('shows help, and refuses unknown commands', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/^ke-hoach: công cụ soạn và kiểm tra/);
    expect((await runCli([])).code).toBe(2);
    const unknown = await runCli(['lam-gi']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Không có lệnh “lam-gi”/);
  });
});

describe('hostile text in a plan file', () => {
  // Set the window title, erase the line and write a fake result over it, put a command on the
  // clipboard (OSC 52), an 8-bit CSI, and a right-to-left override that reverses what follows.
  const hostile =
    '\u001b]0;pwned\u0007\u001b[2K\r0 lỗi\u001b]52;c;cm0gLXJmIH4=\u0007\u009b31m\u007f\u202eexe.txt';
  // eslint-disable-next-line no-control-regex -- the test looks for control characters
  const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const example = JSON.parse(readFileSync(training, 'utf8')) as {
    unit: { name: string };
    objectives: string[];
    rows: { leadUnit: string }[];
  };
  example.unit.name = `Sở Giao thông${hostile}`;
  example.objectives = [`Nâng cao${hostile}`];
  example.rows[0]!.leadUnit = `Các đơn vị liên quan${hostile}`;
  const files = {
    'hostile.json': JSON.stringify(example),
    // Unreadable: the reader quotes the unknown field's name back.
    [`bad${hostile}.json`]: JSON.stringify({ ...example, [`x${hostile}`]: 1 }),
  };

  it.each([
    ['check', ['check', 'hostile.json']],
    ['check --json', ['check', 'hostile.json', '--json']],
    ['export to the terminal', ['export', 'hostile.json', '--format', 'md']],
    ['a report to the terminal', ['report', 'hostile.json', '--ky', 'nam', '--format', 'md']],
    ['an unreadable file', ['check', `bad${hostile}.json`]],
    ['an unknown command', [`lam${hostile}`]],
  ])('never reaches the terminal as control characters: %s', async (_, argv) => {
    const { stdout, stderr } = await runCli(argv, files);
    const printed = stdout + stderr;
    // The exporters already drop the C0 controls that XML forbids; the rest is escaped here.
    expect(printed).toContain('\\u009b31m\\u007f\\u202eexe.txt');
    expect(printed).not.toMatch(unsafe);
  });

  it('keeps JSON output meaning the same text', async () => {
    const { stdout } = await runCli(['check', 'hostile.json', '--json'], files);
    const report = JSON.parse(stdout) as { findings: { message: string }[] };
    expect(report.findings.some((finding) => finding.message.includes(hostile))).toBe(true);
  });

  it('writes files with -o byte for byte', async () => {
    const { written } = await runCli(
      ['export', 'hostile.json', '--format', 'md', '-o', 'out.md'],
      files,
    );
    expect(written.get('out.md')).toContain('\u009b31m\u007f\u202eexe.txt');
  });
});

describe('bin/ke-hoach.mjs on Node', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ke-hoach-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bin = join(root, 'bin/ke-hoach.mjs');
  const exec = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  /** The command on the real disk without starting Node: a second each on a busy machine. */
  const runOnDisk = async (argv: string[]) => {
    let stderr = '';
    const io = { ...nodeIo(), stdout: () => {}, stderr: (text: string) => void (stderr += text) };
    return { code: await main(argv, io), stderr };
  };

  it('runs the TypeScript sources directly and uses the real disk', () => {
    const out = join(dir, 'moi.json');
    expect(exec('new', '--loai', 'so', '--nam', '2013', '-o', out).status).toBe(0);
    expect(exec('check', out).status).toBe(1);
    expect(exec('check', so).status).toBe(0);
  });

  it('writes the same Word and Excel bytes as the exporters, in any time zone', async () => {
    const plan = readPlanFile(readFileSync(so));
    if (!plan.ok) throw new Error('the example is unreadable');
    for (const [format, exporter] of [
      ['docx', planToDocx],
      ['xlsx', planToXlsx],
    ] as const) {
      const out = join(dir, `ke-hoach.${format}`);
      const result = spawnSync(
        process.execPath,
        [bin, 'export', so, '--format', format, '-o', out],
        {
          cwd: root,
          encoding: 'utf8',
          // Far from this process's zone: a zip time taken from the local clock would differ.
          env: { ...process.env, TZ: 'Pacific/Kiritimati' },
        },
      );
      expect(result.status, result.stderr).toBe(0);
      expect(new Uint8Array(readFileSync(out))).toEqual(await exporter(plan.plan));
    }
  });

  it('writes the same report bytes as the exporter, in any time zone', async () => {
    const file = join(dir, 'theo-doi.json');
    writeFileSync(file, planToJson(tracked));
    const out = join(dir, 'bao-cao.docx');
    const result = spawnSync(
      process.execPath,
      [bin, 'report', file, '--ky', 'quy-3', '--format', 'docx', '-o', out],
      { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati' } },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(new Uint8Array(readFileSync(out))).toEqual(await reportToDocx(tracked, 'quy-3'));
  });

  it('exits 2 with a reason and no stack trace for unreadable files', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ not json');
    const result = exec('check', bad);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Không đọc được tệp/);
    noStackTrace(result.stderr);
    // The other files and the other command through the same disk in this process: what the
    // binary adds, the exit code and the terminal, is the same for all of them.
    for (const file of [bad, join(dir, 'missing.json'), dir]) {
      for (const argv of [
        ['check', file],
        ['report', file, '--ky', 'nam', '--format', 'json'],
      ]) {
        const { code, stderr } = await runOnDisk(argv);
        expect(code, argv.join(' ')).toBe(2);
        expect(stderr).toMatch(/^Không đọc được tệp/);
        noStackTrace(stderr);
      }
    }
  });
});
