/**
 * `ke-hoach tong-hop` through an in-memory disk with folders: what it reads (files, folders,
 * archives), what it writes (the summary in every format, a letter per unit), how it refuses bad
 * arguments, and what hostile files can and cannot do (a bomb archive is named and the rest goes
 * on; escape sequences in names never reach the terminal).
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CliError, type CliIo, type PathListing } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { planToJsonBytes } from '../../../src/export/json.ts';
import type { RoundSummaryJson } from '../../../src/export/round/json.ts';
import { changed, example } from '../plan/fixtures.ts';
import { docFile, districtWordPlan } from '../import/word-files.ts';
import { unzipText } from '../export/helpers.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  written: Map<string, string | Uint8Array>;
  read: string[];
}

/** The CLI over `files` (path → content); a folder is every path under it. */
async function run(
  argv: string[],
  files: Record<string, string | Uint8Array>,
  onRead: (path: string, maxBytes: number | undefined) => void = () => undefined,
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string | Uint8Array>();
  const read: string[] = [];
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: async (path, maxBytes?: number) => {
      onRead(path, maxBytes);
      maxBytes ??= 5 * 1024 * 1024;
      read.push(path);
      if (!Object.hasOwn(files, path))
        return { ok: false, reason: `Không tìm thấy tệp “${path}”.` };
      const content = files[path]!;
      const bytes = typeof content === 'string' ? strToU8(content) : content;
      if (bytes.length > maxBytes) return { ok: false, reason: 'Tệp quá lớn.' };
      return { ok: true, bytes };
    },
    listFiles: async (path, extensions): Promise<PathListing> => {
      if (Object.hasOwn(files, path)) return { kind: 'file' };
      const under = Object.keys(files)
        .filter((name) => name.startsWith(`${path}/`))
        .filter((name) => extensions.some((extension) => name.toLowerCase().endsWith(extension)))
        .sort();
      return under.length === 0 && !Object.keys(files).some((name) => name.startsWith(`${path}/`))
        ? { kind: 'missing', reason: `Không tìm thấy “${path}”.` }
        : { kind: 'directory', files: under };
    },
    makeDirectory: async () => {},
    writeFile: async (path, data) => {
      if (path.startsWith('/readonly/')) throw new CliError(`Không có quyền ghi tệp “${path}”.`);
      written.set(path, data);
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, written, read };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
const json = (text: string) => JSON.parse(text) as RoundSummaryJson;

const folder = {
  'dot-1/so.json': planToJsonBytes(example('so')),
  'dot-1/huyen/ubnd-huyen.json': planToJsonBytes(example('huyen')),
  'dot-1/bai-tap.json': planToJsonBytes(example('training')),
  'dot-1/nham.docx': zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
  'dot-1/ghi-chu.txt': 'không phải kế hoạch',
  'danh-sach.txt': '1. Sở Nội vụ\n2. UBND huyện Mẫu Sơn\n3. Sở Tư pháp\n',
};

describe('ke-hoach tong-hop', () => {
  it('reads a folder recursively, names the files it cannot read, lists who did not send, exits 0', async () => {
    const { code, stdout, stderr } = await run(
      [
        'tong-hop',
        'dot-1',
        '--danh-sach',
        'danh-sach.txt',
        '--han',
        '2012-12-26',
        '--nam',
        '2013',
        '--den-ngay',
        '2013-09-14',
        '--format',
        'json',
      ],
      folder,
    );
    expect(code).toBe(0);
    const result = json(stdout);
    expect(result.units.map((unit) => [unit.file, unit.unitName, unit.kept])).toEqual([
      ['dot-1/bai-tap.json', 'Sở Giao thông vận tải', true],
      ['dot-1/huyen/ubnd-huyen.json', 'UBND huyện Mẫu Sơn', true],
      ['dot-1/so.json', 'Sở Nội vụ', true],
    ]);
    expect(result.units[0]!.counts).toMatchObject({ loi: 9 });
    // A .docx is named with the model's reason; a .txt is not a round's file at all.
    expect(result.unreadable).toEqual([
      { file: 'dot-1/nham.docx', message: expect.stringMatching(/tệp Word/) },
    ]);
    expect(result.missing).toEqual(['Sở Tư pháp']);
    expect(result.tally).toMatchObject({ sent: 3, onTime: 2, late: 1, missing: 1, unreadable: 1 });
    expect(result.round).toEqual({ name: '', planYear: 2013, deadline: '2012-12-26' });
    expect(stderr).toContain('Đã đọc 4 tệp: 3 đơn vị gửi kế hoạch');
    expect(stderr).toContain('- dot-1/nham.docx: Không tìm thấy bảng nhiệm vụ');
  });

  it('reads Word plans in a folder beside .json ones, marks each unit’s source, and names the Word files it cannot read', async () => {
    const word = await districtWordPlan();
    const mixed = {
      'dot-2/so.json': planToJsonBytes(example('so')),
      'dot-2/KH-huyen-mau-son.docx': word,
      'dot-2/cu/ke-hoach-cu.doc': docFile(),
      'dot-2/nen.zip': zipSync({ 'trong-zip.docx': word }),
      'dot-2/cong-van.docx': zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
    };
    const { code, stdout, stderr } = await run(
      ['tong-hop', 'dot-2', '--den-ngay', '2014-01-10', '--format', 'json'],
      mixed,
    );
    expect(code).toBe(0);
    const result = json(stdout);
    expect(
      result.units.map((unit) => [unit.file, unit.unitName, unit.source, unit.importReport]),
    ).toEqual([
      [
        'dot-2/KH-huyen-mau-son.docx',
        'UBND huyện Mẫu Sơn',
        'docx',
        { unread: 1, guess: 0, cut: 0, notes: 2 },
      ],
      [
        'dot-2/nen.zip › trong-zip.docx',
        'UBND huyện Mẫu Sơn',
        'docx',
        { unread: 1, guess: 0, cut: 0, notes: 2 },
      ],
      ['dot-2/so.json', 'Sở Nội vụ', 'json', undefined],
    ]);
    expect(result.units[0]!.tasks).toBe(3);
    expect(result.unreadable).toEqual([
      {
        file: 'dot-2/cong-van.docx',
        message: expect.stringMatching(/^Không tìm thấy bảng nhiệm vụ/),
      },
      {
        file: 'dot-2/cu/ke-hoach-cu.doc',
        message: expect.stringMatching(/^Tệp \.doc \(Word 97–2003\)/),
      },
    ]);
    expect(stderr).toContain('- dot-2/cu/ke-hoach-cu.doc: Tệp .doc (Word 97–2003)');
  });

  it('reads a Word plan given by name, up to a Word plan’s size', async () => {
    const read: (number | undefined)[] = [];
    const word = await districtWordPlan();
    const { code, stdout } = await run(
      ['tong-hop', 'huyen.docx', '--format', 'json'],
      {
        'huyen.docx': word,
      },
      (_path, maxBytes) => read.push(maxBytes),
    );
    expect(code).toBe(0);
    expect(json(stdout).units.map((unit) => unit.source)).toEqual(['docx']);
    expect(read).toEqual([20 * 1024 * 1024]);
  });

  it('takes files one by one, and names a file that does not exist without stopping', async () => {
    const { code, stdout } = await run(
      [
        'tong-hop',
        'dot-1/so.json',
        'khong-co.json',
        '--format',
        'json',
        '--den-ngay',
        '2013-09-14',
      ],
      folder,
    );
    expect(code).toBe(0);
    const result = json(stdout);
    expect(result.units.map((unit) => unit.file)).toEqual(['dot-1/so.json']);
    expect(result.unreadable).toEqual([
      { file: 'khong-co.json', message: 'Không tìm thấy “khong-co.json”.' },
    ]);
  });

  it('names a bomb archive’s entry and goes on with the rest of the archive and the folder', async () => {
    const bomb = zipSync(
      {
        'bom.json': new Uint8Array(64 * 1024 * 1024),
        'huyen.json': planToJsonBytes(example('huyen')),
      },
      { level: 9 },
    );
    const { code, stdout } = await run(
      ['tong-hop', 'dot-2', '--format', 'json', '--den-ngay', '2013-09-14'],
      { 'dot-2/bom.zip': bomb, 'dot-2/so.json': planToJsonBytes(example('so')) },
    );
    expect(code).toBe(0);
    const result = json(stdout);
    expect(result.units.map((unit) => unit.file)).toEqual([
      'dot-2/bom.zip › huyen.json',
      'dot-2/so.json',
    ]);
    expect(result.unreadable).toEqual([
      { file: 'dot-2/bom.zip › bom.json', message: expect.stringMatching(/lớn hơn/) },
    ]);
  });

  it('writes the summary as Word and Excel, named by year without -o, and a letter per kept unit', async () => {
    const docx = await run(
      [
        'tong-hop',
        'dot-1',
        '--nam',
        '2013',
        '--format',
        'docx',
        '--tinh',
        'Mẫu',
        '--phieu-gop-y',
        'gop-y',
      ],
      {
        ...folder,
        'dot-1/so-lan-2.json': planToJsonBytes(
          changed('so', (plan) => {
            plan.document.issueDate = '2012-12-28';
          }),
        ),
      },
    );
    expect(docx.code).toBe(0);
    expect([...docx.written.keys()]).toEqual([
      'tong-hop-ke-hoach-cchc-2013.docx',
      'gop-y/gop-y-KH-CCHC-2013-so-giao-thong-van-tai.docx',
      'gop-y/gop-y-KH-CCHC-2013-ubnd-huyen-mau-son.docx',
      'gop-y/gop-y-KH-CCHC-2013-so-noi-vu.docx',
    ]);
    const summary = unzipText(docx.written.get('tong-hop-ke-hoach-cchc-2013.docx') as Uint8Array);
    expect(summary['word/document.xml']).toContain('UBND TỈNH MẪU');
    expect(docx.stderr).toContain('Đã viết 3 phiếu góp ý vào thư mục gop-y');

    const xlsx = await run(['tong-hop', 'dot-1', '--format', 'xlsx', '-o', 'ra.xlsx'], folder);
    expect(xlsx.code).toBe(0);
    expect(unzipText(xlsx.written.get('ra.xlsx') as Uint8Array)['xl/workbook.xml']).toContain(
      'Phát hiện',
    );
    const md = await run(['tong-hop', 'dot-1', '--format', 'md'], folder);
    expect(md.stdout).toMatch(/^\| UBND TỈNH … \|/);
  });

  it.each([
    [['tong-hop', '--format', 'json'], /Thiếu tệp hoặc thư mục kế hoạch/],
    [['tong-hop', 'dot-1'], /Thiếu tùy chọn --format/],
    [['tong-hop', 'dot-1', '--format', 'pdf'], /Định dạng “pdf” chưa được hỗ trợ/],
    [
      ['tong-hop', 'dot-1', '--format', 'json', '--han', '2012-02-30'],
      /--han phải là một ngày có thật/,
    ],
    [['tong-hop', 'dot-1', '--format', 'json', '--nam', '13'], /--nam phải là một năm/],
    [
      ['tong-hop', 'dot-1', '--format', 'json', '--danh-sach', 'khong.txt'],
      /Không đọc được danh sách/,
    ],
    [['tong-hop', 'trong', '--format', 'json'], /Không tìm thấy tệp kế hoạch nào|không đọc được/],
    [['tong-hop', 'dot-1/nham.docx', '--format', 'json'], /Không có tệp kế hoạch nào đọc được/],
    [['tong-hop', 'dot-1', '--format', 'json', '--hoi'], /Tùy chọn “--hoi” không được hỗ trợ/],
  ])('refuses %j with exit 2 and a Vietnamese reason', async (argv, reason) => {
    const { code, stderr, written } = await run(argv, folder);
    expect(code).toBe(2);
    expect(stderr).toMatch(reason);
    expect(written.size).toBe(0);
    noStackTrace(stderr);
  });

  it('lets no escape sequence or direction override from a file reach the terminal', async () => {
    const hostile = '\u001b]0;pwned\u0007\u001b[2J\u202eSở Nội vụ\u009b31m';
    const plan = changed('so', (value) => {
      value.unit.name = `${hostile} <script>alert(1)</script> & "x"`;
    });
    const { code, stdout, stderr } = await run(
      ['tong-hop', 'dot-3', '--format', 'json', '--den-ngay', '2013-09-14'],
      {
        'dot-3/a.json': planToJsonBytes(plan),
        [`dot-3/${hostile}.json`]: 'not json',
      },
    );
    expect(code).toBe(0);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    expect(stdout).not.toMatch(raw);
    expect(stderr).not.toMatch(raw);
    expect(stderr).toContain('\\u001b]0;pwned\\u0007');
    // JSON keeps its meaning: the name reads back as it was.
    expect(json(stdout).units[0]!.unitName).toBe(plan.unit.name.normalize('NFC'));
  });
});

describe('ke-hoach tong-hop --ke-hoach-tinh', () => {
  const withProvince = {
    ...folder,
    'tinh/ubnd-tinh.json': planToJsonBytes(example('tinh')),
  };
  const argv = (...more: string[]) => [
    'tong-hop',
    'dot-1',
    '--ke-hoach-tinh',
    'tinh/ubnd-tinh.json',
    '--den-ngay',
    '2013-01-15',
    ...more,
  ];

  it('checks each unit against the province’s plan as `check --ke-hoach-tinh --json` does, and counts its findings', async () => {
    const round = await run(argv('--format', 'json'), withProvince);
    expect(round.code).toBe(0);
    const result = json(round.stdout);
    const without = json(
      (await run(['tong-hop', 'dot-1', '--den-ngay', '2013-01-15', '--format', 'json'], folder))
        .stdout,
    );
    const so = result.units.find((unit) => unit.file === 'dot-1/so.json')!;
    const check = await run(
      [
        'check',
        'dot-1/so.json',
        '--den-ngay',
        '2013-01-15',
        '--ke-hoach-tinh',
        'tinh/ubnd-tinh.json',
        '--json',
      ],
      withProvince,
    );
    const checked = JSON.parse(check.stdout) as {
      counts: Record<string, number>;
      province: unknown;
    };
    expect(so.province).toEqual(checked.province);
    expect(so.counts).toEqual(checked.counts);
    // The province's unmatched task is a cảnh báo on top of the checker's.
    const soWithout = without.units.find((unit) => unit.file === 'dot-1/so.json')!;
    expect(so.counts['canh-bao']).toBe(soWithout.counts['canh-bao'] + 1);
    expect(soWithout.province).toBeUndefined();
    expect(result.mistakes.map((mistake) => mistake.ruleId)).toContain('province-task-missing');
    expect(result.province?.file).toBe('tinh/ubnd-tinh.json');
    expect(result.province?.untaken.length).toBeGreaterThan(0);
  });

  it('adds the annex of province tasks nobody took up to the summary, in Markdown and Word', async () => {
    const md = await run(argv('--format', 'md'), withProvince);
    expect(md.code).toBe(0);
    const untaken = json((await run(argv('--format', 'json'), withProvince)).stdout).province!
      .untaken;
    expect(md.stdout).toContain(
      'NHIỆM VỤ CỦA KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH CỦA TỈNH CHƯA CƠ QUAN, ĐƠN VỊ NÀO THỰC HIỆN',
    );
    expect(md.stdout).toContain(
      `chưa cơ quan, đơn vị nào đưa vào kế hoạch: ${untaken.length} (danh sách tại Phụ lục III)`,
    );
    const annex = md.stdout.slice(md.stdout.indexOf('## PHỤ LỤC III'));
    const rows = annex.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows.map((line) => Number(line.split('|')[2]))).toEqual(untaken);

    const docx = await run(argv('--format', 'docx', '-o', 'ra.docx'), withProvince);
    const xml = unzipText(docx.written.get('ra.docx') as Uint8Array)['word/document.xml']!;
    expect(xml).toContain('PHỤ LỤC III');
    expect(xml).toContain('CHƯA CƠ QUAN, ĐƠN VỊ NÀO THỰC HIỆN');

    const plain = await run(['tong-hop', 'dot-1', '--format', 'md'], folder);
    expect(plain.stdout).not.toContain('CHƯA CƠ QUAN, ĐƠN VỊ NÀO THỰC HIỆN');
  });

  it.each([
    [
      { 'tinh/ubnd-tinh.json': planToJsonBytes(example('so')) },
      /không phải kế hoạch của UBND tỉnh/,
    ],
    [{ 'tinh/ubnd-tinh.json': 'không phải JSON' }, /Không đọc được kế hoạch của tỉnh/],
    [{}, /Không đọc được kế hoạch của tỉnh “tinh\/ubnd-tinh.json”/],
  ])(
    'refuses a province file that is not one, with exit 2 and a Vietnamese reason',
    async (files, reason) => {
      const { code, stderr, stdout } = await run(argv('--format', 'json'), { ...folder, ...files });
      expect(code).toBe(2);
      expect(stderr).toMatch(reason);
      expect(stdout).toBe('');
      noStackTrace(stderr);
    },
  );
});
