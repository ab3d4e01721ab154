/**
 * The 2021–2030 programme as a second outline template: its page, a plan started on it (a UBND
 * xã, which only the programme has), and that the builder, the checker and the exports follow the
 * plan's template.
 */
import { expect, test } from './fixtures.ts';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { BuilderPage } from './builder-page.ts';
import { expectNoAxeViolations } from './support.ts';

const programmeTitle =
  'Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030 (Nghị quyết 76/NQ-CP ngày 15/7/2021)';

test('the programme page lists its seven areas with anchors the checker cites', async ({
  page,
}) => {
  await page.goto('/chuong-trinh-2021-2030/');
  await expect(page.locator('h3')).toHaveText([
    /^1\. Công tác chỉ đạo, điều hành cải cách hành chính/,
    /^2\. Cải cách thể chế/,
    /^3\. Cải cách thủ tục hành chính/,
    /^4\. Cải cách tổ chức bộ máy hành chính nhà nước/,
    /^5\. Cải cách chế độ công vụ/,
    /^6\. Cải cách tài chính công/,
    /^7\. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số/,
  ]);
  await expect(page.locator('#cac-linh-vuc-7')).toBeVisible();
  await expect(page.locator('#don-vi-lap-ke-hoach')).toHaveText(/Đơn vị lập kế hoạch/);
  await expect(page.locator('main')).toContainText('từ ngày 01/7/2025');
});

test('a new plan proposes the template of its year, and the other stays selectable', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.goto();
  const template = page.getByLabel('Đề cương áp dụng');
  const year = page.getByLabel('Kế hoạch cho năm');
  await expect(template).toHaveAccessibleDescription(
    'Kế hoạch năm 2013–2021 theo Đề cương 2012; từ năm 2022 theo Chương trình 2021–2030.',
  );
  // Next year's plan is proposed, and every year from 2022 is on the programme.
  await expect(year).toHaveValue(String(new Date().getFullYear() + 1));
  await expect(template).toHaveValue('chuong-trinh-2021-2030');
  await year.selectOption('2021');
  await expect(template).toHaveValue('de-cuong-2012');
  await year.selectOption('2022');
  await expect(template).toHaveValue('chuong-trinh-2021-2030');
  // A template the user picks stays picked whatever the year.
  await template.selectOption('de-cuong-2012');
  await year.selectOption('2026');
  await expect(template).toHaveValue('de-cuong-2012');
  await page.getByRole('button', { name: 'Bắt đầu soạn' }).click();
  await expect(page.locator('[data-template]')).toHaveText(
    'Đề cương kèm Công văn 219/SNV-CCHC&ĐT ngày 05/04/2012',
  );
});

