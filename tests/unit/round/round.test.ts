import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { planToJsonBytes } from '../../../src/export/json.ts';
import { MAX_FILE_BYTES } from '../../../src/plan/file-format.ts';
import {
  addFiles,
  checkReceivedPlan,
  emptyRound,
  openStoredRound,
  parseRoster,
  readRoundFile,
  receiveFiles,
  storeRound,
  unitMatchKey,
  viewRound,
  writeRoundFile,
  type Round,
} from '../../../src/round/index.ts';
import { changed, example } from '../plan/fixtures.ts';

const asOf = '2013-09-14';
const planBytes = (plan: ReturnType<typeof example>) => planToJsonBytes(plan);

function checkedOf(round: Round) {
  const checked = new Map();
  for (const file of round.files)
    if (file.kind === 'plan') checked.set(file.id, checkReceivedPlan(file.plan, asOf));
  return checked;
}

describe('receiving files', () => {
  it('reads plans, opens archives, and names every file it cannot read with its reason', () => {
    const so = example('so');
    const archive = zipSync({
      'ke-hoach/huyen.json': planBytes(example('huyen')),
      'ke-hoach/ghi-chu.txt': strToU8('không phải kế hoạch'),
      'ke-hoach/hong.json': strToU8('{"format": "ke-hoach-cchc"'),
      'ke-hoach/word.docx': zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
    });
    const received = receiveFiles([
      { name: 'so.json', bytes: planBytes(so) },
      { name: 'dot-1.zip', bytes: archive },
      { name: 'rong.json', bytes: new Uint8Array() },
      { name: 'lon.json', bytes: new Uint8Array(MAX_FILE_BYTES + 1) },
      { name: 'hong.zip', bytes: strToU8('PK\u0003\u0004 cut short') },
    ]);
    expect(received.map((file) => [file.file, file.kind])).toEqual([
      ['so.json', 'plan'],
      ['dot-1.zip › ke-hoach/huyen.json', 'plan'],
      ['dot-1.zip › ke-hoach/hong.json', 'unreadable'],
      ['dot-1.zip › ke-hoach/word.docx', 'unreadable'],
      ['rong.json', 'unreadable'],
      ['lon.json', 'unreadable'],
      ['hong.zip', 'unreadable'],
    ]);
    const messages = received.flatMap((file) => (file.kind === 'unreadable' ? [file.message] : []));
    expect(messages[0]).toMatch(/cắt ngắn/);
    expect(messages[1]).toMatch(/tệp Word/);
    expect(messages[2]).toMatch(/rỗng/);
    expect(messages[3]).toMatch(/quá lớn/);
    expect(messages[4]).toMatch(/hỏng/);
  });

  it('gives up an entry that inflates past a plan file’s limit, quickly, and reads the rest', () => {
    const bomb = zipSync(
      { 'bom.json': new Uint8Array(16 * 1024 * 1024), 'so.json': planBytes(example('so')) },
      { level: 9 },
    );
    const received = receiveFiles([{ name: 'bom.zip', bytes: bomb }]);
    expect(received.map((file) => [file.file, file.kind])).toEqual([
      ['bom.zip › so.json', 'plan'],
      ['bom.zip › bom.json', 'unreadable'],
    ]);
  });
});

describe('the roster', () => {
  it('reads one unit per line, without list markers, once each', () => {
    const roster = parseRoster('1. Sở Nội vụ\n- SNV\n\n  • UBND huyện Mẫu Sơn;\r\n2) Sở TN&MT');
    expect(roster.units).toEqual(['Sở Nội vụ', 'UBND huyện Mẫu Sơn', 'Sở TN&MT']);
    expect(roster.notices).toEqual(['Dòng 2 “SNV” trùng với “Sở Nội vụ”: chỉ tính một lần.']);
  });

  it.each([
    ['Sở Tài nguyên và Môi trường tỉnh Mẫu', 'Sở TN&MT'],
    ['so noi vu', 'Sở Nội vụ tỉnh Lâm Phong'],
    ['Ủy ban nhân dân huyện Mẫu Sơn', 'huyện Mẫu Sơn'],
    ['UBND TP. Mẫu Sơn', 'Thành phố Mẫu Sơn'],
    ['Sở Văn hóa, Thể thao và Du lịch', 'Sở VHTTDL'],
  ])('“%s” and “%s” are one unit', (a, b) => {
    expect(unitMatchKey(a)).toBe(unitMatchKey(b));
  });

  it.each([
    ['UBND huyện Mẫu Sơn', 'UBND huyện Mẫu Đông'],
    ['UBND huyện Mẫu Sơn', 'UBND xã Mẫu Sơn'],
    ['Sở Nội vụ', 'Sở Tư pháp'],
    ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
  ])('“%s” and “%s” are two units', (a, b) => {
    expect(unitMatchKey(a)).not.toBe(unitMatchKey(b));
  });
});

