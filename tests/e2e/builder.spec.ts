import { expect, test } from './fixtures.ts';
import { readFileSync } from 'node:fs';
import type { UnitType } from '../../src/outline/schema.ts';
import { unitTypeLabels } from '../../src/plan/labels.ts';
import { sections } from '../../src/builder/sections.ts';
import { BuilderPage } from './builder-page.ts';
import { expectNoAxeViolations } from './support.ts';

test.describe('drafts are never lost', () => {
  test('reloading in the middle of typing loses nothing', async ({ page }) => {
    const builder = new BuilderPage(page);
    const id = await builder.newDraft();
    await builder.openSection('Thông tin chung');
    const name = page.getByLabel('Tên đơn vị ban hành kế hoạch');
    await name.fill('Sở Nội vụ');
    await name.press('End');
    await page.keyboard.type(' tỉnh Mẫu');
    // No wait for the autosave delay: leaving the page must save at once.
    await page.reload();
    await expect(page.locator('.builder[data-ready="true"]')).toBeVisible();
    await expect(page.getByLabel('Tên đơn vị ban hành kế hoạch')).toHaveValue('Sở Nội vụ tỉnh Mẫu');
    expect((await builder.storedRecord(id))?.plan).toMatchObject({
      unit: { name: 'Sở Nội vụ tỉnh Mẫu' },
    });
  });

  test('closing the tab and coming back restores the draft', async ({ context }) => {
    const first = await context.newPage();
    const builder = new BuilderPage(first);
    await builder.newDraft();
    await builder.openSection('I. Mục tiêu');
    await first.getByRole('button', { name: 'Thêm mục tiêu' }).click();
    await first.getByLabel('Mục tiêu 1').fill('Giảm 20% thời gian giải quyết thủ tục hành chính');
    await builder.saved();
    await first.close();

    const second = new BuilderPage(await context.newPage());
    await second.goto();
    await second.page
      .getByRole('link', { name: 'Kế hoạch CCHC năm 2013 – Sở, Ban, ngành' })
      .click();
    await second.openSection('I. Mục tiêu');
    await expect(second.page.getByLabel('Mục tiêu 1')).toHaveValue(
      'Giảm 20% thời gian giải quyết thủ tục hành chính',
    );
  });

  test('saved data that cannot be read is kept aside and offered as a download', async ({
    page,
  }) => {
    const broken = '{"kind":"ke-hoach-cchc/draft","version":1,"id":"hong",'; // cut off mid-write
    const newer = JSON.stringify({
      kind: 'ke-hoach-cchc/draft',
      version: 1,
      id: 'moi',
      name: 'Bản từ công cụ mới',
      savedAt: '2026-01-01T00:00:00Z',
      revision: 3,
      savedBy: 'x',
      plan: { format: 'ke-hoach-cchc', version: 99 },
    });
    await page.addInitScript(
      ([broken, newer]) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('ke-hoach-cchc/draft/hong', broken!);
        localStorage.setItem('ke-hoach-cchc/draft/moi', newer!);
      },
      [broken, newer],
    );
    const builder = new BuilderPage(page);
    await builder.goto();
    // The cut-off record is set aside at once; nothing overwrites it.
    const panel = page.getByRole('region', { name: 'Dữ liệu không đọc được' });
    await expect(panel).toBeVisible();
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Tải về dữ liệu 1' }).click();
    const file = await (await download).path();
    expect(readFileSync(file, 'utf8')).toBe(broken);

    // The draft from a newer version is refused with a reason, and kept too.
    await page.getByRole('link', { name: 'Bản từ công cụ mới' }).click();
    await expect(page.getByRole('alert')).toContainText('Không đọc được bản nháp này');
    await expect(page.getByRole('alert')).toContainText('phiên bản mới hơn');
    expect(
      await page.evaluate(
        () =>
          Object.keys(localStorage).filter((k) => k.startsWith('ke-hoach-cchc/unreadable/')).length,
      ),
    ).toBe(2);
    expect(await page.evaluate(() => localStorage.getItem('ke-hoach-cchc/unreadable/moi'))).toBe(
      newer,
    );
  });

  test('a full storage keeps the typing, says so and offers a backup', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.newDraft();
    await page.evaluate(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('ke-hoach-cchc/draft/'))
          throw new DOMException('full', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    await builder.openSection('Thông tin chung');
    await page.getByLabel('Tên đơn vị ban hành kế hoạch').fill('Sở Tư pháp');
    const banner = page.getByRole('alert').filter({ hasText: 'Chưa lưu được bản nháp' });
    await expect(banner).toContainText('Bộ nhớ của trình duyệt đã đầy');
    await page.getByLabel('Địa danh').fill('Mẫu Sơn');
    await expect(page.getByLabel('Tên đơn vị ban hành kế hoạch')).toHaveValue('Sở Tư pháp');
    const download = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Tải bản sao lưu về máy' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('KH-CCHC-2013-so-tu-phap.json');
    const plan = JSON.parse(readFileSync(await saved.path(), 'utf8'));
    expect(plan).toMatchObject({
      format: 'ke-hoach-cchc',
      unit: { name: 'Sở Tư pháp' },
      document: { place: 'Mẫu Sơn' },
    });
  });

  test('with storage blocked the builder still works, and says the work is not kept', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const builder = new BuilderPage(page);
    await builder.newDraft();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Trình duyệt không cho trang này lưu dữ liệu' }),
    ).toBeVisible();
    await builder.openSection('Thông tin chung');
    await page.getByLabel('Tên đơn vị ban hành kế hoạch').fill('Sở Y tế');
    await expect(page.getByLabel('Tên đơn vị ban hành kế hoạch')).toHaveValue('Sở Y tế');
    await expect(page.getByRole('button', { name: 'Tải bản sao lưu về máy' })).toBeVisible();
  });

  test('two tabs on one draft never overwrite each other', async ({ context }) => {
    const one = new BuilderPage(await context.newPage());
    const id = await one.newDraft();
    const two = new BuilderPage(await context.newPage());
    await two.goto(`#/${id}/thong-tin-chung`);
    await expect(two.page.getByRole('alert')).toContainText('đang được sửa ở một thẻ khác');
    await expect(two.page.getByLabel('Tên đơn vị ban hành kế hoạch')).toHaveJSProperty(
      'readOnly',
      true,
    );

    // The editing tab saves; the read-only tab follows.
    await one.openSection('Thông tin chung');
    await one.page.getByLabel('Tên đơn vị ban hành kế hoạch').fill('Sở Công Thương');
    await one.saved();
    await expect(two.page.getByLabel('Tên đơn vị ban hành kế hoạch')).toHaveValue('Sở Công Thương');

    // Taking over: the second tab edits, the first becomes read-only, nothing is lost.
    await two.page.getByRole('button', { name: 'Sửa ở thẻ này' }).click();
    await expect(two.page.getByLabel('Tên đơn vị ban hành kế hoạch')).toHaveJSProperty(
      'readOnly',
      false,
    );
    await expect(one.page.getByRole('alert')).toContainText('đang được sửa ở một thẻ khác');
    await two.page.getByLabel('Địa danh').fill('Mẫu Sơn');
    await two.saved();
    expect((await two.storedRecord(id))?.plan).toMatchObject({
      unit: { name: 'Sở Công Thương' },
      document: { place: 'Mẫu Sơn' },
    });
  });
});

