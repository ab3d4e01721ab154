/**
 * A unit's Word plan opened in the builder (issue 14): a preview of what was read and what was
 * not, then a draft with the checker's findings; bad Word files answered in Vietnamese.
 */
import { expect, test } from './fixtures.ts';
import { BuilderPage } from './builder-page.ts';
import { expectNoAxeViolations } from './support.ts';
import { districtWordPlan, docFile, p, wordFile } from '../unit/import/word-files.ts';

const OPEN_LABEL = 'Chọn tệp kế hoạch (.json hoặc .docx)';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const districtPlan = async () => Buffer.from(await districtWordPlan());

test('a Word plan opens in a preview of what was read, then as a draft with its findings', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.goto();
  await page.getByLabel(OPEN_LABEL).setInputFiles({
    name: 'KH-CCHC-2014-huyen-mau-son.docx',
    mimeType: DOCX_TYPE,
    buffer: await districtPlan(),
  });
  const preview = page.locator('.word-import');
  await expect(
    preview.getByRole('heading', { name: 'Xem trước kế hoạch đọc từ Word' }),
  ).toBeFocused();
  await expect(preview.locator('.summary-list')).toContainText('UBND huyện Mẫu Sơn');
  await expect(preview.locator('.summary-list')).toContainText('Năm 2014, số 30/KH-UBND');
  await expect(preview.locator('.summary-list')).toContainText('3 nhiệm vụ');
  const areas = preview.getByRole('table', { name: 'Số nhiệm vụ đọc được theo lĩnh vực' });
  await expect(areas.getByRole('row', { name: /Cải cách thể chế 2$/i })).toBeVisible();
  await expect(areas.getByRole('row', { name: /Cải cách thủ tục hành chính 1$/i })).toBeVisible();
  // The merged general task reaches both rows; the inexact time and the budget in words are kept.
  const rows = preview.getByRole('table', { name: 'Các nhiệm vụ đọc được' });
  await expect(rows.locator('tbody tr')).toHaveCount(3);
  const notes = preview.locator('details', { hasText: 'Đưa vào cột Ghi chú' });
  await notes.locator('summary').click();
  await expect(notes).toContainText('Thường xuyên');
  await expect(notes).toContainText('Lồng ghép');
  await expectNoAxeViolations(page);
  expect(await builder.storedDrafts()).toEqual({});

  await page.getByRole('button', { name: 'Tạo bản nháp từ kế hoạch này' }).click();
  await expect(page.locator('.task-list')).toBeVisible();
  await expect(page.locator('.draft-title')).toContainText('UBND huyện Mẫu Sơn');
  await builder.openReview();
  // The checker runs on the draft as on any plan: areas the file has no task for are named.
  await expect(page.locator('.check-summary')).toContainText(/lỗi|cảnh báo/);
});

test('a Word file that cannot be read says why in Vietnamese and opens nothing', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.goto();
  const open = page.getByLabel(OPEN_LABEL);
  await open.setInputFiles({
    name: 'ke-hoach-cu.doc',
    mimeType: 'application/msword',
    buffer: Buffer.from(docFile()),
  });
  await expect(page.getByRole('alert')).toContainText('Không mở được tệp “ke-hoach-cu.doc”');
  await expect(page.getByRole('alert')).toContainText('hãy mở bằng Word và lưu thành .docx');

  await open.setInputFiles({
    name: 'hong.docx',
    mimeType: DOCX_TYPE,
    buffer: Buffer.from('PK\u0003\u0004 không phải tệp nén thật'),
  });
  await expect(page.getByRole('alert')).toContainText('Không mở được tệp “hong.docx”');

  // A Word file with no plan table in it.
  const letter = Buffer.from(await wordFile([{ children: [p('Kính gửi: Sở Nội vụ')] }]));
  await open.setInputFiles({ name: 'cong-van.docx', mimeType: DOCX_TYPE, buffer: letter });
  await expect(page.getByRole('alert')).toContainText('Không tìm thấy bảng nhiệm vụ');
  await expect(page.locator('.word-import')).toHaveCount(0);
  expect(await builder.storedDrafts()).toEqual({});

  // Cancelling a preview goes back to the list and saves nothing.
  await open.setInputFiles({
    name: 'ke-hoach.docx',
    mimeType: DOCX_TYPE,
    buffer: await districtPlan(),
  });
  await page.getByRole('button', { name: 'Hủy, không tạo bản nháp' }).click();
  await expect(page.getByLabel(OPEN_LABEL)).toBeVisible();
  expect(await builder.storedDrafts()).toEqual({});
});
