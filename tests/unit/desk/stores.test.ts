/**
 * The desk's stores over its service, in process (the worker runs the same service): files
 * received and tabled, settings validated, the roster matched, a duplicate picked, the round
 * stored and opened again, exported and imported, a storage that refuses, and the table's sort
 * and filter.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { inProcessClient } from '../../../src/desk/in-process-client.ts';
import { memoryStorage, type RoundStorage } from '../../../src/desk/storage.ts';
import {
  $job,
  $notice,
  $round,
  $rosterNotices,
  $storage,
  $settings,
  changeDeadline,
  changeName,
  changePlanYear,
  changeSender,
  $downloadError,
  clearRound,
  connectDesk,
  roundDownload,
  chooseMatch,
  $detail,
  loadDetail,
  importRound,
  keepPlan,
  openDesk,
  receive,
  receiveFolder,
  roundFile,
  saveRoster,
} from '../../../src/desk/stores/desk.ts';
import { tableRows } from '../../../src/desk/stores/table.ts';
import { entry } from './fake-entries.ts';

const asOf = '2013-09-14';
const example = (id: string, name = `${id}.json`) =>
  new File([readFileSync(new URL(`../../../content/examples/${id}.json`, import.meta.url))], name);

let storage: ReturnType<typeof memoryStorage>;

async function connect(store: RoundStorage = storage) {
  connectDesk(inProcessClient(store));
  await openDesk(asOf);
}

const round = () => {
  const value = $round.get();
  if (!value) throw new Error('no round drawn');
  return value;
};

/** The next round the worker's answer draws. */
const nextDraw = () =>
  new Promise<void>((resolve) => {
    const stop = $round.listen(() => {
      stop();
      resolve();
    });
  });

beforeEach(async () => {
  storage = memoryStorage();
  $notice.set(null);
  $rosterNotices.set([]);
  await connect();
});

describe('receiving files', () => {
  it('tables each plan, lists what it cannot read, and reports progress', async () => {
    const seen: string[] = [];
    const stop = $job.listen((job) => job && job.total && seen.push(`${job.done}/${job.total}`));
    await receive([
      example('so-noi-vu-tinh-mau-2013'),
      example('ubnd-huyen-mau-son-2013'),
      new File(['không phải JSON'], 'ghi-chu.json'),
    ]);
    stop();
    expect(seen.at(-1)).toBe('3/3');
    expect(round().units.map((unit) => unit.summary.unitName)).toEqual([
      'Sở Nội vụ',
      'UBND huyện Mẫu Sơn',
    ]);
    expect(round().units[0]).toMatchObject({
      unitTypeLabel: 'Sở, Ban, ngành',
      templateTitle: 'Đề cương 2012',
      folded: 'so noi vu',
    });
    expect(round().unreadable).toEqual([
      expect.objectContaining({ file: 'ghi-chu.json', message: expect.stringMatching(/JSON/) }),
    ]);
    expect($notice.get()?.text).toBe('Đã nhận 3 tệp: 2 kế hoạch đọc được, 1 tệp không đọc được.');
    expect($job.get()).toBeNull();
  });

  it('hands a big pick over in slices, reads them all in order, and names a file gone from disk', async () => {
    const requests: string[] = [];
    const client = inProcessClient(storage);
    connectDesk({
      ...client,
      request: (name, params, onProgress) => {
        requests.push(`${name}:${(params as { files?: unknown[] }).files?.length ?? ''}`);
        return client.request(name, params, onProgress);
      },
    });
    await openDesk(asOf);
    requests.length = 0;
    const gone = new File(['{}'], 'da-xoa.json');
    gone.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    const files = Array.from({ length: 24 }, (_, i) =>
      i === 5 ? gone : example('so-noi-vu-tinh-mau-2013', `so-noi-vu-${i + 1}.json`),
    );
    await receive(files);
    // No message carries more than 10 files: each is a task of its own on the page.
    expect(requests).toEqual(['stage:10', 'stage:10', 'receive:4']);
    const names = [...round().units.map((unit) => unit.file)];
    expect(names).toHaveLength(23);
    expect(names[0]).toBe('so-noi-vu-1.json');
    expect(names.at(-1)).toBe('so-noi-vu-24.json');
    expect(round().unreadable).toEqual([
      expect.objectContaining({
        file: 'da-xoa.json',
        message: expect.stringMatching(/Không đọc được tệp này từ máy/),
      }),
    ]);
  });

  it('keeps the round in storage, and opens it again with checks recomputed', async () => {
    await receive([example('so-noi-vu-tinh-mau-2013')]);
    // Stored once the page has its answer, and said so.
    expect($storage.get()).toEqual({ saving: true, problem: null, saved: false });
    await vi.waitFor(() => expect($storage.get().saving).toBe(false), { timeout: 10_000 });
    expect($storage.get().saved).toBe(true);
    expect(storage.value).toMatchObject({
      format: 'tong-hop-ke-hoach-cchc',
      files: [{ id: 'f1' }],
    });
    $round.set(null);
    await connect();
    expect(round().units.map((unit) => unit.id)).toEqual(['f1']);
    expect(round().units[0]!.summary.counts.loi).toBe(0);
  });
});

