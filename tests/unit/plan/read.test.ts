/** Reading files: every kind of bad input gives Vietnamese problems with a place, never an exception. */
import { describe, expect, it } from 'vitest';
import { planToJson } from '../../../src/export/json.ts';
import {
  MAX_FILE_BYTES,
  MAX_LIST_ITEM_LENGTH,
  MAX_LIST_ITEMS,
  MAX_NAME_LENGTH,
  MAX_PROBLEMS,
  MAX_SECTION_TEXT_LENGTH,
  readPlanFile,
  readPlanValue,
  type ReadResult,
} from '../../../src/plan/index.ts';
import { example, changed } from './fixtures.ts';

function problemsOf(result: ReadResult): { path: string; where: string; message: string }[] {
  expect(result.ok).toBe(false);
  for (const problem of result.problems) {
    expect(problem.message.length).toBeGreaterThan(10);
    expect(typeof problem.path).toBe('string');
    expect(problem.where).not.toBe('');
  }
  return [...result.problems];
}

const json = (value: unknown): string => JSON.stringify(value);
const valid = () => JSON.parse(planToJson(example('so'))) as Record<string, unknown>;

describe('readPlanFile on good input', () => {
  it('reads a plan from text, from bytes and from an ArrayBuffer', () => {
    const text = planToJson(example('so'));
    const bytes = new TextEncoder().encode(text);
    for (const input of [text, bytes, bytes.buffer.slice(0)]) {
      const result = readPlanFile(input);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.plan).toEqual(example('so'));
    }
  });

  it('accepts a byte-order mark and UTF-16 saved by Notepad', () => {
    const text = planToJson(example('huyen'));
    expect(readPlanFile(`\uFEFF${text}`).ok).toBe(true);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(readPlanFile(utf16).ok).toBe(true);
  });

  it('normalises text to NFC', () => {
    const decomposed = planToJson(
      changed('so', (p) => (p.unit.name = 'Sở Nội vụ'.normalize('NFD'))),
    );
    const result = readPlanFile(decomposed);
    expect(result.ok && result.plan.unit.name).toBe('Sở Nội vụ'.normalize('NFC'));
  });
});

