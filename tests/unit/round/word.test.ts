/**
 * Word plans in a round (issue 14, the desk): received beside plan files, as files and inside
 * archives, told by their bytes; each carries the reader's report, kept in the round file and
 * read back within limits; bad Word files named with the reader's reason.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { planToJsonBytes } from '../../../src/export/json.ts';
import { wordFileMessages } from '../../../src/import/docx/index.ts';
import { MAX_FILE_BYTES } from '../../../src/plan/file-format.ts';
import {
  addFiles,
  checkReceivedPlan,
  emptyRound,
  readRoundFile,
  receiveFiles,
  storeRound,
  viewRound,
  writeRoundFile,
  type ReceivedFile,
  type Round,
} from '../../../src/round/index.ts';
import {
  MAX_REPORT_ITEMS,
  MAX_REPORT_TEXT_LENGTH,
  omittedItems,
  wordSource,
} from '../../../src/round/word-source.ts';
import { receiptLines } from '../../../src/export/round/round-text.ts';
import { roundToXlsx } from '../../../src/export/round/xlsx.ts';
import { example } from '../plan/fixtures.ts';
import { readWorkbook } from '../export/helpers.ts';
import { docFile, districtWordPlan, p, wordFile } from '../import/word-files.ts';

const district = await districtWordPlan();

/** A .docx with a password: the compound file Word writes, with its encrypted package. */
function encryptedDocx(): Uint8Array {
  const bytes = docFile();
  const name = 'EncryptedPackage';
  for (let i = 0; i < name.length; i++) bytes[800 + i * 2] = name.charCodeAt(i);
  return bytes;
}

const kinds = (files: ReceivedFile[]) =>
  files.map((file) => [file.file, file.kind, file.kind === 'plan' && file.word !== undefined]);

function roundOf(files: ReceivedFile[]): Round {
  return addFiles(emptyRound({ planYear: 2014 }), files);
}

describe('a round receives Word plans', () => {
  it('reads .docx plans beside .json ones, as files and inside a .zip', () => {
    const received = receiveFiles([
      { name: 'KH-huyen-mau-son.docx', bytes: district },
      { name: 'so.json', bytes: planToJsonBytes(example('so')) },
      {
        name: 'dot-1.zip',
        bytes: zipSync({
          'ke-hoach/huyen.docx': district,
          'ke-hoach/so.json': planToJsonBytes(example('so')),
        }),
      },
    ]);
    expect(kinds(received)).toEqual([
      ['KH-huyen-mau-son.docx', 'plan', true],
      ['so.json', 'plan', false],
      ['dot-1.zip › ke-hoach/huyen.docx', 'plan', true],
      ['dot-1.zip › ke-hoach/so.json', 'plan', false],
    ]);
    const word = received[0]!.kind === 'plan' ? received[0]!.word : undefined;
    expect(word?.report.rowsByArea['the-che']).toBe(2);
    expect(word?.counts).toEqual({ unread: 1, guess: 0, cut: 0, notes: 2 });
    expect(word?.report.items.map((item) => item.where)).toEqual([
      'Bảng 2, dòng 4, cột “Thời gian thực hiện”',
      'Bảng 2, dòng 4, cột “Kinh phí (đồng)”',
      'Đoạn 3',
    ]);
  });

  it('tells a Word plan by its bytes, whatever it is named', () => {
    const received = receiveFiles([
      { name: 'ke-hoach-huyen', bytes: district },
      { name: 'nham-ten.json', bytes: district },
    ]);
    expect(kinds(received)).toEqual([
      ['ke-hoach-huyen', 'plan', true],
      ['nham-ten.json', 'plan', true],
    ]);
  });

  it('names a .doc, a password-protected, a damaged and a table-less Word file with the reader’s reason', async () => {
    const letter = await wordFile([{ children: [p('Kính gửi: Sở Nội vụ')] }]);
    const received = receiveFiles([
      { name: 'cu.doc', bytes: docFile() },
      { name: 'khoa.docx', bytes: encryptedDocx() },
      { name: 'hong.docx', bytes: district.slice(0, district.length / 2) },
      { name: 'cong-van.docx', bytes: letter },
      { name: 'trong-zip.zip', bytes: zipSync({ 'cu.doc': docFile() }) },
    ]);
    const messages = received.map((file) => (file.kind === 'unreadable' ? file.message : ''));
    expect(messages[0]).toBe(wordFileMessages.doc);
    expect(messages[1]).toBe(wordFileMessages.encrypted);
    expect(messages[2]).toMatch(/bị hỏng|thiếu phần nội dung chính/);
    expect(messages[3]).toMatch(/^Không tìm thấy bảng nhiệm vụ/);
    expect(messages[4]).toBe(wordFileMessages.doc);
  });

  it('lets a .docx in an archive reach its own limit, and keeps a .json entry to a plan file’s', () => {
    // Over a plan file's limit, well under a Word plan's.
    const picture = new Uint8Array(MAX_FILE_BYTES + 1024 * 1024);
    for (let i = 0; i < picture.length; i++) picture[i] = (i * 7919) % 251;
    const archive = zipSync(
      {
        'huyen.docx': district,
        'lon.json': new Uint8Array(MAX_FILE_BYTES + 1),
        'lon.docx': picture,
      },
      { level: 0 },
    );
    const received = receiveFiles([{ name: 'dot.zip', bytes: archive }]);
    const byName = new Map(received.map((file) => [file.file, file]));
    expect(byName.get('dot.zip › huyen.docx')?.kind).toBe('plan');
    // Inflated in full (its own limit is 20 MB), then refused by the Word reader as not a zip.
    const large = byName.get('dot.zip › lon.docx');
    expect(large?.kind === 'unreadable' && large.message).toBe(wordFileMessages.notWord);
    const json = byName.get('dot.zip › lon.json');
    expect(json?.kind === 'unreadable' && json.message).toMatch(/lớn hơn 5 MB/);
  });
});

