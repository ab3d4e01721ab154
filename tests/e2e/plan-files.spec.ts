import { expect, test } from './fixtures.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuilderPage } from './builder-page.ts';

const example = readFileSync(
  new URL('../../content/examples/so-noi-vu-tinh-mau-2013.json', import.meta.url),
);

const badFiles = [
  {
    name: 'ghi-chu.txt',
    content: Buffer.from('Kế hoạch năm 2013: xem tệp Word'),
    says: 'không phải JSON hợp lệ',
  },
  {
    name: 'cau-hinh.json',
    content: Buffer.from('{"ten": "không phải kế hoạch"}'),
    says: 'Đây không phải tệp kế hoạch CCHC',
  },
  {
    name: 'ban-moi.json',
    content: Buffer.from(JSON.stringify({ format: 'ke-hoach-cchc', version: 99 })),
    says: 'phiên bản mới hơn',
  },
  { name: 'rat-lon.json', content: Buffer.alloc(6 * 1024 * 1024, 32), says: 'Tệp quá lớn' },
  {
    name: 'ke-hoach.docx',
    content: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200)]),
    // Opening reads Word plans (and says this one is no Word document); merging takes plan files.
    says: 'không phải văn bản Word',
    mergeSays: 'tệp Word .docx',
  },
];

test('a plan file opens as a new draft and leaves the others alone', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.newDraft();
  await builder.goto();
  const before = await builder.storedDrafts();
  await page.getByLabel('Chọn tệp kế hoạch (.json hoặc .docx)').setInputFiles({
    name: 'KH-CCHC-2013-so-noi-vu.json',
    mimeType: 'application/json',
    buffer: example,
  });
  await expect(page.locator('.task-list')).toBeVisible();
  await expect(page.locator('.draft-title')).toContainText('Sở Nội vụ');
  const after = await builder.storedDrafts();
  expect(Object.keys(after)).toHaveLength(2);
  for (const [key, value] of Object.entries(before)) expect(after[key]).toBe(value);
});

test('a plan file dropped on the page opens too', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.goto();
  await builder.dropFiles('Chọn tệp kế hoạch (.json hoặc .docx)', [
    { name: 'KH-CCHC-2013-so-noi-vu.json', type: 'application/json', text: example.toString() },
  ]);
  await expect(page.locator('.task-list')).toBeVisible();
  await expect(page.locator('.draft-title')).toContainText('Sở Nội vụ');
});

test('a dropped file of another type, or several files, are refused by name and open nothing', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.newDraft();
  await builder.goto();
  const before = await builder.storedDrafts();
  const plan = example.toString();
  await builder.dropFiles('Chọn tệp kế hoạch (.json hoặc .docx)', [
    { name: 'bang-tinh.xlsx', text: 'PK' },
  ]);
  await expect(page.getByRole('alert')).toHaveText(
    'Không nhận tệp “bang-tinh.xlsx”: ở đây chỉ nhận tệp .json, .docx, .doc.',
  );
  await builder.dropFiles('Chọn tệp kế hoạch (.json hoặc .docx)', [
    { name: 'bao-cao.pdf', type: 'application/pdf', text: '%PDF' },
    { name: 'so-noi-vu.json', type: 'application/json', text: plan },
    { name: 'phong-khac.json', type: 'application/json', text: plan },
  ]);
  await expect(page.getByRole('alert')).toHaveText(
    'Không nhận tệp “bao-cao.pdf”: ở đây chỉ nhận tệp .json, .docx, .doc. ' +
      'Mỗi lần chỉ nhận một tệp, nên chưa lấy “so-noi-vu.json”, “phong-khac.json”: hãy thả từng tệp một.',
  );
  expect(await builder.storedDrafts()).toEqual(before);

  // One plan file, without a MIME type (some systems give none for a .json), is taken by its name.
  await builder.dropFiles('Chọn tệp kế hoạch (.json hoặc .docx)', [
    { name: 'so-noi-vu.json', text: plan },
  ]);
  await expect(page.locator('.draft-title')).toContainText('Sở Nội vụ');
  expect(Object.keys(await builder.storedDrafts())).toHaveLength(2);
});

