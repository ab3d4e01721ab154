/**
 * The Sở Nội vụ's desk (/tong-hop/): a round of plans received (files, a .zip, bad files and
 * hostile ones), checked in the worker, kept across a reload, tabled, sorted and filtered, matched
 * against a roster; a unit opened to its findings and handed to the builder.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { naughtyPlans } from '../fixtures/naughty-plans.ts';
import { BuilderPage } from './builder-page.ts';
import { docFile, districtWordPlan } from '../unit/import/word-files.ts';
import { DeskPage, exampleFile, jsonFile, wordFile, type TestFile } from './desk-page.ts';
import { expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './support.ts';

const so = () => exampleFile('so-noi-vu-tinh-mau-2013');
const huyen = () => exampleFile('ubnd-huyen-mau-son-2013');
const tracked = () => exampleFile('ubnd-huyen-mau-son-2013-theo-doi');
const training = () => exampleFile('bai-tap-so-giao-thong-van-tai-2013');
const phuong = () => exampleFile('ubnd-phuong-mau-dong-2026');

function zipOf(name: string, files: TestFile[]): TestFile {
  return {
    name,
    mimeType: 'application/zip',
    buffer: Buffer.from(
      zipSync(
        Object.fromEntries(
          files.map((file) => [`ke-hoach/${file.name}`, new Uint8Array(file.buffer)]),
        ),
      ),
    ),
  };
}

const badFiles = (): TestFile[] => [
  jsonFile('rong.json', ''),
  jsonFile('hong.json', '{"format": "ke-hoach-cchc"'),
  jsonFile('moi-hon.json', { ...JSON.parse(so().buffer.toString()), version: 99 }),
  {
    name: 'ke-hoach.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document/>') })),
  },
];

test.describe('receiving a round', () => {
  test('reads plans, a .zip and hostile plans; names each bad file with its reason', async ({
    page,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const desk = new DeskPage(page);
    await desk.goto();
    const hostile = naughtyPlans().map(({ plan }, i) => jsonFile(`naughty-${i + 1}.json`, plan));
    const files = [so(), zipOf('huyen.zip', [huyen(), phuong()]), ...badFiles(), ...hostile];
    await desk.receive(files);

    await expect(desk.table().locator('tbody tr')).toHaveCount(3 + hostile.length);
    await expect(desk.row('Sở Nội vụ')).toContainText('so-noi-vu-tinh-mau-2013.json');
    await expect(desk.row('UBND huyện Mẫu Sơn')).toContainText(
      'huyen.zip › ke-hoach/ubnd-huyen-mau-son-2013.json',
    );
    await expect(desk.row('UBND phường Mẫu Đông')).toContainText('Chương trình 2021–2030');

    const unreadable = page.locator('.desk-unreadable li');
    await expect(page.getByRole('heading', { name: 'Tệp không đọc được (4)' })).toBeVisible();
    await expect(unreadable.filter({ hasText: 'rong.json' })).toContainText('Tệp rỗng');
    await expect(unreadable.filter({ hasText: 'hong.json' })).toContainText('cắt ngắn');
    await expect(unreadable.filter({ hasText: 'moi-hon.json' })).toContainText('phiên bản');
    await expect(unreadable.filter({ hasText: 'ke-hoach.docx' })).toContainText('tệp Word');
    await expect(desk.tally()).toContainText(`Đã nộp ${3 + hostile.length}`);
    await expect(desk.tally()).toContainText('tệp không đọc được 4');

    // Nothing in a hostile plan ran: no handler attribute, no flag, no dialog.
    const ran = await page.evaluate(() => ({
      handlers: [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
      ),
      flag: (window as { naughtyRan?: string }).naughtyRan ?? null,
    }));
    expect(ran).toEqual({ handlers: [], flag: null });
    expect(dialogs).toEqual([]);
  });

  test('the round survives a reload, settings and all', async ({ page }) => {
    const desk = new DeskPage(page);
    await desk.goto();
    await page.getByLabel('Tên đợt tổng hợp').fill('Kế hoạch CCHC năm 2013 của các sở, huyện');
    await page.getByLabel('Năm kế hoạch').fill('2013');
    const deadline = page.getByRole('group', { name: 'Hạn nộp kế hoạch' });
    await deadline.getByLabel('Ngày').fill('25');
    await deadline.getByLabel('Tháng').fill('12');
    await deadline.getByLabel('Năm').fill('2012');
    await desk.receive([so(), huyen(), training(), jsonFile('rong.json', '')]);
    await expect(desk.tally()).toHaveText(
      'Đã nộp 3 · đúng hạn 1 · muộn 2 · chưa ghi ngày 0 · tệp không đọc được 1',
    );
    const before = await desk.unitNames();

    await page.reload();
    await desk.ready();
    expect(await desk.unitNames()).toEqual(before);
    await expect(desk.tally()).toHaveText(
      'Đã nộp 3 · đúng hạn 1 · muộn 2 · chưa ghi ngày 0 · tệp không đọc được 1',
    );
    await expect(page.getByLabel('Tên đợt tổng hợp')).toHaveValue(
      'Kế hoạch CCHC năm 2013 của các sở, huyện',
    );
    await expect(page.getByLabel('Năm kế hoạch')).toHaveValue('2013');
    await expect(deadline.getByLabel('Năm')).toHaveValue('2012');
    await expect(desk.row('Sở Nội vụ')).toContainText('Đúng hạn');
    await expect(desk.row('Sở Giao thông vận tải')).toContainText('Nộp muộn');
  });

  test('a folder dropped on the zone gives every plan in it and its subfolders', async ({
    page,
  }) => {
    const desk = new DeskPage(page);
    await desk.goto();
    const text = (file: TestFile) => file.buffer.toString('utf8');
    await desk.dropFolder('dot-1', {
      'so.json': text(so()),
      'ghi-chu.txt': 'không phải kế hoạch',
      huyen: { 'ubnd-huyen.json': text(huyen()), cu: { 'bai-tap.json': text(training()) } },
      'phuong.json': text(phuong()),
      'hong.json': '{"format": "ke-hoach-cchc"',
    });
    await expect(
      page.getByText('Đã nhận 5 tệp: 4 kế hoạch đọc được, 1 tệp không đọc được.'),
    ).toBeVisible();
    await expect(desk.table().locator('tbody tr')).toHaveCount(4);
    expect((await desk.unitNames()).sort()).toEqual(
      ['Sở Giao thông vận tải', 'Sở Nội vụ', 'UBND huyện Mẫu Sơn', 'UBND phường Mẫu Đông'].sort(),
    );
    await expect(desk.row('UBND huyện Mẫu Sơn')).toContainText('dot-1/huyen/ubnd-huyen.json');
    await expect(page.getByText('dot-1/hong.json')).toBeVisible();
  });

  test('settings refuse what is no year, in Vietnamese', async ({ page }) => {
    const desk = new DeskPage(page);
    await desk.goto();
    await page.getByLabel('Năm kế hoạch').fill('1999');
    await expect(
      page.getByText('Năm kế hoạch là một năm có 4 chữ số, từ 2000 đến 2100.'),
    ).toBeVisible();
    await page.getByLabel('Năm kế hoạch').fill('2014');
    await expect(page.getByText('Năm kế hoạch là một năm có 4 chữ số')).toHaveCount(0);
  });
});

test.describe('the table of units', () => {
  test('sorts by a column with its header button, and filters by words and chips', async ({
    page,
  }) => {
    const desk = new DeskPage(page);
    await desk.goto();
    await desk.receive([so(), training(), phuong()]);
    expect(await desk.unitNames()).toEqual([
      'Sở Nội vụ',
      'Sở Giao thông vận tải',
      'UBND phường Mẫu Đông',
    ]);

    const tasks = desk.table().getByRole('columnheader', { name: /Nhiệm vụ/ });
    await tasks.getByRole('button').click();
    await expect(tasks).toHaveAttribute('aria-sort', 'ascending');
    expect(await desk.unitNames()).toEqual([
      'Sở Giao thông vận tải',
      'UBND phường Mẫu Đông',
      'Sở Nội vụ',
    ]);
    // By keyboard: the header's button takes Enter.
    await tasks.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(tasks).toHaveAttribute('aria-sort', 'descending');
    expect(await desk.unitNames()).toEqual([
      'Sở Nội vụ',
      'UBND phường Mẫu Đông',
      'Sở Giao thông vận tải',
    ]);
    await expect(desk.table().locator('th[aria-sort]')).toHaveCount(1);

    const search = page.getByRole('searchbox', { name: 'Tìm đơn vị' });
    await search.fill('mau dong');
    expect(await desk.unitNames()).toEqual(['UBND phường Mẫu Đông']);
    await expect(page.getByText('Đang hiện 1/3 kế hoạch')).toBeVisible();
    await search.fill('GIAO THÔNG');
    expect(await desk.unitNames()).toEqual(['Sở Giao thông vận tải']);
    await search.fill('');

    const errors = page.getByRole('button', { name: 'Có lỗi' });
    await errors.click();
    await expect(errors).toHaveAttribute('aria-pressed', 'true');
    expect(await desk.unitNames()).toEqual(['Sở Giao thông vận tải']);
    await page.getByRole('button', { name: 'Nộp muộn' }).click();
    await expect(desk.table().locator('tbody tr')).toHaveCount(0);
    await expect(page.getByText('Không có đơn vị nào khớp với điều kiện lọc.')).toBeVisible();
    await errors.click();
    await page.getByRole('button', { name: 'Nộp muộn' }).click();
    await expect(desk.table().locator('tbody tr')).toHaveCount(3);
  });

  test('reads well wide and as cards on a phone: no axe violations, no sideways scrolling', async ({
    page,
  }) => {
    test.slow(); // four axe runs over a table and a unit's findings
    const desk = new DeskPage(page);
    await desk.goto();
    await desk.receive([so(), training(), huyen(), tracked(), jsonFile('rong.json', '')]);
    await page.getByLabel('Danh sách đơn vị phải nộp').fill('Sở Nội vụ\nSở Tư pháp');
    await page.getByRole('button', { name: 'Đối chiếu danh sách' }).click();
    await expect(page.getByRole('heading', { name: 'Chưa nộp (1)' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 360, height: 780 });
    await expect(desk.table().locator('tbody tr').first()).toHaveCSS('display', 'block');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await expectNoAxeViolations(page);
    await desk.openUnit('Sở Giao thông vận tải');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectNoAxeViolations(page);
  });
});

test.describe('Word plans', () => {
  test('a .docx plan beside a .json one: tagged, its report in its view, both kept across a reload; a .doc named with its reason', async ({
    page,
  }) => {
    test.slow(); // two axe runs over a unit's view, and a reload
    const desk = new DeskPage(page);
    await desk.goto();
    await desk.receive([
      wordFile('KH-CCHC-2014-huyen-mau-son.docx', await districtWordPlan()),
      so(),
      wordFile('ke-hoach-cu.doc', docFile()),
    ]);
    await expect(desk.table().locator('tbody tr')).toHaveCount(2);
    await expect(desk.row('UBND huyện Mẫu Sơn')).toContainText('Đọc từ Word');
    await expect(desk.row('UBND huyện Mẫu Sơn')).toContainText('KH-CCHC-2014-huyen-mau-son.docx');
    await expect(desk.row('Sở Nội vụ')).not.toContainText('Đọc từ Word');
    // The chip keeps the plans read from Word: the ones to compare with their documents.
    const wordChip = page.getByRole('button', { name: 'Đọc từ Word' });
    await wordChip.click();
    await expect(wordChip).toHaveAttribute('aria-pressed', 'true');
    await expect(desk.table().locator('tbody tr')).toHaveCount(1);
    await expect(desk.row('UBND huyện Mẫu Sơn')).toBeVisible();
    await wordChip.click();
    await expect(desk.table().locator('tbody tr')).toHaveCount(2);
    await expect(page.locator('.desk-unreadable li', { hasText: 'ke-hoach-cu.doc' })).toContainText(
      'Tệp .doc (Word 97–2003): hãy mở bằng Word và lưu thành .docx',
    );

    const expectReport = async () => {
      const reading = desk.wordReading();
      await expect(reading).toContainText('3 nhiệm vụ từ Bảng 2, theo Đề cương 2012');
      const unread = reading.locator('details', { hasText: 'Chưa đọc được' });
      await expect(unread).toContainText('Đoạn 3');
      await expect(unread).toContainText('Đề nghị UBND tỉnh bổ sung kinh phí');
      const notes = reading.locator('details', { hasText: 'Đưa vào cột Ghi chú' });
      await expect(notes.locator('summary')).toContainText('2');
      await notes.locator('summary').click();
      await expect(notes).toContainText('Bảng 2, dòng 4, cột “Thời gian thực hiện”');
      await expect(notes).toContainText('Lồng ghép');
    };
    await desk.openUnit('UBND huyện Mẫu Sơn');
    await expectReport();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The report is kept with the round in the browser.
    await desk.saved();
    await page.reload();
    await desk.ready();
    await expectReport();
    await page.getByRole('link', { name: '‹ Về bảng các đơn vị' }).click();
    await expect(desk.table().locator('tbody tr')).toHaveCount(2);
    await expect(desk.row('UBND huyện Mẫu Sơn')).toContainText('Đọc từ Word');
    await expect(page.locator('.desk-unreadable li', { hasText: 'ke-hoach-cu.doc' })).toBeVisible();
    // A plan file's unit has no Word report.
    await desk.openUnit('Sở Nội vụ');
    await expect(page.locator('.desk-unit-title')).toBeFocused();
    await expect(desk.wordReading()).toHaveCount(0);
  });
});

test.describe('roster and duplicates', () => {
  test('lists who has not sent, flags units off the roster, and keeps the plan the reviewer picks', async ({
    page,
  }) => {
    const desk = new DeskPage(page);
    await desk.goto();
    await desk.receive([
      so(),
      exampleFile('ubnd-huyen-mau-son-2013', 'gui-lan-1.json'),
      exampleFile('ubnd-huyen-mau-son-2013-theo-doi', 'gui-lan-2.json'),
      training(),
    ]);
    await page
      .getByLabel('Danh sách đơn vị phải nộp')
      .fill('1. So Noi vu\n2. huyện Mẫu Sơn\n3. Sở Tư pháp\n4. Sở Nội vụ');
    await page.getByRole('button', { name: 'Đối chiếu danh sách' }).click();
    await expect(
      page.getByText('Dòng 4 “Sở Nội vụ” trùng với “So Noi vu”: chỉ tính một lần.'),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Chưa nộp (1)' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Chưa nộp (1)' })).toHaveText('Sở Tư pháp');
    await expect(desk.tally()).toContainText('Đã nộp 2/3');
    await expect(desk.tally()).toContainText('chưa nộp 1 · ngoài danh sách 1');
    await expect(desk.row('Sở Giao thông vận tải')).toContainText('Ngoài danh sách');
    await page.getByRole('button', { name: 'Ngoài danh sách' }).click();
    expect(await desk.unitNames()).toEqual(['Sở Giao thông vận tải']);
    await page.getByRole('button', { name: 'Ngoài danh sách' }).click();

    // Sent twice on the same day: the later received is kept until the reviewer picks.
    const first = desk.row('UBND huyện Mẫu Sơn', 'gui-lan-1.json');
    const second = desk.row('UBND huyện Mẫu Sơn', 'gui-lan-2.json');
    await expect(first).toContainText('Trùng đơn vị: bản không dùng');
    await expect(second).toContainText('Trùng đơn vị: đang dùng bản này');
    await page.getByRole('button', { name: 'Trùng đơn vị' }).click();
    await expect(desk.table().locator('tbody tr')).toHaveCount(2);
    await first.getByRole('button', { name: /^Giữ bản này/ }).click();
    await expect(first).toContainText('Trùng đơn vị: đang dùng bản này');
    await expect(second).toContainText('Trùng đơn vị: bản không dùng');
    await desk.saved();

    await page.reload();
    await desk.ready();
    await expect(desk.row('UBND huyện Mẫu Sơn', 'gui-lan-1.json')).toContainText(
      'đang dùng bản này',
    );
    await expect(page.getByLabel('Danh sách đơn vị phải nộp')).toHaveValue(
      'So Noi vu\nhuyện Mẫu Sơn\nSở Tư pháp',
    );
  });
});

test.describe('a unit', () => {
  test('opens to its findings, each linked to its paragraph of the guidance; Back returns', async ({
    page,
  }) => {
    const desk = new DeskPage(page);
    await desk.goto();
    await desk.receive([so(), training()]);
    await desk.openUnit('Sở Giao thông vận tải');
    await expect(page).toHaveURL(/#\/don-vi\/f2$/);
    await expect(page.locator('.desk-unit-title')).toBeFocused();
    const findings = page.locator('.desk-unit .finding');
    expect(await findings.count()).toBeGreaterThan(5);
    await expect(page.getByRole('heading', { name: /^Kết quả kiểm tra: \d+ lỗi/ })).toBeVisible();
    const citation = findings.first().locator('.finding-citation a');
    const target = await citation.getAttribute('href');
    expect(target).toMatch(
      /^\/(huong-dan|de-cuong|chuong-trinh-2021-2030|theo-doi-bao-cao)\/#[\w-]+$/,
    );

    await page.goBack();
    await expect(desk.table()).toBeVisible();
    await page.goForward();
    await expect(page.locator('.desk-unit-title')).toHaveText('Sở Giao thông vận tải');

    await page.goto(target!);
    const anchor = decodeURIComponent(target!.split('#')[1]!);
    await expect(page.locator(`[id="${anchor}"]`)).toBeAttached();
  });

  test('opens read-only in the builder by its link, or as a new draft', async ({ page }) => {
    const desk = new DeskPage(page);
    await desk.goto();
    await desk.receive([so()]);
    await desk.openUnit('Sở Nội vụ');
    await page.getByRole('link', { name: 'Mở để xem' }).click();
    await expect(page).toHaveURL(/\/ke-hoach\/#\/chia-se\//);
    await expect(page.getByRole('button', { name: 'Lưu thành bản nháp của tôi' })).toBeVisible();
    // Back comes to the unit again, from the stored round.
    await page.goBack();
    await expect(page.locator('.desk-unit-title')).toHaveText('Sở Nội vụ');
    await page.getByRole('button', { name: 'Mở thành bản nháp' }).click();
    await expect(page).toHaveURL(/\/ke-hoach\/#\/[^/]+$/);
    const builder = new BuilderPage(page);
    await expect(page.locator('.task-list')).toBeVisible();
    await expect(page.locator('.draft-title')).toContainText('Kế hoạch CCHC năm 2013 – Sở Nội vụ');
    expect(await builder.draftId()).toMatch(/^[a-z0-9]+$/);
  });
});

test.describe('the round as a file', () => {
  test('exports, clears after a confirmation, opens back; a bad file changes nothing', async ({
    page,
  }) => {
    const desk = new DeskPage(page);
    await desk.goto();
    await page.getByLabel('Năm kế hoạch').fill('2013');
    await desk.receive([so(), training()]);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất tệp tổng hợp' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('tong-hop-ke-hoach-cchc-2013.json');
    const saved = await download.path();

    await page.getByRole('button', { name: 'Xóa đợt tổng hợp' }).click();
    await page.getByRole('button', { name: 'Không xóa' }).click();
    await expect(desk.table().locator('tbody tr')).toHaveCount(2);
    await page.getByRole('button', { name: 'Xóa đợt tổng hợp' }).click();
    await page.getByRole('button', { name: 'Xóa hẳn đợt này' }).click();
    await expect(page.getByText('Đã xóa đợt tổng hợp.')).toBeVisible();
    await expect(desk.table()).toHaveCount(0);
    await expect(page.getByLabel('Năm kế hoạch')).toHaveValue('');
    await page.reload();
    await desk.ready();
    await expect(desk.table()).toHaveCount(0);

    await page.getByText('Mở tệp tổng hợp', { exact: true }).first().click();
    const open = page.getByLabel('Mở tệp tổng hợp');
    await open.setInputFiles(saved);
    await expect(page.getByText(/^Đã mở tệp tổng hợp/)).toBeVisible();
    expect(await desk.unitNames()).toEqual(['Sở Nội vụ', 'Sở Giao thông vận tải']);
    await expect(page.getByLabel('Năm kế hoạch')).toHaveValue('2013');

    await open.setInputFiles(so());
    await expect(page.getByRole('alert')).toContainText(
      'Không mở được “so-noi-vu-tinh-mau-2013.json”: Đây không phải tệp tổng hợp',
    );
    expect(await desk.unitNames()).toEqual(['Sở Nội vụ', 'Sở Giao thông vận tải']);
  });
});

/** The text of a Word file's body, its tags dropped. */
const wordText = (bytes: Buffer): string =>
  strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!).replace(/<[^>]+>/g, '');

