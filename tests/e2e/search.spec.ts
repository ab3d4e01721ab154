import { expect, test } from './fixtures.ts';
import { fold } from '../../src/text/vietnamese.ts';
import { searchFor } from './support.ts';

const guidance = 'Hướng dẫn xây dựng và triển khai kế hoạch cải cách hành chính';
const outline = 'Đề cương xây dựng kế hoạch cải cách hành chính năm';

/** Unaccented queries people type, and the page each must find. */
const cases = [
  { query: 'cai cach thu tuc hanh chinh', page: outline },
  { query: 'don vi', page: guidance },
  { query: 'de cuong', page: outline },
  { query: 'mot cua lien thong', page: outline },
  { query: 'kinh phi du kien', page: outline },
  { query: 'dao tao boi duong', page: outline },
  { query: 'Noi nhan', page: guidance },
];

/** The folded words that the excerpt's <mark>s highlight. */
function markedWords(excerptHtml: string): string[] {
  return [...excerptHtml.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => fold(m[1]!));
}

// One page for every case, each query typed into its box in turn (see searchFor): a page and
// Pagefind's start cost seconds each on a 2-core machine, and the answers do not depend on them.
test('every unaccented query finds its page with a highlighted excerpt, and so does each word', async ({
  page,
}) => {
  test.slow(); // 31 searches, the first of which waits for Pagefind on a busy 2-core machine
  for (const { query, page: expected } of cases) {
    await test.step(`"${query}"`, async () => {
      // Pagefind silently drops words that match nothing, so each word is checked on its own too.
      for (const q of [query, ...query.split(' ')]) {
        const { titles, excerpts } = await searchFor(page, q);
        const index = titles.indexOf(expected);
        expect(
          index,
          `"${q}" should find ${expected}, got ${titles.join(' | ')}`,
        ).toBeGreaterThanOrEqual(0);
        const marked = markedWords(excerpts[index]!);
        for (const word of fold(q).split(' ')) {
          expect(
            marked.some((m) => m.startsWith(word)),
            `"${word}" marked in ${excerpts[index]}`,
          ).toBe(true);
        }
      }
    });
  }
});

// In one page, one after the other: the empty answer then also has to replace a list of results.
test('with accents typed, the exact match comes first; a search with no result says so in Vietnamese', async ({
  page,
}) => {
  await test.step('with accents typed, the exact match comes first', async () => {
    // "quán" (quán triệt) is only in the guidance; its unaccented "quan" is far more common elsewhere.
    for (const [query, word] of [
      ['quán', 'quán'],
      ['phổ biến', 'biến'],
    ]) {
      const { titles, excerpts } = await searchFor(page, query!);
      expect(titles[0]).toBe(guidance);
      expect(excerpts[0]).toContain(`<mark>${word}</mark>`);
    }
  });

  await test.step('a search with no result says so in Vietnamese', async () => {
    const { status, titles } = await searchFor(page, 'qwxzqwxz');
    expect(titles).toEqual([]);
    expect(status).toContain('Không tìm thấy kết quả nào cho «qwxzqwxz»');
  });
});

test('the search page reads ?q= and keeps the address in step with typing', async ({ page }) => {
  await page.goto('/tim-kiem/?q=mot%20cua');
  const input = page.getByLabel('Từ khóa');
  await expect(input).toHaveValue('mot cua');
  await expect(page.locator('.search-result').first()).toBeVisible();
  await input.fill('kiem tra');
  await expect(page).toHaveURL(/\?q=kiem\+tra$/);
  await expect(page.locator('[data-search-status]')).toContainText('«kiem tra»');
});

test('reading pages load no search code until the user starts a search', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/huong-dan/', { waitUntil: 'networkidle' });
  expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);

  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Tìm trong trang' });
  await expect(box).toBeFocused();
  await box.pressSequentially('don vi');
  const popup = page.locator('#tim-nhanh-ket-qua');
  // Pagefind loads only now: see searchFor in support.ts.
  await expect(popup.locator('.search-result').first()).toBeVisible({ timeout: 15_000 });
  expect(requested.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
  await expect(popup.getByRole('link', { name: 'Xem tất cả kết quả' })).toHaveAttribute(
    'href',
    '/tim-kiem/?q=don%20vi',
  );
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
});

test('Ctrl+K opens the search box from anywhere on the page', async ({ page }) => {
  await page.goto('/de-cuong/');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Tìm trong trang' })).toBeFocused();
});

test('pressing Enter in the header box opens the full results', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Tìm trong trang' });
  await box.fill('phan cap');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=phan\+cap$/);
  await expect(page.locator('.search-result').first()).toBeVisible();
});

test('when the search index cannot load, the page says so and keeps the query', async ({
  page,
}) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/tim-kiem/?q=don%20vi');
  await expect(page.locator('[data-search-status]')).toHaveText(
    'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.',
  );
  await expect(page.getByLabel('Từ khóa')).toHaveValue('don vi');
});

test('a query of 2,000 words is searched by its first words, and the page says so', async ({
  page,
}) => {
  // Unaccented and joined by `+`, so that the link stays within what web servers accept.
  const words = 'cai cach hanh chinh ke hoach don vi thu tuc mot cua lien thong kinh phi du kien';
  const query = Array.from({ length: 125 }, () => words).join(' '); // 2,000 words
  await page.goto(`/tim-kiem/?q=${query.replaceAll(' ', '+')}`);
  const status = page.locator('[data-search-status]');
  // The answer comes once Pagefind and its index have loaded, which on a busy machine took
  // longer than the default 5 s once.
  await expect(status).toContainText(
    'Từ khóa dài quá nên chỉ tìm theo phần đầu: tối đa 10 từ, 200 ký tự.',
    { timeout: 15_000 },
  );
  await expect(status).toContainText('«cai cach hanh chinh ke hoach don vi thu tuc»');
  await expect(page.locator('.search-result').first()).toBeVisible();
  // What the user linked or typed stays in the box.
  await expect(page.getByLabel('Từ khóa')).toHaveValue(query);
});