test('opening a bad file is refused in Vietnamese and changes no draft, whichever the file', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.newDraft();
  await builder.goto();
  const before = await builder.storedDrafts();
  // One after another in the same list, as the merge's test below does: each answer names its file.
  for (const bad of badFiles) {
    await test.step(bad.name, async () => {
      await page.getByLabel('Chọn tệp kế hoạch (.json hoặc .docx)').setInputFiles({
        name: bad.name,
        mimeType: 'application/octet-stream',
        buffer: bad.content,
      });
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`Không mở được tệp “${bad.name}”`);
      await expect(alert).toContainText(bad.says);
      expect(await builder.storedDrafts()).toEqual(before);
      await expect(page.locator('.draft-item')).toHaveCount(1);
    });
  }
});

test.describe('merging rows from another file', () => {
  test('a preview flags duplicates, the merge adds the rest, and one undo takes it back', async ({
    page,
  }) => {
    const builder = new BuilderPage(page);
    await builder.openExample('Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013');
    await builder.openSection('III. Kế hoạch triển khai');
    const plan = JSON.parse(example.toString());
    plan.rows[0].specificTask = 'Rà soát thêm các văn bản của phòng Công chức';
    plan.objectives.push('Mỗi phòng có ít nhất một sáng kiến cải cách hành chính');
    await page.getByLabel('Chọn tệp để gộp').setInputFiles({
      name: 'phong-cong-chuc.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(plan)),
    });
    const preview = page.getByRole('table', { name: /Xem trước: 26 nhiệm vụ/ });
    await expect(preview.locator('.merge-flag')).toHaveCount(25);
    await expect(page.getByRole('button', { name: 'Gộp 1 nhiệm vụ' })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Thêm nhiệm vụ 2 của tệp' }).check();
    await page.getByRole('button', { name: 'Gộp 2 nhiệm vụ' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Đã gộp 2 nhiệm vụ và 1 mục tiêu' }),
    ).toBeVisible();
    await expect(page.locator('tfoot td').first()).toHaveText('28');
    await page.getByRole('button', { name: 'Hoàn tác gộp' }).click();
    await expect(page.locator('tfoot td').first()).toHaveText('26');
  });

  test('a bad file to merge is refused in Vietnamese and the draft stays as it was', async ({
    page,
  }) => {
    const builder = new BuilderPage(page);
    await builder.openExample('Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013');
    await builder.openSection('III. Kế hoạch triển khai');
    const id = await builder.draftId();
    const before = await builder.storedRecord(id);
    for (const bad of badFiles) {
      await page.getByLabel('Chọn tệp để gộp').setInputFiles({
        name: bad.name,
        mimeType: 'application/octet-stream',
        buffer: bad.content,
      });
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`Không gộp được tệp “${bad.name}”`);
      await expect(alert).toContainText(bad.mergeSays ?? bad.says);
    }
    await expect(page.locator('tfoot td').first()).toHaveText('26');
    expect(await builder.storedRecord(id)).toEqual(before);
  });
});

test('the plan prints like the Word file: A4 portrait, then the table on landscape pages', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.openExample('Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013');
  await builder.openSection('Rà soát và xuất');
  await expect(page.getByRole('button', { name: 'In hoặc lưu PDF' })).toBeVisible();
  await expect(page.locator('.print-document')).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const boxes = [...pdf.toString('latin1').matchAll(/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/g)].map(
    (m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'),
  );
  expect(boxes[0]).toBe('portrait');
  expect(boxes.at(-1)).toBe('landscape');
  const file = join(mkdtempSync(join(tmpdir(), 'ban-in-')), 'ke-hoach.pdf');
  writeFileSync(file, pdf);
  const text = (from: number, to = from) =>
    execFileSync('pdftotext', ['-f', `${from}`, '-l', `${to}`, file, '-'], { encoding: 'utf8' });
  expect(text(1)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text(1)).toContain('KẾ HOẠCH');
  expect(text(1)).not.toContain('Rà soát và xuất');
  const annexPages = boxes.flatMap((kind, index) => (kind === 'landscape' ? [index + 1] : []));
  for (const pageNumber of annexPages) expect(text(pageNumber)).toContain('Nhiệm vụ chung');
  expect(text(annexPages[0]!, annexPages.at(-1)!)).toContain('1.517.000.000');
});