describe('the round’s summaries', () => {
  const round = roundOf(
    receiveFiles([
      { name: 'huyen.docx', bytes: district },
      { name: 'so.json', bytes: planToJsonBytes(example('so')) },
    ]),
  );
  const checked = new Map(
    round.files.flatMap((file) =>
      file.kind === 'plan' ? [[file.id, checkReceivedPlan(file.plan, '2014-01-10')] as const] : [],
    ),
  );
  const view = viewRound(round, checked);
  const wordUnit = view.units.find((unit) => unit.word !== undefined);

  it('say which plans were read from Word, to be compared with the document', () => {
    const lines = receiptLines(round, view).map((line) => line.text);
    expect(lines).toContainEqual(
      `Kế hoạch gửi bằng tệp Word (.docx), được công cụ đọc lại: 1 (${wordUnit?.checked.summary.unitName}); số liệu của các kế hoạch này cần đối chiếu với văn bản gốc.`,
    );
    const onlyJson = roundOf(
      receiveFiles([{ name: 'so.json', bytes: planToJsonBytes(example('so')) }]),
    );
    const jsonView = viewRound(onlyJson, checked);
    expect(receiptLines(onlyJson, jsonView).some((line) => line.text.includes('Word'))).toBe(false);
  });

  it('give each unit’s kind of file in the workbook', async () => {
    const cells = readWorkbook(await roundToXlsx(round, view, { asOf: '2014-01-10' })).cells;
    expect(cells.get('U2')?.value).toBe('Dạng tệp');
    const kinds = view.units.map((_, index) => cells.get(`U${index + 3}`)?.value);
    expect(kinds).toEqual(
      view.units.map((unit) => (unit.word ? 'Word (.docx)' : 'Kế hoạch (.json)')),
    );
    expect(kinds).toContain('Word (.docx)');
  });
});