describe('a dropped folder', () => {
  const plan = (id: string) =>
    readFileSync(new URL(`../../../content/examples/${id}.json`, import.meta.url), 'utf8');

  it('receives every plan in it and its subfolders, named by their path, and passes over other files', async () => {
    const folder = entry(
      'dot-1',
      {
        'so.json': plan('so-noi-vu-tinh-mau-2013'),
        huyen: { 'ubnd-huyen.json': plan('ubnd-huyen-mau-son-2013') },
        'ghi-chu.txt': 'không phải kế hoạch',
      },
      1,
    );
    await receiveFolder([folder], (name) => name.endsWith('.json'));
    expect(round().units.map((unit) => unit.file)).toEqual([
      'dot-1/huyen/ubnd-huyen.json',
      'dot-1/so.json',
    ]);
    expect($notice.get()?.text).toBe('Đã nhận 2 tệp: 2 kế hoạch đọc được.');
  });

  it('takes no more than the round has room for, says so, and keeps what the round had', async () => {
    await receive([example('so-noi-vu-tinh-mau-2013')]);
    const many = Object.fromEntries(
      Array.from({ length: 2000 }, (_, i) => [`${String(i).padStart(4, '0')}.json`, '{}']),
    );
    await receiveFolder([entry('lon', many, 100)], () => true);
    expect(round().units).toHaveLength(1);
    expect(round().unreadable).toHaveLength(1999);
    expect($notice.get()?.text).toMatch(
      /^Đã nhận 1999 tệp: .*tối đa 2\.000 tệp: chỉ nhận 1\.999 tệp đầu của thư mục, các tệp còn lại chưa được nhận/,
    );
  }, 30_000);
});

describe('settings', () => {
  it('takes a plan year of four digits in range, and refuses any other in Vietnamese', () => {
    expect(changePlanYear('2013')).toEqual({ ok: true });
    expect($settings.get().planYear).toBe(2013);
    const refused = changePlanYear('1999');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems[0]!.message).toBe(
      'Năm kế hoạch là một năm có 4 chữ số, từ 2000 đến 2100.',
    );
    expect($settings.get().planYear).toBe(2013);
    expect(changePlanYear('')).toEqual({ ok: true });
    expect($settings.get().planYear).toBeNull();
  });

  it('judges on time and late against the deadline', async () => {
    await receive([
      example('so-noi-vu-tinh-mau-2013'),
      example('bai-tap-so-giao-thong-van-tai-2013'),
    ]);
    const drawn = nextDraw();
    changeDeadline('2012-12-25');
    await drawn;
    expect(round().tally).toMatchObject({ sent: 2, onTime: 1, late: 1, undated: 0 });
    expect(changeDeadline(null).ok).toBe(false);
    expect($settings.get().deadline).toBeNull();
  });

  it('keeps the name and the sender without drawing the table again', async () => {
    await receive([example('so-noi-vu-tinh-mau-2013')]);
    let draws = 0;
    const stop = $round.listen(() => draws++);
    expect(changeName('Kế hoạch CCHC năm 2013')).toEqual({ ok: true });
    expect(changeSender('signerName', 'Nguyễn Văn A')).toEqual({ ok: true });
    expect(changeSender('abbreviation', 'x'.repeat(21)).ok).toBe(false);
    await vi.waitFor(
      () =>
        expect(storage.value).toMatchObject({
          name: 'Kế hoạch CCHC năm 2013',
          sender: { signerName: 'Nguyễn Văn A' },
        }),
      { timeout: 10_000 },
    );
    stop();
    expect(draws).toBe(0);
    expect($settings.get().sender).toEqual({ signerName: 'Nguyễn Văn A' });
    // Opened again, the sender is what the fields show.
    $settings.set({ name: '', planYear: null, deadline: null, sender: {} });
    await connect();
    expect($settings.get().sender).toEqual({ signerName: 'Nguyễn Văn A' });
  });
});