test.describe('editing the table', () => {
  test('a row can be moved, deleted by name and brought back', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.newDraft();
    await builder.openArea('II. Cải cách thủ tục hành chính');
    const firstCells = page.locator('.rows-table tbody tr td:nth-child(2)');
    const before = await firstCells.allTextContents();
    await page.getByRole('button', { name: 'Xuống nhiệm vụ 1' }).click();
    await expect(firstCells).toHaveText([before[1]!, before[0]!, ...before.slice(2)]);
    await page.getByRole('button', { name: 'Xóa nhiệm vụ 2' }).click();
    await expect(firstCells).toHaveText([before[1]!, ...before.slice(2)]);
    await page.getByRole('button', { name: 'Hoàn tác xóa nhiệm vụ 2' }).click();
    await expect(firstCells).toHaveText([before[1]!, before[0]!, ...before.slice(2)]);
  });

  test('totals follow the budgets as they are typed, shown in vi-VN form', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.newDraft();
    await builder.editTask('I. Cải cách thể chế', 1);
    const budget = page.getByLabel('Kinh phí dự kiến (VNĐ)');
    await budget.pressSequentially('1500000');
    await expect(budget).toHaveValue('1.500.000');
    await page.getByRole('button', { name: 'Xong, về danh sách nhiệm vụ' }).click();
    await expect(page.locator('[data-area-total]')).toHaveText('1.500.000 đ');
  });

  test('Ctrl+Z and Ctrl+Shift+Z undo and redo edits', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.newDraft();
    await builder.openSection('Thông tin chung');
    const place = page.getByLabel('Địa danh');
    await place.fill('Mẫu Sơn');
    await page.keyboard.press('Control+z');
    await expect(place).toHaveValue('');
    await page.keyboard.press('Control+Shift+z');
    await expect(place).toHaveValue('Mẫu Sơn');
  });

  test('outline points for the area are offered as one-click rows', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.newDraft();
    await builder.openArea('III. Cải cách tổ chức bộ máy');
    await page.getByRole('button', { name: 'Xóa nhiệm vụ 2' }).click();
    await page.getByRole('button', { name: 'Thêm: Thực hiện phân cấp' }).click();
    await expect(page.getByLabel('Nhiệm vụ chung')).toHaveValue('Thực hiện phân cấp');
  });
});

