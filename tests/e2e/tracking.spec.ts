/**
 * Carrying the plan out (issue 11): "Theo dõi thực hiện" marks each task, from the keyboard, and
 * its figures, bars and filters follow; every mark is saved, undoable and read back. "Lập báo cáo"
 * shows the period's figures and drafted text and downloads the report.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { BuilderPage } from './builder-page.ts';
import { expectNoAxeViolations } from './support.ts';

const example = 'UBND huyện Mẫu Sơn, kế hoạch năm 2013';
const firstTask = /^1\. Ban hành văn bản quy phạm pháp luật của UBND huyện/;
const secondTask = /^2\. Kiểm tra, rà soát văn bản quy phạm pháp luật/;
const thirdTask = /^3\. Ban hành Quy chế phối hợp/;

/** Whether the page scrolls sideways. */
const overflows = (builder: BuilderPage) =>
  builder.page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );

test('tasks are marked from the keyboard; figures, bars and filters follow; undo and reload keep it', async ({
  page,
}) => {
  test.slow(); // a dozen marks and filters by keyboard, and a reload, on a busy 2-core machine
  const builder = new BuilderPage(page);
  const id = await builder.openExample(example);
  await builder.openSection('Theo dõi thực hiện');
  const figures = builder.trackingFigures();
  const area = builder.trackingFigures('I. Cải cách thể chế');
  await expect(figures).toHaveText(/^Đã hoàn thành 0\/26 nhiệm vụ \(0%\)/);
  await expect(builder.trackingFilter('Chưa cập nhật')).toHaveText('Chưa cập nhật (26)');

  // Done: the details open below, with the cut-off's month (14/12/2013: past the plan's year).
  const first = builder.taskStatus(firstTask);
  await builder.tabTo(first);
  await builder.chooseStatusByKeyboard(first, 'Đã hoàn thành');
  await expect(figures).toHaveText(/^Đã hoàn thành 1\/26 nhiệm vụ \(3,8%\): đúng hạn 1, chậm 0/);
  await expect(page.locator('.tracking > .figures progress')).toHaveJSProperty('value', 1);
  await expect(area).toHaveText(/^Đã hoàn thành 1\/3 nhiệm vụ \(33,3%\)/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Đóng chi tiết nhiệm vụ 1' })).toBeFocused();
  await page.keyboard.press('Tab');
  const when = page.getByLabel('Thời điểm hoàn thành');
  await expect(when).toBeFocused();
  await expect(when).toHaveValue('12/2013');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Quyết định số 15/QĐ-UBND');

  // Dropped: out of the rate's denominator, with its reason asked for.
  const second = builder.taskStatus(secondTask);
  await builder.tabTo(second);
  await builder.chooseStatusByKeyboard(second, 'Không thực hiện');
  await expect(page.getByLabel('Lý do không thực hiện (bắt buộc)')).toBeVisible();
  await expect(figures).toHaveText(/^Đã hoàn thành 1\/25 nhiệm vụ \(4%\)/);
  const third = builder.taskStatus(thirdTask);
  await builder.tabTo(third);
  await builder.chooseStatusByKeyboard(third, 'Đang thực hiện');
  await expect(area).toHaveText(
    /^Đã hoàn thành 1\/2 nhiệm vụ \(50%\): đúng hạn 1, chậm 0, đang thực hiện 1, chưa triển khai 0, không thực hiện 1/,
  );

  // A filter keeps the focus on its button; a task marked under it stays until the next choice.
  const notUpdated = builder.trackingFilter('Chưa cập nhật');
  await expect(notUpdated).toHaveText('Chưa cập nhật (23)');
  await builder.tabTo(notUpdated, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(notUpdated).toHaveAttribute('aria-pressed', 'true');
  await expect(notUpdated).toBeFocused();
  await expect(page.locator('.tracking-count')).toHaveText(
    'Đang hiện 23 nhiệm vụ (chưa cập nhật).',
  );
  await expect(first).toBeHidden();
  const fourth = builder.taskStatus(/^1\. Rà soát 100% thủ tục hành chính/);
  await builder.tabTo(fourth);
  await builder.chooseStatusByKeyboard(fourth, 'Chưa triển khai');
  await expect(notUpdated).toHaveText('Chưa cập nhật (22)');
  await expect(fourth).toBeVisible();
  await expect(fourth).toBeFocused();
  const overdue = builder.trackingFilter('Quá hạn');
  await overdue.click();
  const overdueCount = Number(/\((\d+)\)/.exec((await overdue.textContent())!)![1]);
  expect(overdueCount).toBeGreaterThan(0);
  await expect(page.locator('.tracking-task')).toHaveCount(overdueCount);
  await expect(page.locator('.tracking-task:not(.tracking-overdue)')).toHaveCount(0);
  await builder.trackingFilter('Tất cả').click();
  await expect(page.locator('.tracking-task')).toHaveCount(26);

  // Undo (Ctrl+Z) takes back the last mark, and its figures.
  await fourth.focus();
  await page.keyboard.press('Control+z');
  await expect(fourth.locator('option:checked')).toHaveText('Chưa cập nhật');
  await expect(notUpdated).toHaveText('Chưa cập nhật (23)');

  // Saved: a reload reads every mark back.
  await builder.saved();
  await page.reload();
  await builder.goto(`#/${id}/theo-doi-thuc-hien`);
  await expect(first.locator('option:checked')).toHaveText('Đã hoàn thành');
  await expect(second.locator('option:checked')).toHaveText('Không thực hiện');
  await expect(third.locator('option:checked')).toHaveText('Đang thực hiện');
  await expect(figures).toHaveText(/^Đã hoàn thành 1\/25 nhiệm vụ/);
  await page.getByRole('button', { name: 'Chi tiết nhiệm vụ 1' }).first().click();
  await expect(page.getByLabel('Kết quả, sản phẩm đã có')).toHaveValue('Quyết định số 15/QĐ-UBND');
});

test('a refused result or completion date keeps what was typed and says why', async ({ page }) => {
  const builder = new BuilderPage(page);
  const id = await builder.openExample(example);
  await builder.openSection('Theo dõi thực hiện');
  await builder.taskStatus(firstTask).selectOption({ label: 'Đã hoàn thành' });
  const result = page.getByLabel('Kết quả, sản phẩm đã có');
  const long = 'Quyết định '.repeat(200);
  await result.fill(long);
  await expect(builder.fieldGroup(result).locator('.field-error-message')).toContainText('2.000');
  await expect(result).toHaveValue(long);
  await result.fill('Quyết định số 15/QĐ-UBND');
  await expect(builder.fieldGroup(result).locator('.field-error-message')).toHaveCount(0);

  const when = page.getByLabel('Thời điểm hoàn thành');
  await when.fill('13/2013');
  await when.blur();
  await expect(builder.fieldGroup(when).locator('.field-error-message')).toHaveText(
    /Chưa đọc được thời điểm này: hãy ghi tháng\/năm/,
  );
  await expect(when).toHaveValue('13/2013');
  await when.fill('12/3/2013');
  await when.blur();
  await expect(builder.fieldGroup(when).locator('.field-error-message')).toHaveCount(0);
  await builder.saved();
  const stored = await builder.storedRecord(id);
  const rows = stored!.plan.rows as { progress?: { completedOn: string; result: string } }[];
  expect(rows[0]!.progress).toMatchObject({
    completedOn: '2013-03-12',
    result: 'Quyết định số 15/QĐ-UBND',
  });
});

test('the report shows the period’s figures and drafted text, keeps III–V, downloads the Word file; both pages fit 360 px with no axe violations', async ({
  page,
}) => {
  // Two sections, a reload, a download and two axe scans: about 20 s on a quiet machine, which
  // a busy one pushed past the default 30 s.
  test.slow();
  const builder = new BuilderPage(page);
  await page.setViewportSize({ width: 360, height: 780 });
  const id = await builder.openExample(example);
  await builder.openSection('Theo dõi thực hiện');
  await builder.taskStatus(firstTask).selectOption({ label: 'Đã hoàn thành' });
  await page.getByLabel('Thời điểm hoàn thành').fill('3/2013');
  await page.getByLabel('Kết quả, sản phẩm đã có').fill('Quyết định số 15/QĐ-UBND');
  expect(await overflows(builder)).toBe(false);
  await expectNoAxeViolations(page); // with a task's details open

  await builder.backToTaskList();
  await builder.openSection('Lập báo cáo');
  await page.getByRole('radio', { name: 'Quý III' }).check();
  await expect(page.locator('#report-title')).toHaveText(
    'Kết quả thực hiện công tác cải cách hành chính quý III năm 2013',
  );
  await expect(page.locator('.report .figures-main')).toHaveText(
    /^Đã hoàn thành 1\/26 nhiệm vụ \(3,8%\)/,
  );
  await expect(page.locator('.report-preview')).toContainText(
    'Đã hoàn thành tháng 03/2013, đúng hạn. Kết quả: Quyết định số 15/QĐ-UBND.',
  );
  await expect(page.locator('.report-preview')).toContainText('Tính đến ngày 14/09/2013');
  await page
    .getByLabel('III. Đánh giá chung: kết quả nổi bật')
    .fill('Hoàn thành đúng hạn việc ban hành văn bản.');
  // The province's own deadline: the plan keeps its calendar from then on.
  await page.getByRole('group', { name: 'Hạn gửi báo cáo' }).getByLabel('Ngày').fill('5');
  expect(await overflows(builder)).toBe(false);
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải báo cáo Word (.docx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('bao-cao-cchc-quy-3-2013-ubnd-huyen-mau-son.docx');
  expect(
    readFileSync((await file.path())!)
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');

  await builder.saved();
  const stored = (await builder.storedRecord(id))!.plan as {
    reporting: {
      calendar: Record<string, { deadline: string }>;
      reports: Record<string, { highlights: string }>;
    };
  };
  expect(stored.reporting.calendar['quy-3']!.deadline).toBe('2013-09-05');
  expect(stored.reporting.reports['quy-3']!.highlights).toBe(
    'Hoàn thành đúng hạn việc ban hành văn bản.',
  );
});