describe('roster and duplicates', () => {
  it('lists the units that have not sent and flags the ones off the roster', async () => {
    await receive([example('so-noi-vu-tinh-mau-2013'), example('ubnd-huyen-mau-son-2013')]);
    await saveRoster('1. So Noi vu\n2. Sở Tư pháp\n- huyện Mẫu Sơn\nSở Nội vụ\n');
    expect(round().missing).toEqual(['Sở Tư pháp']);
    expect(round().units.map((unit) => unit.rosterName)).toEqual(['So Noi vu', 'huyện Mẫu Sơn']);
    expect($rosterNotices.get()).toEqual([
      'Dòng 4 “Sở Nội vụ” trùng với “So Noi vu”: chỉ tính một lần.',
    ]);
    await saveRoster('Sở Tư pháp');
    expect(round().units.every((unit) => unit.rosterName === null)).toBe(true);
  });

  it('keeps the newer of two plans from one unit, unless the reviewer picks the other', async () => {
    await receive([
      example('ubnd-huyen-mau-son-2013', 'ban-dau.json'),
      example('ubnd-huyen-mau-son-2013-theo-doi', 'ban-sau.json'),
    ]);
    const [first, second] = round().units;
    expect(first!.sameUnit).toEqual([second!.id]);
    expect([first!.kept, second!.kept]).toEqual([false, true]);
    await keepPlan(first!.key, first!.id);
    expect(round().units.map((unit) => unit.kept)).toEqual([true, false]);
    await vi.waitFor(
      () => expect(storage.value).toMatchObject({ kept: { [first!.key]: first!.id } }),
      { timeout: 10_000 },
    );
  });
});

describe('the round as a file', () => {
  it('exports, clears and imports it back; a bad file changes nothing', async () => {
    changePlanYear('2013');
    await receive([example('so-noi-vu-tinh-mau-2013')]);
    const file = await roundFile();
    expect(file?.name).toBe('tong-hop-ke-hoach-cchc-2013.json');
    await clearRound();
    expect(round().units).toEqual([]);
    expect(storage.value).toBeUndefined();
    expect($settings.get().planYear).toBeNull();

    await importRound(new File([file!.text], file!.name));
    expect(round().units.map((unit) => unit.summary.unitName)).toEqual(['Sở Nội vụ']);
    expect($settings.get().planYear).toBe(2013);

    await importRound(new File(['{"format": "khac"}'], 'khac.json'));
    expect($notice.get()).toEqual({
      kind: 'error',
      text: expect.stringMatching(
        /^Không mở được “khac.json”: Đây không phải tệp tổng hợp.*Đợt đang có không thay đổi\.$/,
      ),
    });
    expect(round().units).toHaveLength(1);
  });
});

describe('downloads', () => {
  it('makes the summary, the workbook and a unit’s letter from the round as it stands', async () => {
    changePlanYear('2013');
    await receive([example('so-noi-vu-tinh-mau-2013'), example('ubnd-huyen-mau-son-2013')]);
    const docx = await roundDownload({ kind: 'summary-docx' });
    expect(docx?.name).toBe('tong-hop-ke-hoach-cchc-2013.docx');
    expect(docx?.type).toMatch(/wordprocessingml/);
    const xlsx = await roundDownload({ kind: 'xlsx' });
    expect(xlsx?.name).toBe('tong-hop-ke-hoach-cchc-2013.xlsx');
    expect(xlsx?.type).toMatch(/spreadsheetml/);
    const markdown = await roundDownload({ kind: 'summary-md' });
    expect(markdown?.name).toBe('tong-hop-ke-hoach-cchc-2013.md');
    expect(markdown?.bytes).toContain('UBND huyện Mẫu Sơn');
    const unit = round().units[1]!;
    const letter = await roundDownload({ kind: 'letter', id: unit.id });
    expect(letter?.name).toBe('gop-y-KH-CCHC-2013-ubnd-huyen-mau-son.docx');
    expect(await roundDownload({ kind: 'letter', id: 'f99' })).toBeUndefined();
    expect($downloadError.get()).toBe('Không còn kế hoạch này trong đợt tổng hợp.');
    expect($job.get()).toBeNull();
  });

  it('tells a failure in Vietnamese and keeps the round', async () => {
    await receive([example('so-noi-vu-tinh-mau-2013')]);
    const before = round();
    connectDesk({
      request: async () => {
        throw new Error('chunk failed');
      },
      flush: () => undefined,
      onStorage: () => undefined,
    });
    expect(await roundDownload({ kind: 'xlsx' })).toBeUndefined();
    expect($downloadError.get()).toMatch(/^Không tạo được tệp: .*vẫn được giữ nguyên\.$/);
    expect(round()).toBe(before);
  });
});

