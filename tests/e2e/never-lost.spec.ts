/**
 * Issue 10, section 1: a typo never costs a draft. The builder answers a value the plan file
 * cannot hold at its field and keeps the draft valid; a draft or file that holds such values
 * anyway opens in a repair view; a malformed address still opens the builder.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import { BuilderPage } from './builder-page.ts';
import { expectNoAxeViolations } from './support.ts';

const example = JSON.parse(
  readFileSync(
    new URL('../../content/examples/so-noi-vu-tinh-mau-2013.json', import.meta.url),
    'utf8',
  ),
);
/** The example with the typos of the issue: a year 2103 and a budget of 2,000 billion đồng. */
const withTypos = () => {
  const plan = structuredClone(example);
  plan.rows[0].to.year = 2103;
  plan.rows[1].budgetVnd = 2_000_000_000_000;
  return plan;
};

async function openFirstTask(page: Page) {
  const builder = new BuilderPage(page);
  const id = await builder.openExample('Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013');
  await builder.editTask('I. Cải cách thể chế', 1);
  return { builder, id };
}

/** Back to the list after a reload, then the draft again: it must open as a normal draft. */
async function reopen(page: Page, builder: BuilderPage, id: string) {
  await builder.goto('#/');
  await page.reload();
  await expect(page.locator('.builder[data-ready="true"]')).toBeVisible();
  const list = page.locator('.draft-list');
  await expect(
    list.getByRole('link', { name: 'Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013' }),
  ).toBeVisible();
  await list.getByRole('link', { name: 'Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013' }).click();
  await expect(page.locator('.task-list')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/${id}$`));
  await builder.goto('#/');
  await expect(page.getByRole('heading', { name: 'Dữ liệu không đọc được' })).toHaveCount(0);
}

test('the year 2103 typed for 2013 is answered at its field and the draft is kept', async ({
  page,
}) => {
  test.slow(); // the example, an axe run, a reload and the draft opened again
  const { builder, id } = await openFirstTask(page);
  const group = page.getByRole('group', { name: 'Thời gian thực hiện: đến' });
  const year = group.getByLabel('Năm');
  await year.fill('2103');
  const message = group.locator('.field-error-message');
  await expect(message).toHaveText('Lỗi: Không được lớn hơn 2100 (đang là 2103).');
  await expect(year).toHaveValue('2103');
  await expect(year).toHaveAttribute(
    'aria-describedby',
    await message.getAttribute('id').then(String),
  );
  await expect(group).toHaveAttribute('aria-describedby', /-error$/);
  await group.screenshot({ path: test.info().outputPath('never-lost-year.png') });
  await expectNoAxeViolations(page);
  // Nothing to save: the plan kept its valid year.
  await expect(page.locator('[data-save-status="idle"]')).toBeAttached();
  const record = await builder.storedRecord(id);
  expect(JSON.stringify(record?.plan)).not.toContain('2103');
  await reopen(page, builder, id);
});

test('a budget of 2.000.000.000.000 đ is answered at its field and the draft is kept', async ({
  page,
}) => {
  const { builder, id } = await openFirstTask(page);
  const budget = page.getByLabel('Kinh phí dự kiến (VNĐ)');
  await budget.fill('2000000000000');
  await expect(budget).toHaveValue('2.000.000.000.000');
  const group = page.locator('.field', { has: budget });
  await expect(group.locator('.field-error-message')).toContainText(
    'Không được lớn hơn 1.000.000.000.000 đ (đang là 2.000.000.000.000 đ).',
  );
  await expect(budget).toHaveAttribute('aria-describedby', /-error/);
  await group.screenshot({ path: test.info().outputPath('never-lost-budget.png') });
  // Correcting it takes the message away and keeps the value.
  await budget.fill('200000000');
  await expect(group.locator('.field-error-message')).toHaveCount(0);
  await builder.saved();
  expect((await builder.storedRecord(id))?.plan.rows).toContainEqual(
    expect.objectContaining({ budgetVnd: 200_000_000 }),
  );
  await reopen(page, builder, id);
});

test('a saved draft the reader refuses opens in repair and is a normal draft after', async ({
  page,
}) => {
  test.slow(); // a stored draft, the repair, an axe run and a reload
  const builder = new BuilderPage(page);
  await builder.goto();
  await builder.storeDraft('ban-cu', 'Bản cũ có lỗi gõ', withTypos());
  await page.reload();
  await page.getByRole('link', { name: 'Bản cũ có lỗi gõ' }).click();
  await expect(page.getByRole('heading', { name: 'Sửa dữ liệu trước khi mở' })).toBeVisible();
  // GOV.UK's error summary: the box takes focus, its live role is on a child.
  const summary = page.locator('.repair .error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('alert')).toContainText('có 2 giá trị ngoài giới hạn');
  await expect(summary).toContainText('có 2 giá trị ngoài giới hạn');
  // Each problem links to its field.
  await summary
    .getByRole('link', {
      name: /dòng 1, Thời gian thực hiện \(đến\), năm: Không được lớn hơn 2100/,
    })
    .click();
  const year = page.getByRole('textbox', { name: /dòng 1, Thời gian thực hiện \(đến\), năm$/ });
  await expect(year).toBeFocused();
  await expect(year).toHaveValue('2103');
  await page.screenshot({ path: test.info().outputPath('never-lost-repair.png'), fullPage: true });
  await expectNoAxeViolations(page);
  await year.fill('2013');
  // Amounts are grouped as the builder's own amount field shows them.
  const budget = page.getByRole('textbox', { name: /dòng 2, Kinh phí dự kiến \(VNĐ\)$/ });
  await expect(budget).toHaveValue('2.000.000.000.000');
  await page.getByRole('button', { name: 'Dùng giá trị đề xuất: 1.000.000.000.000 đ' }).click();
  await expect(budget).toHaveValue('1.000.000.000.000');
  await page.getByRole('button', { name: 'Lưu và mở bản nháp' }).click();
  await expect(page.locator('.task-list')).toBeVisible();
  await expect(page.locator('.draft-title')).toContainText('Bản cũ có lỗi gõ');
  const record = await builder.storedRecord('ban-cu');
  const rows = record?.plan.rows as { to: { year: number }; budgetVnd: number }[];
  expect([rows[0]!.to.year, rows[1]!.budgetVnd]).toEqual([2013, 1_000_000_000_000]);
  await page.reload();
  await expect(page.locator('.task-list')).toBeVisible();
});

test('a plan file with values out of range opens in repair, then as a new draft', async ({
  page,
}) => {
  const builder = new BuilderPage(page);
  await builder.goto();
  await page.getByLabel('Chọn tệp kế hoạch (.json hoặc .docx)').setInputFiles({
    name: 'KH-CCHC-2013.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(withTypos())),
  });
  await expect(page.getByRole('heading', { name: 'Sửa dữ liệu trước khi mở' })).toBeVisible();
  await expect(page.locator('.repair')).toContainText('Tệp “KH-CCHC-2013.json” có 2 giá trị');
  await page.getByRole('button', { name: 'Dùng mọi giá trị đề xuất' }).click();
  await page.getByRole('button', { name: 'Lưu và mở bản nháp' }).click();
  await expect(page.locator('.task-list')).toBeVisible();
  await expect(page.locator('.draft-title')).toContainText('Sở Nội vụ');
  const record = await builder.storedRecord(await builder.draftId());
  expect((record?.plan.rows as { to: { year: number } }[])[0]!.to.year).toBe(2100);
});

for (const hash of ['#/%', '#/%E0%A4%A']) {
  test(`a malformed address (${hash}) opens the draft list`, async ({ page }) => {
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`/ke-hoach/${hash}`);
    await expect(page.locator('.builder[data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Soạn kế hoạch mới' })).toBeVisible();
    expect(errors).toEqual([]);
  });
}
