/**
 * The province's own plan (unit type "tinh", UBND tỉnh): started and worked on in the builder
 * like any plan, with its basis fields named for what they hold, and opened from its example.
 */
import { expect, test } from './fixtures.ts';
import { BuilderPage } from './builder-page.ts';

test('a UBND tỉnh plan is started from the outline and names its basis as the programme above it', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.newDraft('UBND tỉnh');
  // The outline's points for every unit are its starting tasks, as for a Sở or a district.
  await builder.openSection('II. Nhiệm vụ');
  await expect(page.getByLabel('1. Cải cách thể chế')).not.toHaveValue('');
  await builder.backToTaskList();
  await builder.openSection('Thông tin chung');
  await expect(page.getByRole('group', { name: 'Văn bản làm căn cứ' })).toBeVisible();
  await expect(page.getByLabel('Chương trình, kế hoạch CCHC cấp trên làm căn cứ')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Kế hoạch CCHC của tỉnh' })).toHaveCount(0);
  await expect(page.getByLabel('Chức vụ người ký')).toHaveValue('Chủ tịch');
});

test('the province’s example opens and passes the checker', async ({ page }) => {
  const builder = new BuilderPage(page);
  await builder.openExample('UBND tỉnh Mẫu, kế hoạch năm 2013');
  await builder.openSection('Rà soát và xuất');
  for (const severity of ['loi', 'canh-bao', 'goi-y'])
    await expect(page.locator(`.check-summary .finding-${severity}`)).toHaveCount(0);
  await expect(page.locator('.self-score h3')).toContainText('Tự chấm điểm: 3/3 điểm');
});