test('a UBND xã plan on the programme: builder, checker and exports follow its template', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.goto();
  const template = page.getByLabel('Đề cương áp dụng');
  const unitType = page.getByLabel('Loại đơn vị');
  // UBND xã, phường is a unit type of the programme only.
  await page.getByLabel('Kế hoạch cho năm').selectOption('2021');
  await expect(unitType.locator('option')).toHaveText([
    'Sở, Ban, ngành',
    'UBND huyện, thành phố',
    'UBND tỉnh',
  ]);
  await template.selectOption({ label: programmeTitle });
  await expect(unitType.locator('option')).toHaveText([
    'Sở, Ban, ngành',
    'UBND huyện, thành phố',
    'UBND xã, phường',
    'UBND tỉnh',
  ]);
  await unitType.selectOption({ label: 'UBND xã, phường' });
  await page.getByLabel('Kế hoạch cho năm').selectOption('2026');
  await page.getByRole('button', { name: 'Bắt đầu soạn' }).click();
  await expect(page.locator('.task-list')).toBeVisible();
  await expect(page.locator('[data-template]')).toHaveText(programmeTitle);
  await expect(builder.section('II. Nhiệm vụ').locator('..')).toContainText('Chưa bắt đầu');
  await expectNoAxeViolations(page);

  await builder.openSection('II. Nhiệm vụ');
  await expect(page.getByLabel('1. Công tác chỉ đạo, điều hành cải cách hành chính')).toHaveValue(
    /^- Ban hành kế hoạch cải cách hành chính năm/,
  );
  await page
    .getByLabel('7. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số')
    .fill('- Số hóa hồ sơ một cửa của xã.');
  await page.getByLabel('1. Công tác chỉ đạo, điều hành cải cách hành chính').fill('');
  await builder.saved();
  await page.getByRole('link', { name: /Lưu và về danh sách/ }).click();
  await expect(builder.section('II. Nhiệm vụ').locator('..')).toContainText('Đang soạn');

  await builder.openSection('III. Kế hoạch triển khai');
  const overview = page.getByRole('table', { name: 'Các lĩnh vực và kinh phí dự kiến' });
  await expect(overview.locator('tbody th')).toHaveText([
    'I. Công tác chỉ đạo, điều hành',
    'II. Cải cách thể chế',
    'III. Cải cách thủ tục hành chính',
    'IV. Cải cách tổ chức bộ máy hành chính nhà nước',
    'V. Cải cách chế độ công vụ',
    'VI. Cải cách tài chính công',
    'VII. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
  ]);
  await page.getByRole('link', { name: 'II. Cải cách thể chế' }).click();
  await expect(page.locator('.area-heading')).toHaveText('II. Cải cách thể chế');
  await expect(page.locator('.rows-table')).toContainText('thẩm quyền của UBND cấp xã');

  await page.goto(page.url().replace(/#.*$/, '') + `#/${await builder.draftId()}/ra-soat`);
  await expect(page.locator('.section-title')).toHaveText('Rà soát và xuất');
  // A UBND xã in 2026 is not warned about the district level, and area findings cite the programme.
  await expect(page.locator('main')).not.toContainText('không còn UBND cấp huyện');
  await expect(
    page.locator('.finding-list li', {
      hasText: 'Mục II chưa nêu nhiệm vụ của lĩnh vực “1. Công tác chỉ đạo, điều hành',
    }),
  ).toContainText('Chương trình 2021–2030, lĩnh vực 1');
  await expect(
    page.locator('.finding-citation a[href="/chuong-trinh-2021-2030/#cac-linh-vuc-1"]'),
  ).toHaveCount(1);

  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp kế hoạch để mở lại (.json)' }).click();
  const plan = JSON.parse(readFileSync(await (await json).path(), 'utf8'));
  expect(plan).toMatchObject({
    version: 3,
    template: 'chuong-trinh-2021-2030',
    unit: { type: 'xa' },
    tasks: { 'chinh-phu-so': '- Số hóa hồ sơ một cửa của xã.' },
  });

  const docx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp Word (.docx)' }).click();
  const word = strFromU8(unzipSync(readFileSync(await (await docx).path()))['word/document.xml']!);
  const text = word.replace(/<[^>]+>/g, '');
  expect(text).toContain(
    'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;',
  );
  expect(text).toContain('7. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số');
  expect(text).toContain('VII. Xây dựng và phát triển Chính phủ điện tử, Chính phủ số');
});

test('a plan on the 2012 outline is copied onto the programme, every task in its matching area', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.openExample('UBND huyện Mẫu Sơn, kế hoạch năm 2013');
  await builder.goto();
  const copy = page.getByRole('button', {
    name: 'Sao chép sang Chương trình 2021–2030 từ UBND huyện Mẫu Sơn, kế hoạch năm 2013',
  });
  const original = page.locator('.draft-item', {
    has: page.getByRole('link', { name: 'UBND huyện Mẫu Sơn, kế hoạch năm 2013', exact: true }),
  });
  await expect(original.locator('.draft-meta')).toContainText('26 nhiệm vụ · Đề cương 2012 ·');
  await copy.click();
  await expect(page.locator('[data-template]')).toHaveText(programmeTitle);
  await builder.openSection('III. Kế hoạch triển khai');
  const overview = page.getByRole('table', { name: 'Các lĩnh vực và kinh phí dự kiến' });
  await expect(overview.locator('tfoot td').first()).toHaveText('26');
  await expect(
    overview
      .getByRole('row', { name: /VII\. Xây dựng và phát triển Chính phủ điện tử/ })
      .locator('td')
      .first(),
  ).toHaveText('4');
  // A plan already on the programme has no copy button to it, and says which template it follows.
  await builder.goto();
  await expect(
    page.locator('.draft-item', { hasText: '(Chương trình 2021–2030)' }).locator('.draft-meta'),
  ).toContainText('26 nhiệm vụ · Chương trình 2021–2030 ·');
  await expect(
    page.getByRole('button', { name: /^Sao chép sang Chương trình 2021–2030 từ .*\(Chương trình/ }),
  ).toHaveCount(0);
});
