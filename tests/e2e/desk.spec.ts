/**
 * The Sở Nội vụ's desk (/tong-hop/): a round of plans received (files, a .zip, bad files and
 * hostile ones), checked in the worker, kept across a reload, tabled, sorted and filtered, matched
 * against a roster; a unit opened to its findings and handed to the builder.
 */
import { strToU8, zipSync } from 'fflate';
import { naughtyPlans } from '../fixtures/naughty-plans.ts';
import { DeskPage, exampleFile, jsonFile, type TestFile } from './desk-page.ts';
import { expect, test } from './fixtures.ts';

const so = () => exampleFile('so-noi-vu-tinh-mau-2013');
const huyen = () => exampleFile('ubnd-huyen-mau-son-2013');
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
    await expect(page.locator('.desk[data-ready="true"]')).toBeVisible();
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