test.describe('unit names suggested for the plan’s year', () => {
  const phuong = 'UBND phường Mẫu Đông, kế hoạch năm 2026';
  const firstArea = 'I. Công tác chỉ đạo, điều hành';

  test('a 2026 phường plan offers current names, not merged ones, and they draw no finding', async ({
    page,
  }) => {
    const builder = new BuilderPage(page);
    await builder.openExample(phuong);
    await builder.editTask(firstArea, 1);
    const lead = page.getByLabel('Cơ quan chủ trì', { exact: true });
    const offered = await builder.suggestionsOf(lead);
    expect(offered).toContain('Sở Tài chính');
    expect(offered).toContain('Phòng Kinh tế, Hạ tầng và Đô thị');
    expect(offered).toContain('Văn phòng HĐND và UBND phường'); // the plan's own
    expect(offered).not.toContain('Sở Kế hoạch và Đầu tư');
    expect(offered).not.toContain('Phòng Nội vụ');
    const coordinating = page.getByLabel('Cơ quan phối hợp 1', { exact: true });
    expect(await builder.suggestionsOf(coordinating)).toEqual(offered);

    // The merged name is warned about at its field: the check does read this field.
    await lead.fill('Sở Kế hoạch và Đầu tư');
    await builder.backToTaskList();
    await builder.openReview();
    await builder.backToTaskList();
    await builder.editTask(firstArea, 1);
    await expect(builder.fieldGroup(lead)).toHaveClass(/field-has-findings/);
    await expect(builder.fieldGroup(lead)).toContainText('Sở Tài chính');

    // An option chosen from the list (the native popup itself cannot be driven headless), then a
    // name typed without accents: no finding either way.
    const chosen = (await builder.suggestionsOf(lead)).find((name) => name.startsWith('Sở Tài c'));
    await lead.fill(chosen!);
    await expect(lead).toHaveValue('Sở Tài chính');
    await builder.backToTaskList();
    await builder.openReview();
    await builder.backToTaskList();
    await builder.editTask(firstArea, 1);
    await expect(lead).toHaveValue('Sở Tài chính');
    await expect(builder.fieldGroup(lead)).not.toHaveClass(/field-has-findings/);

    await lead.fill('So Tai chinh');
    await builder.backToTaskList();
    await builder.openReview();
    await builder.backToTaskList();
    await builder.editTask(firstArea, 1);
    await expect(lead).toHaveValue('So Tai chinh');
    await expect(builder.fieldGroup(lead)).not.toHaveClass(/field-has-findings/);
  });

  test('a 2013 Sở plan offers the departments of its time, in the inspection plan too', async ({
    page,
  }) => {
    const builder = new BuilderPage(page);
    await builder.openExample('Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013');
    await builder.editTask('I. Cải cách thể chế', 1);
    const offered = await builder.suggestionsOf(
      page.getByLabel('Cơ quan chủ trì', { exact: true }),
    );
    expect(offered).toEqual(
      expect.arrayContaining(['Sở Kế hoạch và Đầu tư', 'Văn phòng Sở', 'Sở Tài chính']),
    );
    expect(offered).not.toContain('Sở Nông nghiệp và Môi trường');

    await builder.backToTaskList();
    await builder.openSection('Kiểm tra và tuyên truyền (không bắt buộc)');
    const inspectionLead = page.getByLabel('Đơn vị chủ trì kiểm tra', { exact: true });
    const inspectionOffered = await builder.suggestionsOf(inspectionLead);
    expect(inspectionOffered).toContain('Sở Kế hoạch và Đầu tư');
    expect(inspectionOffered).toContain('Phòng Cải cách hành chính');
  });
});