describe('the report in the round file', () => {
  it('goes through the round file and back, with the plan', () => {
    const round = roundOf(
      receiveFiles([
        { name: 'huyen.docx', bytes: district },
        { name: 'so.json', bytes: planToJsonBytes(example('so')) },
      ]),
    );
    const opened = readRoundFile(strToU8(writeRoundFile(round)));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.round.files).toEqual(round.files);
    const [word, json] = opened.round.files;
    expect(word?.kind === 'plan' && word.word?.report.items).toHaveLength(3);
    expect(json?.kind === 'plan' && json.word).toBeUndefined();

    const checked = new Map(
      opened.round.files.flatMap((file) =>
        file.kind === 'plan' ? [[file.id, checkReceivedPlan(file.plan, '2014-01-10')]] : [],
      ),
    );
    const units = viewRound(opened.round, checked).units;
    expect(units.map((unit) => unit.word?.counts.notes ?? null)).toEqual([2, null]);
  });

  it('reads a round saved before Word plans were read unchanged', () => {
    const round = roundOf(
      receiveFiles([{ name: 'so.json', bytes: planToJsonBytes(example('so')) }]),
    );
    const stored = storeRound(round);
    expect(Object.keys(stored.files[0]!)).toEqual(['id', 'file', 'plan']);
    const opened = readRoundFile(strToU8(JSON.stringify(stored)));
    expect(opened.ok && opened.round.files).toEqual(round.files);
  });

  it('keeps at most its limit of items, cut to their lengths, and counts the rest', () => {
    const items = Array.from({ length: MAX_REPORT_ITEMS + 20 }, (_, i) => ({
      kind: 'notes' as const,
      where: `Bảng 2, dòng ${i + 2}, cột “${'Ghi chú '.repeat(100)}”`,
      text: 'x'.repeat(MAX_REPORT_TEXT_LENGTH * 3),
    }));
    const word = wordSource({
      template: 'de-cuong-2012',
      rowsByArea: {},
      tables: ['Bảng 2'],
      items,
    });
    expect(word.report.items).toHaveLength(MAX_REPORT_ITEMS);
    expect(word.counts.notes).toBe(MAX_REPORT_ITEMS + 20);
    expect(omittedItems(word)).toBe(20);
    expect(word.report.items[0]!.text).toHaveLength(MAX_REPORT_TEXT_LENGTH);
    expect(word.report.items[0]!.where.length).toBeLessThanOrEqual(300);
  });

  describe('a hostile report in a round file', () => {
    const round = roundOf(
      receiveFiles([
        { name: 'huyen.docx', bytes: district },
        { name: 'so.json', bytes: planToJsonBytes(example('so')) },
      ]),
    );
    const withWord = (change: (word: Record<string, unknown>) => void): Uint8Array => {
      const stored = JSON.parse(writeRoundFile(round)) as { files: Record<string, unknown>[] };
      change(stored.files[0]!.word as Record<string, unknown>);
      return strToU8(JSON.stringify(stored));
    };
    const report = (word: Record<string, unknown>) => word.report as Record<string, unknown>;

    it.each([
      [
        'too many items',
        (word: Record<string, unknown>) => {
          const items = report(word).items as unknown[];
          report(word).items = Array.from({ length: MAX_REPORT_ITEMS + 1 }, () => items[0]);
        },
      ],
      [
        'a text too long',
        (word: Record<string, unknown>) => {
          (report(word).items as { text: string }[])[0]!.text = 'x'.repeat(
            MAX_REPORT_TEXT_LENGTH + 1,
          );
        },
      ],
      [
        'an unknown kind',
        (word: Record<string, unknown>) => {
          (report(word).items as { kind: string }[])[0]!.kind = 'script';
        },
      ],
      [
        'an unknown key',
        (word: Record<string, unknown>) => {
          word.html = '<img src=x onerror=alert(1)>';
        },
      ],
      [
        'counts below the items kept',
        (word: Record<string, unknown>) => {
          word.counts = { unread: 0, guess: 0, cut: 0, notes: 0 };
        },
      ],
      [
        'not an object',
        (word: Record<string, unknown>) => {
          report(word).items = 'nhiều';
        },
      ],
    ])('%s: that plan becomes an unreadable file, the round opens', (_what, change) => {
      const opened = readRoundFile(withWord(change));
      expect(opened.ok).toBe(true);
      if (!opened.ok) return;
      const [word, json] = opened.round.files;
      expect(word?.kind).toBe('unreadable');
      expect(word?.kind === 'unreadable' && word.message).toMatch(
        /^Báo cáo đọc tệp Word của kế hoạch này trong tệp tổng hợp bị hỏng hoặc vượt giới hạn/,
      );
      expect(json?.kind).toBe('plan');
    });

    it('a key reaching a prototype refuses the round, as elsewhere in the file', () => {
      const text = writeRoundFile(round).replace(
        '"rowsByArea": {',
        '"rowsByArea": {\n"__proto__": { "polluted": 1 },',
      );
      const opened = readRoundFile(strToU8(text));
      expect(opened.ok).toBe(false);
      expect(!opened.ok && opened.message).toMatch(/tên trường không được phép/);
      expect(({} as { polluted?: number }).polluted).toBeUndefined();
    });

    it('areas not of the plan’s template are dropped', () => {
      const opened = readRoundFile(
        withWord((word) => {
          report(word).rowsByArea = { 'the-che': 2, 'khong-co': 9 };
        }),
      );
      const file = opened.ok ? opened.round.files[0] : undefined;
      const rows = file?.kind === 'plan' ? file.word?.report.rowsByArea : undefined;
      expect(rows?.['the-che']).toBe(2);
      expect(rows && Object.hasOwn(rows, 'khong-co')).toBe(false);
    });
  });
});