describe('viewing a round', () => {
  const so = example('so');
  const newerSo = changed('so', (plan) => {
    plan.document.issueDate = '2012-12-28';
  });
  const huyen = example('huyen');
  const round = addFiles(
    {
      ...emptyRound({
        name: 'Kế hoạch CCHC năm 2013',
        planYear: 2013,
        deadline: '2012-12-26',
        roster: ['Sở Nội vụ', 'UBND huyện Mẫu Sơn', 'Sở Tư pháp'],
      }),
    },
    receiveFiles([
      { name: 'so.json', bytes: planBytes(so) },
      { name: 'huyen.json', bytes: planBytes(huyen) },
      { name: 'so-lan-2.json', bytes: planBytes(newerSo) },
      { name: 'hong.json', bytes: strToU8('not json') },
    ]),
  );

  it('tables who sent, on time or late, keeps the newer plan of a unit that sent twice, and lists who did not send', () => {
    const view = viewRound(round, checkedOf(round));
    expect(view.units.map((unit) => [unit.file, unit.rosterName, unit.kept])).toEqual([
      ['so.json', 'Sở Nội vụ', false],
      ['huyen.json', 'UBND huyện Mẫu Sơn', true],
      ['so-lan-2.json', 'Sở Nội vụ', true],
    ]);
    expect(view.units.map((unit) => unit.onTime)).toEqual([true, true, false]);
    expect(view.units[2]!.sameUnit).toEqual([view.units[0]!.id]);
    expect(view.missing).toEqual(['Sở Tư pháp']);
    expect(view.unreadable.map((file) => file.file)).toEqual(['hong.json']);
    expect(view.tally).toMatchObject({ sent: 2, late: 1, missing: 1, unreadable: 1, setAside: 1 });
    // Every rule counted once per kept unit, most common first.
    const counts = view.mistakes.map((mistake) => mistake.units);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(Math.max(...counts)).toBeLessThanOrEqual(2);
  });

  it('keeps the plan the reviewer picks instead of the newer one', () => {
    const first = round.files[0]!;
    const key = unitMatchKey(so.unit.name);
    const view = viewRound({ ...round, kept: { [key]: first.id } }, checkedOf(round));
    expect(view.units.find((unit) => unit.id === first.id)?.kept).toBe(true);
  });

  it('is written to one file and read back the same', () => {
    const back = readRoundFile(strToU8(writeRoundFile(round)));
    expect(back).toEqual({ ok: true, round });
  });

  it('refuses a file that is not a round, or a damaged one, in Vietnamese', () => {
    expect(readRoundFile(planBytes(so))).toMatchObject({
      ok: false,
      message: /không phải tệp tổng hợp/,
    });
    expect(readRoundFile(strToU8('{'))).toMatchObject({
      ok: false,
      message: /không phải tệp tổng hợp/,
    });
    const stored = storeRound(round);
    expect(openStoredRound({ ...stored, version: 9 })).toMatchObject({
      ok: false,
      message: /phiên bản 9/,
    });
    expect(openStoredRound({ ...stored, files: [...stored.files, stored.files[0]] })).toMatchObject(
      {
        ok: false,
        message: /cùng một mã/,
      },
    );
  });

  it('keeps who sends the documents, and reads a round saved before it was asked unchanged', () => {
    const sender = {
      name: 'Sở Nội vụ tỉnh Mẫu',
      province: 'Mẫu',
      signerName: '<script>alert(1)</script> & "Nguyễn Văn A"',
      signingForm: 'KT.' as const,
      issueDate: null,
    };
    const back = readRoundFile(strToU8(writeRoundFile({ ...round, sender })));
    expect(back.ok && back.round.sender).toEqual(sender);
    const stored = storeRound(round);
    expect('sender' in stored).toBe(false);
    const opened = openStoredRound(stored);
    expect(opened.ok && 'sender' in opened.round).toBe(false);
  });

  it('refuses a sender over its limits, of an unknown key, or reaching a prototype', () => {
    const stored = storeRound(round);
    const damaged = /bị hỏng hoặc đã bị sửa tay/;
    for (const sender of [
      { name: 'x'.repeat(301) },
      { abbreviation: 'x'.repeat(21) },
      { signingForm: 'TM. và' },
      { issueDate: '2013-02-30' },
      { name: 1 },
      { script: 'x' },
      'Sở Nội vụ',
    ]) {
      expect(openStoredRound({ ...stored, sender })).toMatchObject({
        ok: false,
        message: damaged,
      });
    }
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}') as unknown;
    expect(openStoredRound({ ...stored, sender: hostile })).toMatchObject({
      ok: false,
      message: /không được phép/,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns a damaged plan inside a stored round into an unreadable file, not a broken round', () => {
    const stored = storeRound(round);
    const damaged = {
      ...stored,
      files: [{ ...stored.files[0]!, plan: { format: 'x' } }, ...stored.files.slice(1)],
    };
    const opened = openStoredRound(damaged);
    expect(opened.ok && opened.round.files[0]).toMatchObject({
      kind: 'unreadable',
      file: 'so.json',
    });
  });
});