test.describe('whole drafts', () => {
  const examples: { id: string; title: string }[] = JSON.parse(
    readFileSync('content/examples/index.json', 'utf8'),
  );
  for (const example of examples) {
    test(`${example.title}: its unit type and year show in Thông tin chung`, async ({ page }) => {
      const plan = JSON.parse(readFileSync(`content/examples/${example.id}.json`, 'utf8'));
      const builder = new BuilderPage(page);
      await builder.openExample(example.title);
      await builder.openSection('Thông tin chung');
      const selected = (label: string) =>
        page.getByLabel(label).locator('option:checked').textContent();
      expect(await selected('Loại đơn vị')).toBe(unitTypeLabels[plan.unit.type as UnitType]);
      expect(await selected('Kế hoạch cho năm')).toBe(String(plan.planYear));
    });
  }

  test('copy as next year’s plan moves every year on by one', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.newDraft();
    await builder.goto();
    await page.getByRole('button', { name: /Sao chép thành kế hoạch năm 2014/ }).click();
    await expect(page.locator('.task-list')).toBeVisible();
    await expect(page.locator('.draft-title')).toContainText('Kế hoạch CCHC năm 2014');
    await builder.openArea('I. Cải cách thể chế');
    await expect(page.locator('.rows-table tbody tr').first()).toContainText('…/2014');
    await builder.goto();
    await expect(page.locator('.draft-item')).toHaveCount(2);
  });

  test('a draft can be renamed from the list', async ({ page }) => {
    const builder = new BuilderPage(page);
    const id = await builder.newDraft();
    await builder.goto();
    await page
      .getByRole('button', { name: 'Đổi tên Kế hoạch CCHC năm 2013 – Sở, Ban, ngành' })
      .click();
    const name = page.getByLabel('Tên mới của bản nháp');
    await expect(name).toBeFocused();
    await name.fill('Kế hoạch CCHC 2013 – Sở Tư pháp (bản trình lãnh đạo)');
    await page.getByRole('button', { name: 'Lưu tên' }).click();
    await expect(page.locator('.draft-name')).toHaveText(
      'Kế hoạch CCHC 2013 – Sở Tư pháp (bản trình lãnh đạo)',
    );
    expect(await builder.storedRecord(id)).toMatchObject({
      name: 'Kế hoạch CCHC 2013 – Sở Tư pháp (bản trình lãnh đạo)',
    });
  });

  test('a deleted draft can be brought back', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.newDraft();
    await builder.goto();
    await page.getByRole('button', { name: 'Xóa Kế hoạch CCHC năm 2013 – Sở, Ban, ngành' }).click();
    await expect(page.locator('.draft-item')).toHaveCount(0);
    await page.getByRole('button', { name: 'Hoàn tác xóa' }).click();
    await expect(page.locator('.draft-item')).toHaveCount(1);
  });

  test('a worked example opens as a new draft that passes the checker', async ({ page }) => {
    const builder = new BuilderPage(page);
    await builder.openExample('Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013');
    await expect(page.locator('.task-list a')).toHaveText(sections.map((s) => s.title));
    await builder.openSection('Rà soát và xuất');
    await expect(page.locator('.check-summary .finding-loi')).toHaveCount(0);
    await expect(page.locator('.self-score h3')).toContainText('Tự chấm điểm: 3/3 điểm');
    // The plan's summary has a line for every section that edits it, each leading back there.
    const summarised = sections.filter((s) => s.summary);
    await expect(page.locator('.summary-list dt')).toHaveText(summarised.map((s) => s.title));
    for (const section of summarised) {
      await page.getByRole('link', { name: `Thay đổi ${section.title}` }).click();
      await expect(page.locator('.section-title')).toHaveText(section.title);
      await page.goBack();
      await expect(page.locator('.summary-list')).toBeVisible();
    }
  });

  test('the finished plan downloads as Word, Excel and a plan file, loaded only then', async ({
    page,
  }) => {
    const builder = new BuilderPage(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await builder.openExample('Sở Nội vụ tỉnh Mẫu, kế hoạch năm 2013');
    await builder.openSection('Rà soát và xuất');
    await expect(page.locator('.check-summary')).toBeFocused();
    expect(scripts.filter((url) => /docx|xlsx/.test(url))).toEqual([]);
    for (const [button, name, magic] of [
      ['Tải tệp Word (.docx)', 'KH-CCHC-2013-so-noi-vu.docx', 'PK'],
      ['Tải bảng kế hoạch Excel (.xlsx)', 'KH-CCHC-2013-so-noi-vu.xlsx', 'PK'],
      ['Tải tệp kế hoạch để mở lại (.json)', 'KH-CCHC-2013-so-noi-vu.json', '{'],
    ] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(name);
      expect(
        readFileSync(await file.path())
          .subarray(0, magic.length)
          .toString(),
      ).toBe(magic);
    }
    const plan = JSON.parse(
      readFileSync(
        await (
          await Promise.all([
            page.waitForEvent('download'),
            page.getByRole('button', { name: 'Tải tệp kế hoạch để mở lại (.json)' }).click(),
          ])
        )[0].path(),
        'utf8',
      ),
    );
    expect(plan).toMatchObject({
      format: 'ke-hoach-cchc',
      version: 3,
      unit: { name: 'Sở Nội vụ' },
    });
  });

  test('the training example shows its mistakes, each linked to its field and its paragraph', async ({
    page,
  }) => {
    const builder = new BuilderPage(page);
    await builder.openExample('Bài tập: Sở Giao thông vận tải, kế hoạch năm 2013');
    await builder.openSection('Rà soát và xuất');
    const summary = page.locator('.check-summary');
    await expect(summary).toBeFocused();
    const errors = summary.locator('.finding-loi');
    expect(await errors.count()).toBeGreaterThanOrEqual(3);
    await expect(errors.first().locator('.finding-citation a')).toHaveAttribute(
      'href',
      /\/(huong-dan|de-cuong)\/#/,
    );
    await errors.first().locator('a').first().click();
    await expect(page.locator(':focus')).toHaveAttribute('id', /^f-/);
  });
});

test.describe('accessibility', () => {
  test('no axe violations when empty, filled and with errors, wide and on a phone', async ({
    page,
  }) => {
    test.slow(); // ten axe runs over the builder: about 40 s on a busy 2-core machine
    const builder = new BuilderPage(page);
    await builder.goto();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /Mở ví dụ: Bài tập/ }).click();
    await expect(page.locator('.task-list')).toBeVisible();
    await expectNoAxeViolations(page);
    await builder.openArea('I. Cải cách thể chế');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Sửa nhiệm vụ 1' }).click();
    await expectNoAxeViolations(page);
    await page.goto(page.url().replace(/#.*$/, '') + `#/${await builder.draftId()}/ra-soat`);
    await expect(page.locator('.check-summary')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 360, height: 740 });
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