test.describe('what goes back out', () => {
  test('downloads the summary, the workbook and a unit’s comment letter, made in the worker', async ({
    page,
  }) => {
    const desk = new DeskPage(page);
    await desk.goto();
    await page.getByLabel('Năm kế hoạch').fill('2013');
    await desk.receive([so(), huyen()]);
    await desk.saved();

    for (const [button, name] of [
      ['Báo cáo tổng hợp (.docx)', 'tong-hop-ke-hoach-cchc-2013.docx'],
      ['Bảng tính (.xlsx)', 'tong-hop-ke-hoach-cchc-2013.xlsx'],
    ] as const) {
      const file = await desk.download(button);
      expect(file.name).toBe(name);
      expect(file.bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    }
    const markdown = await desk.download('Báo cáo tổng hợp (.md)');
    expect(markdown.name).toBe('tong-hop-ke-hoach-cchc-2013.md');
    expect(markdown.bytes.toString('utf8')).toMatch(/BÁO CÁO[\s\S]*UBND huyện Mẫu Sơn/);
    const summary = wordText((await desk.download('Báo cáo tổng hợp (.docx)')).bytes);
    expect(summary).toContain('BÁO CÁO');
    expect(summary).toContain('UBND huyện Mẫu Sơn');
    const sheets = unzipSync(new Uint8Array((await desk.download('Bảng tính (.xlsx)')).bytes));
    expect(strFromU8(sheets['xl/workbook.xml']!)).toContain('Nhiệm vụ');

    await desk.openUnit('UBND huyện Mẫu Sơn');
    const letter = await desk.download('Phiếu góp ý (.docx)');
    expect(letter.name).toBe('gop-y-KH-CCHC-2013-ubnd-huyen-mau-son.docx');
    expect(wordText(letter.bytes)).toContain('UBND huyện Mẫu Sơn');
  });

  test('the sender typed in the round’s settings survives a reload and signs the summary and the letters', async ({
    page,
  }) => {
    test.slow(); // two axe runs, a reload and two Word files
    const desk = new DeskPage(page);
    await desk.goto();
    // Folded: its fields load when first opened, and open by themselves once a sender is kept.
    await page.getByText('Thông tin cơ quan gửi', { exact: true }).click();
    const sender = page.getByRole('group', { name: 'Thông tin cơ quan gửi' });
    await sender.getByLabel('Cơ quan gửi').fill('Sở Nội vụ tỉnh Mẫu');
    await sender.getByLabel('Tỉnh').fill('Mẫu');
    await sender.getByLabel('Chức vụ người ký').fill('Phó Giám đốc');
    await sender.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn Ký');
    // A fresh page says nothing of storing until the typing has been stored.
    await desk.saved();
    await desk.receive([so(), huyen()]);

    await page.reload();
    await desk.ready();
    // Opened by itself: the round names a sender.
    await expect(sender.getByLabel('Cơ quan gửi')).toHaveValue('Sở Nội vụ tỉnh Mẫu');
    await expect(sender.getByLabel('Người ký', { exact: true })).toHaveValue('Nguyễn Văn Ký');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 360, height: 780 });
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await page.setViewportSize({ width: 1280, height: 800 });

    const summary = wordText((await desk.download('Báo cáo tổng hợp (.docx)')).bytes);
    expect(summary).toContain('SỞ NỘI VỤ TỈNH MẪU');
    expect(summary).toContain('UBND TỈNH MẪU');
    expect(summary).toContain('Nguyễn Văn Ký');
    await desk.openUnit('UBND huyện Mẫu Sơn');
    const letter = wordText((await desk.download('Phiếu góp ý (.docx)')).bytes);
    expect(letter).toContain('Nguyễn Văn Ký');
    expect(letter).toContain('PHÓ GIÁM ĐỐC');
  });

  test('a download that fails is told in Vietnamese, and the round is untouched', async ({
    page,
  }) => {
    const desk = new DeskPage(page);
    await desk.goto();
    await desk.receive([so()]);
    // The exporter's chunk cannot be fetched (as when the connection drops).
    await page.route(/docx[^/]*\.js$/, (route) => route.abort());
    await page.getByRole('button', { name: 'Báo cáo tổng hợp (.docx)' }).click();
    await expect(page.getByRole('alert')).toContainText('Không tạo được tệp');
    await expect(desk.table().locator('tbody tr')).toHaveCount(1);
    await page.unroute(/docx[^/]*\.js$/);
    expect((await desk.download('Báo cáo tổng hợp (.md)')).name).toBe('tong-hop-ke-hoach-cchc.md');
  });
});