describe('readPlanFile on bad input', () => {
  it('refuses files over 5 MB before parsing them', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20);
    const [problem] = problemsOf(readPlanFile(big));
    expect(problem?.message).toMatch(/Tệp quá lớn \(5 MB\); giới hạn là 5 MB/);
    // A string counts in UTF-8 bytes: 2 million "ệ" are 6 MB although only 2 million characters.
    expect(problemsOf(readPlanFile('ệ'.repeat(2_000_000)))[0]?.message).toMatch(/quá lớn/);
  });

  it('says where malformed JSON breaks', () => {
    const [problem] = problemsOf(
      readPlanFile('{\n  "format": "ke-hoach-cchc",\n  "version": 1,,\n}'),
    );
    expect(problem?.message).toMatch(/không phải JSON hợp lệ \(lỗi cú pháp ở dòng 3, cột 16\)/);
    expect(problem?.path).toBe('');
    expect(problemsOf(readPlanFile('{"format": "ke-hoach'))[0]?.message).toMatch(/bị cắt ngắn/);
  });

  it('recognises empty files and files of the wrong kind', () => {
    expect(problemsOf(readPlanFile('   \n'))[0]?.message).toMatch(/Tệp rỗng/);
    expect(problemsOf(readPlanFile(new Uint8Array([0x50, 0x4b, 3, 4, 0])))[0]?.message).toMatch(
      /Word \.docx hoặc Excel/,
    );
    expect(problemsOf(readPlanFile('%PDF-1.7'))[0]?.message).toMatch(/tệp PDF/);
    expect(problemsOf(readPlanFile(new Uint8Array([0xc3, 0x28])))[0]?.message).toMatch(
      /không phải văn bản UTF-8/,
    );
    expect(problemsOf(readPlanFile(42 as unknown as string))[0]?.message).toMatch(
      /Không có nội dung/,
    );
  });

  it('refuses JSON that is not a plan', () => {
    expect(problemsOf(readPlanFile('[1, 2]'))[0]?.message).toMatch(
      /bắt đầu bằng “\{”, nhưng đang là một danh sách/,
    );
    expect(problemsOf(readPlanFile('{"a": 1}'))[0]).toMatchObject({
      path: 'format',
      message: expect.stringMatching(/thiếu trường “format”/),
    });
    expect(problemsOf(readPlanFile(json({ format: 'docx', version: 1 })))[0]?.message).toMatch(
      /“format” là văn bản “docx”/,
    );
    expect(problemsOf(readPlanFile(json({ format: 'ke-hoach-cchc' })))[0]).toMatchObject({
      path: 'version',
    });
    expect(
      problemsOf(readPlanFile(json({ format: 'ke-hoach-cchc', version: '1' })))[0]?.message,
    ).toMatch(/phải là một số nguyên/);
    expect(
      problemsOf(readPlanFile(json({ format: 'ke-hoach-cchc', version: -1 })))[0]?.message,
    ).toMatch(/Không có định dạng/);
  });

  it('refuses a newer version rather than guessing', () => {
    const [problem] = problemsOf(readPlanFile(json({ ...valid(), version: 4 })));
    expect(problem).toMatchObject({ path: 'version', where: 'Trường “version”' });
    expect(problem?.message).toMatch(
      /phiên bản mới hơn .*phiên bản 4.*chỉ đọc được đến phiên bản 3/,
    );
  });

  it('refuses __proto__, constructor and prototype keys anywhere, without polluting anything', () => {
    const text = planToJson(example('so'))
      .replace('"unit": {', '"unit": {"__proto__": {"polluted": true},')
      .replace(
        '"objectives": [',
        '"constructor": {"prototype": {"polluted": true}}, "objectives": [',
      );
    const problems = problemsOf(readPlanFile(text));
    expect(problems.map((p) => p.path)).toEqual(['constructor', 'unit.__proto__']);
    expect(problems[0]?.message).toMatch(/Tên trường “constructor” không được phép/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(problemsOf(readPlanFile('{"\\u005f_proto__": 1}'))[0]?.path).toBe('__proto__');
  });

  it('lists each wrong type and missing field with its place, in Vietnamese', () => {
    const plan = valid();
    const rows = plan.rows as Record<string, unknown>[];
    rows[3] = {
      ...rows[3],
      budgetVnd: 1.5,
      from: { month: 13, year: 2013 },
      leadUnit: 7,
      extra: true,
    };
    delete (plan.document as Record<string, unknown>).issueDate;
    plan.planYear = '2013';
    const problems = problemsOf(readPlanFile(json(plan)));
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byPath['planYear']?.message).toBe(
      'Phải là một số nguyên, nhưng đang là văn bản “2013”.',
    );
    expect(byPath['document.issueDate']).toMatchObject({
      where: 'Thông tin văn bản, Ngày ban hành',
    });
    expect(byPath['document.issueDate']?.message).toMatch(
      /^Thiếu trường này; cần .*\(hoặc null khi chưa có\)/,
    );
    expect(byPath['rows[3].budgetVnd']?.message).toMatch(
      /Phải là số nguyên, không có phần thập phân \(đang là số 1,5\)/,
    );
    expect(byPath['rows[3].budgetVnd']?.where).toBe(
      'Mục III. Kế hoạch triển khai, dòng 4 của bảng, Kinh phí dự kiến (VNĐ)',
    );
    expect(byPath['rows[3].from.month']?.message).toBe('Không được lớn hơn 12 (đang là 13).');
    expect(byPath['rows[3].leadUnit']?.message).toMatch(/nhưng đang là số 7/);
    expect(byPath['rows[3].extra']?.message).toMatch(/Trường “extra” không có trong định dạng/);
  });

  it('checks dates, enums, ids and uniqueness of row ids', () => {
    const plan = valid();
    (plan.document as Record<string, unknown>).issueDate = '2013-02-30';
    (plan.document as Record<string, unknown>).signingForm = 'KT';
    const rows = plan.rows as Record<string, unknown>[];
    rows[2] = { ...rows[2], id: 'có dấu', areaId: 'the-thao' };
    const byPath = Object.fromEntries(
      problemsOf(readPlanFile(json(plan))).map((p) => [p.path, p.message]),
    );
    expect(byPath['document.issueDate']).toMatch(/ngày có thật.*"2012-12-25"/);
    expect(byPath['document.signingForm']).toMatch(/chọn một trong: “”, “KT\.”, “TM\.”/);
    expect(byPath['rows[2].id']).toMatch(/chữ cái không dấu/);
    expect(byPath['rows[2].areaId']).toMatch(/“the-che”/);
  });

  it('refuses two rows with the same id', () => {
    const plan = valid();
    const rows = plan.rows as Record<string, unknown>[];
    rows[4] = { ...rows[4], id: rows[1]?.id };
    const [problem] = problemsOf(readPlanFile(json(plan)));
    expect(problem).toMatchObject({
      path: 'rows[4].id',
      message: expect.stringMatching(/trùng với dòng 2 của bảng/),
    });
  });

  it('keeps the list of problems readable for badly broken files', () => {
    const plan = valid();
    plan.rows = Array.from({ length: 200 }, () => ({ id: 1 }));
    const problems = problemsOf(readPlanFile(json(plan)));
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems.at(-1)?.message).toMatch(/^Còn \d+ vấn đề khác/);
  });

  it('survives deep nesting', () => {
    const deep = `{"format":"ke-hoach-cchc","version":1,"unit":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(problemsOf(readPlanFile(deep))[0]?.message).toMatch(/lồng nhau quá nhiều tầng/);
  });
});

describe('text over its limit', () => {
  it('is accepted up to the limit', () => {
    const plan = valid() as ReturnType<typeof example>;
    plan.rows[0]!.leadUnit = 'P'.repeat(MAX_NAME_LENGTH);
    plan.objectives = Array.from({ length: MAX_LIST_ITEMS }, () =>
      'M'.repeat(MAX_LIST_ITEM_LENGTH),
    );
    plan.organisation.funding = 'K'.repeat(MAX_SECTION_TEXT_LENGTH);
    expect(readPlanFile(json(plan)).ok).toBe(true);
  });

  it('is an ordinary field problem, with its path, naming the field and the limit', () => {
    const plan = valid() as ReturnType<typeof example>;
    plan.rows[0]!.leadUnit = ' '.repeat(100_000);
    plan.unit.name = 'Sở '.repeat(200);
    plan.objectives = Array.from({ length: MAX_LIST_ITEMS + 1 }, () => 'Mục tiêu');
    plan.rows[1]!.products = ['S'.repeat(MAX_LIST_ITEM_LENGTH + 1)];
    plan.tasks['the-che'] = 'x'.repeat(MAX_SECTION_TEXT_LENGTH + 1);
    for (const result of [readPlanFile(json(plan)), readPlanValue(plan)]) {
      const problems = problemsOf(result);
      expect(problems.map(({ path, message }) => ({ path, message }))).toEqual([
        {
          path: 'unit.name',
          message:
            '“Tên cơ quan, đơn vị ban hành” dài 600 ký tự, quá giới hạn 300 ký tự: hãy rút gọn lại.',
        },
        {
          path: 'objectives',
          message: '“Mục I. Mục tiêu” có 51 mục, quá giới hạn 50 mục: hãy gộp hoặc bỏ bớt.',
        },
        {
          path: 'tasks.the-che',
          message:
            '“Mục II, 1. Cải cách thể chế” dài 20.001 ký tự, quá giới hạn 20.000 ký tự: hãy rút gọn lại.',
        },
        {
          path: 'rows[0].leadUnit',
          message: '“Cơ quan chủ trì” dài 100.000 ký tự, quá giới hạn 300 ký tự: hãy rút gọn lại.',
        },
        {
          path: 'rows[1].products[0]',
          message: '“Sản phẩm” dài 501 ký tự, quá giới hạn 500 ký tự: hãy rút gọn lại.',
        },
      ]);
    }
  });
});

describe('readPlanValue', () => {
  it('reads an already parsed plan and refuses values that loop', () => {
    expect(readPlanValue(valid()).ok).toBe(true);
    const loop: Record<string, unknown> = { format: 'ke-hoach-cchc', version: 1 };
    loop.unit = loop;
    expect(problemsOf(readPlanValue(loop))[0]?.message).toMatch(/tự tham chiếu/);
    expect(problemsOf(readPlanValue(undefined))[0]?.message).toMatch(/không có/);
  });
});

describe('a list far longer than any plan has', () => {
  it('is refused before validation, naming the field (a million objectives)', () => {
    const plan = valid();
    plan.objectives = Array.from({ length: 1_000_000 }, () => 'M');
    const problems = problemsOf(readPlanFile(json(plan)));
    expect(problems).toEqual([
      {
        path: 'objectives',
        where: 'Mục I. Mục tiêu',
        message: '“Mục I. Mục tiêu” có 1.000.000 mục, quá giới hạn 50 mục: hãy gộp hoặc bỏ bớt.',
      },
    ]);
  });

  it('is refused from its length alone, without reading its items', () => {
    let itemsRead = 0;
    const items = new Proxy(
      Array.from({ length: 100_000 }, () => 'Sở Tư pháp'),
      {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) itemsRead++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      },
    );
    const plan = valid() as { document: { recipients: unknown } };
    plan.document.recipients = items;
    const problems = problemsOf(readPlanValue(plan));
    expect(problems.map((problem) => problem.path)).toEqual(['document.recipients']);
    expect(problems[0]?.message).toMatch(/^“Nơi nhận” có 100\.000 mục, quá giới hạn 50 mục/);
    expect(itemsRead).toBe(0);
  });

  it('is refused anywhere, even under a field the plan does not have', () => {
    const plan = valid() as Record<string, unknown>;
    plan.extra = { list: new Array(100_000).fill(0) };
    const problems = problemsOf(readPlanFile(json(plan)));
    expect(problems.map((problem) => problem.path)).toEqual(['extra.list']);
  });

  it('still goes to validation when only a little over its limit, with every other problem', () => {
    const plan = valid() as ReturnType<typeof example>;
    plan.objectives = Array.from({ length: MAX_LIST_ITEMS * 2 }, () => 'Mục tiêu');
    plan.planYear = 2103;
    const problems = problemsOf(readPlanValue(plan));
    expect(problems.map((problem) => problem.path)).toEqual(['planYear', 'objectives']);
  });
});