describe('the province’s plan', () => {
  it('sets it apart, matches each unit against it, and keeps the reviewer’s choice', async () => {
    await receive([example('ubnd-tinh-mau-2013'), example('so-noi-vu-tinh-mau-2013')]);
    expect(round().province).toEqual({
      id: 'f1',
      file: 'ubnd-tinh-mau-2013.json',
      unitName: 'UBND tỉnh Mẫu',
    });
    expect(round().units.map((unit) => unit.summary.unitName)).toEqual(['Sở Nội vụ']);
    const unit = round().units[0]!;
    expect(unit.summary.counts['canh-bao']).toBe(1);
    await loadDetail(unit.id);
    const detail = () => {
      const value = $detail.get();
      if (!value || value === 'loading') throw new Error('no detail');
      return value;
    };
    const row11 = () => detail().province!.matches.find((match) => match.position === 11)!;
    expect(row11()).toMatchObject({ role: 'lead', match: null, choice: undefined });
    expect(detail().findings.filter((f) => f.ruleId === 'province-task-missing')).toHaveLength(1);
    const row24 = detail().tasks.find((task) => task.position === 24)!;

    await chooseMatch(unit.id, row11().provinceRowId, row24.rowId);
    expect(row11()).toMatchObject({ match: { position: 24 }, choice: row24.rowId });
    expect(detail().findings.filter((f) => f.ruleId === 'province-task-missing')).toEqual([]);
    expect(round().units[0]!.summary.counts['canh-bao']).toBe(0);
    await vi.waitFor(
      () =>
        expect(storage.value).toMatchObject({
          matches: { [unit.key]: { [row11().provinceRowId]: row24.rowId } },
        }),
      { timeout: 10_000 },
    );

    await chooseMatch(unit.id, row11().provinceRowId, '');
    expect(row11()).toMatchObject({ match: null, choice: '' });
    await chooseMatch(unit.id, row11().provinceRowId, null);
    expect(row11()).toMatchObject({ match: null, choice: undefined });
    expect(round().units[0]!.summary.counts['canh-bao']).toBe(1);
  });
});

describe('a storage that refuses', () => {
  it('says so in Vietnamese and keeps the round for the visit', async () => {
    const full: RoundStorage = {
      load: async () => undefined,
      save: async () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      clear: async () => undefined,
    };
    await connect(full);
    await receive([example('so-noi-vu-tinh-mau-2013')]);
    expect(round().units).toHaveLength(1);
    await vi.waitFor(
      () => expect($storage.get().problem).toMatch(/^Bộ nhớ của trình duyệt đã đầy/),
      { timeout: 10_000 },
    );

    const blocked: RoundStorage = {
      load: async () => {
        throw new DOMException('blocked', 'InvalidStateError');
      },
      save: async () => {
        throw new DOMException('blocked', 'InvalidStateError');
      },
      clear: async () => undefined,
    };
    await connect(blocked);
    expect($storage.get().problem).toMatch(/^Trình duyệt không cho lưu dữ liệu/);
    await receive([example('so-noi-vu-tinh-mau-2013')]);
    expect(round().units).toHaveLength(1);
  });
});

describe('the table', () => {
  it('sorts by a column either way and filters by folded words and chips', async () => {
    await receive([
      example('so-noi-vu-tinh-mau-2013'),
      example('bai-tap-so-giao-thong-van-tai-2013'),
      example('ubnd-phuong-mau-dong-2026'),
    ]);
    const units = round().units;
    const names = (rows: { summary: { unitName: string } }[]) =>
      rows.map((u) => u.summary.unitName);
    const options = { sort: null, query: '', chips: [], rosterGiven: false };
    expect(
      names(tableRows(units, { ...options, sort: { column: 'tasks', direction: 'ascending' } })),
    ).toEqual(['Sở Giao thông vận tải', 'UBND phường Mẫu Đông', 'Sở Nội vụ']);
    expect(
      names(tableRows(units, { ...options, sort: { column: 'tasks', direction: 'descending' } })),
    ).toEqual(['Sở Nội vụ', 'UBND phường Mẫu Đông', 'Sở Giao thông vận tải']);
    expect(names(tableRows(units, { ...options, query: 'mau dong' }))).toEqual([
      'UBND phường Mẫu Đông',
    ]);
    expect(names(tableRows(units, { ...options, query: 'GIAO THÔNG' }))).toEqual([
      'Sở Giao thông vận tải',
    ]);
    expect(names(tableRows(units, { ...options, chips: ['errors'] }))).toEqual([
      'Sở Giao thông vận tải',
    ]);
    expect(names(tableRows(units, { ...options, chips: ['offRoster'] }))).toEqual([]);
    expect(
      names(tableRows(units, { ...options, chips: ['offRoster'], rosterGiven: true })),
    ).toHaveLength(3);
    expect(names(tableRows(units, { ...options, chips: ['word'] }))).toEqual([]);
    const [first, ...rest] = units;
    const withWord = [{ ...first!, fromWord: true }, ...rest];
    expect(names(tableRows(withWord, { ...options, chips: ['word'] }))).toEqual([
      first!.summary.unitName,
    ]);
  });
});