test.describe('the province’s plan', () => {
  test('is named above the table, each unit matched against it, and the reviewer’s match kept', async ({
    page,
  }) => {
    test.slow(); // two axe runs over a unit's view, and a reload
    const desk = new DeskPage(page);
    await desk.goto();
    await desk.receive([exampleFile('ubnd-tinh-mau-2013'), so()]);
    await expect(page.getByTestId('desk-province')).toHaveText(
      'Kế hoạch của tỉnh: UBND tỉnh Mẫu (tệp ubnd-tinh-mau-2013.json) — các đơn vị được đối chiếu với kế hoạch này.',
    );
    expect(await desk.unitNames()).toEqual(['Sở Nội vụ']);
    // The province check's finding counts in the table as in the unit's view.
    await expect(desk.row('Sở Nội vụ')).toContainText('1 cảnh báo');

    await desk.openUnit('Sở Nội vụ');
    const section = page.getByRole('region', { name: 'Đối chiếu với kế hoạch của tỉnh' });
    const row11 = section.locator('tr[data-province-row="11"]');
    await expect(row11).toContainText('Tổ chức Hội thi tìm hiểu về cải cách hành chính');
    await expect(row11).toContainText('Chủ trì');
    await expect(row11).toContainText('Chưa có nhiệm vụ tương ứng');
    const finding = page
      .locator('.error-summary li')
      .filter({ hasText: /Hội thi tìm hiểu về cải cách hành chính.*dòng 11/ });
    await expect(finding).toHaveCount(1);
    await expectNoAxeViolations(page);

    const choice = section.getByLabel('Khớp với… (dòng 11 của kế hoạch tỉnh)');
    const row24 = (await choice.locator('option', { hasText: /^Dòng 24:/ }).textContent())!;
    await choice.selectOption({ label: row24 });
    await expect(row11).toContainText('Dòng 24:');
    await expect(row11).toContainText('đã chọn');
    await expect(finding).toHaveCount(0);
    await desk.saved();

    await page.reload();
    await desk.ready();
    await expect(row11).toContainText('Dòng 24:');
    await expect(choice.locator('option:checked')).toHaveText(row24);
    await expect(finding).toHaveCount(0);

    await page.setViewportSize({ width: 360, height: 780 });
    await expect(row11).toHaveCSS('display', 'block');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await expectNoAxeViolations(page);

    await choice.selectOption({ label: 'Theo đề xuất' });
    await expect(row11).toContainText('Chưa có nhiệm vụ tương ứng');
    await expect(finding).toHaveCount(1);
    await page.getByRole('link', { name: '‹ Về bảng các đơn vị' }).click();
    await expect(desk.row('Sở Nội vụ')).toContainText('1 cảnh báo');
  });
});
