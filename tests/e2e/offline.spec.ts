/**
 * Offline use (src/offline/): after one visit the whole site works with no connection, and a new
 * version announces itself and takes over only when asked, without losing a draft.
 *
 * Each test serves its own copy of a test build on a free port, so that it can cut the network,
 * change the deployment, or stop the server without touching the other tests' servers.
 *
 * How the network is cut: `context.setOffline(true)`, then two probes prove that neither the page
 * nor the service worker reaches the network any more (in Chromium it cuts both), and then the
 * server itself is stopped, so that nothing, whatever emulation misses, can be answered by it.
 */
import { expect, test } from './fixtures.ts';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/static-server.mjs';
import { fileDigest } from '../../src/offline/manifest.ts';
import { BuilderPage } from './builder-page.ts';
import { expectNoAxeViolations, readingPages, subPathBuilt } from './support.ts';

const builds = [
  { name: 'root', base: '/' },
  { name: 'cchc', base: '/cchc/' },
] as const;

// The /cchc/ build is copied from its folder: wait until it is there.
test.beforeAll(subPathBuilt);
// The service worker is what this spec is about (the other specs turn it off: fixtures.ts).
test.use({ serviceWorkers: 'allow' });

const READY = 'Trang đã sẵn sàng để dùng khi không có mạng.';
const NEW_VERSION = 'Đã có phiên bản mới của trang.';
/** The install downloads and checks the hash of every file of the site: seconds on a busy machine. */
const INSTALL = { timeout: 20_000 };

interface Site {
  origin: string;
  base: string;
  dir: string;
  /** Paths the server was asked for, in order. */
  requests: string[];
  stop(): Promise<void>;
}

async function serveCopy(build: (typeof builds)[number]): Promise<Site> {
  const dir = await mkdtemp(join(tmpdir(), 'ke-hoach-offline-'));
  // The copy sits at the base path inside the folder, so that two builds can share one origin.
  const source = fileURLToPath(new URL(`../../.test-dist/${build.name}`, import.meta.url));
  await cp(source, join(dir, build.base), { recursive: true });
  const server: Server = await serveStatic({ root: dir, base: '/', port: 0 });
  const requests: string[] = [];
  server.on('request', (request) => requests.push(request.url ?? ''));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    base: build.base,
    dir,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function newContext(browser: Browser, site: Site): Promise<BrowserContext> {
  return browser.newContext({ baseURL: site.origin, acceptDownloads: true });
}

/** The precache list as the build wrote it into sw.js. */
async function precacheList(site: Site): Promise<{ version: string; files: [string, string][] }> {
  const text = await readFile(join(site.dir, site.base, 'sw.js'), 'utf8');
  return JSON.parse(/^const PRECACHE = (.*);$/m.exec(text)![1]!);
}

/**
 * Waits until the page is controlled by an active worker whose install finished (the page says
 * so), then checks that its cache holds every file of the list.
 */
async function expectReadyOffline(page: Page, site: Site): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: READY })).toBeVisible(INSTALL);
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const keys = await Promise.all(
      names.map(async (name) =>
        (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
      ),
    );
    return {
      scope: registration.scope,
      active: registration.active?.state,
      controlled: navigator.serviceWorker.controller !== null,
      caches: names.map((name, i) => ({ name, keys: keys[i]! })),
    };
  });
  const { version, files } = await precacheList(site);
  expect(state).toMatchObject({
    scope: site.origin + site.base,
    active: 'activated',
    controlled: true,
  });
  expect(state.caches.map((c) => c.name)).toEqual([`ke-hoach-cchc:${site.base}:${version}`]);
  expect(state.caches[0]!.keys).toEqual(
    expect.arrayContaining(files.map(([url]) => url).concat(`${site.base}__precache-list__`)),
  );
}

/** Cuts the network, proves it is cut for the page and for the worker, then stops the server. */
async function goOffline(context: BrowserContext, page: Page, site: Site): Promise<void> {
  await context.setOffline(true);
  const probe = (url: string) =>
    fetch(url, { cache: 'no-store' }).then(
      () => 'reached the server',
      () => 'offline',
    );
  // Neither URL is precached, so the worker lets the page's request through to the network.
  expect(await page.evaluate(probe, `${site.base}sitemap-index.xml?from=page`)).toBe('offline');
  // The newest: after an update, the old worker may not have gone from the list yet.
  const worker = context.serviceWorkers().at(-1);
  expect(worker, 'a service worker runs').toBeDefined();
  expect(await worker!.evaluate(probe, `${site.base}sitemap-index.xml?from=worker`)).toBe(
    'offline',
  );
  await site.stop();
}

for (const build of builds) {
  test.describe(`offline, site at ${build.base}`, () => {
    let site: Site;
    test.beforeEach(async () => {
      site = await serveCopy(build);
    });
    test.afterEach(async () => {
      await site.stop();
      await rm(site.dir, { recursive: true, force: true });
    });

    test('after one visit, every page, search and the builder with its exports work with no network', async ({
      browser,
    }) => {
      test.slow(); // a dozen pages, two searches and two exports, on a 2-core CI machine
      const context = await newContext(browser, site);
      const page = await context.newPage();
      const at = (path: string) => site.base + path.replace(/^\//, '');
      await page.goto(at('/huong-dan/'));
      await expectReadyOffline(page, site);
      await goOffline(context, page, site);

      // Every reading page, all but one never visited, served by the worker.
      for (const { path, title } of readingPages) {
        const response = await page.goto(at(path));
        expect(response?.status(), path).toBe(200);
        expect(response?.fromServiceWorker(), path).toBe(true);
        await expect(page).toHaveTitle(new RegExp(title));
        await expect(page.locator('h1')).toHaveCount(1);
      }
      // The same pages by the other spellings of their address.
      for (const path of ['/de-cuong/index.html', '/thuat-ngu', '/huong-dan/?tu=ban-in']) {
        expect((await page.goto(at(path)))?.status(), path).toBe(200);
        await expect(page.locator('h1')).toHaveCount(1);
      }

      // Search without accents, `đ` typed as `d` included (Pagefind's JS, WASM and index).
      for (const query of ['cai cach hanh chinh', 'don vi']) {
        await page.goto(at(`/tim-kiem/?q=${encodeURIComponent(query)}`));
        // The first answer waits for Pagefind to load (see searchFor in support.ts).
        await expect(page.locator('[data-search-status]')).not.toHaveText(/^(|Đang tìm…)$/, {
          timeout: 15_000,
        });
        const links = page.locator('.search-result-title');
        expect(await links.count(), query).toBeGreaterThan(0);
        for (const href of await links.evaluateAll((nodes) =>
          nodes.map((a) => a.getAttribute('href')),
        ))
          expect(href).toMatch(new RegExp(`^${site.base}([a-z0-9-]+/)?#`));
      }

      // The builder: a new draft, typed into, then the exporters, each loaded only now.
      const builder = new BuilderPage(page);
      await page.goto(at('/ke-hoach/'));
      await expect(page.locator('.builder[data-ready="true"]')).toBeVisible();
      await page.getByLabel('Loại đơn vị').selectOption({ label: 'Sở, Ban, ngành' });
      await page.getByLabel('Kế hoạch cho năm').selectOption('2013');
      await page.getByRole('button', { name: 'Bắt đầu soạn' }).click();
      await expect(page.locator('.task-list')).toBeVisible();
      await builder.openSection('Thông tin chung');
      await page.getByLabel('Tên đơn vị ban hành kế hoạch').fill('Sở Nội vụ tỉnh Mẫu');
      await page.getByRole('link', { name: 'Lưu và về danh sách các phần' }).click();
      await builder.openSection('Rà soát và xuất');
      for (const [button, extension, magic] of [
        ['Tải tệp Word (.docx)', '.docx', 'PK'],
        ['Tải tệp kế hoạch để mở lại (.json)', '.json', '{'],
      ] as const) {
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: button }).click();
        const file = await download;
        expect(file.suggestedFilename()).toMatch(new RegExp(`^KH-CCHC-2013-.*\\${extension}$`));
        const bytes = readFileSync((await file.path())!);
        expect(bytes.subarray(0, magic.length).toString()).toBe(magic);
        if (extension === '.json')
          expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({
            unit: { name: 'Sở Nội vụ tỉnh Mẫu' },
          });
      }

      // A page that is not part of the site gets a short answer in Vietnamese.
      const missing = await page.goto(at('/khong-co-trang-nay/'));
      expect(missing?.status()).toBe(503);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có kết nối mạng');
      // Under its own strict policy, its one style allowed by hash (a blocked one fails the test).
      expect(missing?.headers()['content-security-policy']).toMatch(/^default-src 'none';/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('color', 'rgb(138, 28, 28)');
      await context.close();
    });

    test('a new version waits for the user, then takes over without losing the draft', async ({
      browser,
    }) => {
      test.slow(); // two installs, two reloads and, at the root, two axe runs
      const context = await newContext(browser, site);
      const page = await context.newPage();
      const builder = new BuilderPage(page);
      await page.goto(`${site.base}ke-hoach/`);
      await expectReadyOffline(page, site);
      await page.getByLabel('Loại đơn vị').selectOption({ label: 'Sở, Ban, ngành' });
      await page.getByLabel('Kế hoạch cho năm').selectOption('2013');
      await page.getByRole('button', { name: 'Bắt đầu soạn' }).click();
      await builder.openSection('Thông tin chung');
      const name = page.getByLabel('Tên đơn vị ban hành kế hoạch');
      await name.fill('Sở Nội vụ');

      // A new deployment: one page changed, and so the list and its version.
      const { version } = await precacheList(site);
      const changedFile = join(site.dir, site.base, 'tap-huan/index.html');
      const changed = (await readFile(changedFile, 'utf8')).replace(
        '</main>',
        '<p data-new-version>Nội dung của phiên bản mới.</p></main>',
      );
      await writeFile(changedFile, changed);
      const swFile = join(site.dir, site.base, 'sw.js');
      const tapHuan = `${site.base}tap-huan/`;
      await writeFile(
        swFile,
        (await readFile(swFile, 'utf8'))
          .replace(`"version":"${version}"`, `"version":"${version}-2"`)
          .replace(
            new RegExp(`\\["${tapHuan}","[A-Za-z0-9+/=]+"\\]`),
            `["${tapHuan}","${fileDigest(changed)}"]`,
          ),
      );
      site.requests.length = 0;

      // The next visit finds it; the page keeps running the old version meanwhile.
      await page.reload();
      await expect(page.locator('.builder[data-ready="true"]')).toBeVisible();
      await expect(name).toHaveValue('Sở Nội vụ');
      // The notice the eye sees; screen readers hear the same words from a status line.
      const banner = page.locator('[data-offline-status]');
      await expect(banner).toContainText(NEW_VERSION, INSTALL);
      await expect(page.getByRole('status').filter({ hasText: NEW_VERSION })).toHaveCount(1);
      await expect(banner.getByRole('button', { name: 'Cập nhật ngay' })).toBeVisible();
      // The banner is the same markup at either base: axe checks it once, wide and on a phone.
      if (build.base === '/') {
        await expectNoAxeViolations(page);
        await page.setViewportSize({ width: 360, height: 740 });
        await expectNoAxeViolations(page);
      } else {
        await page.setViewportSize({ width: 360, height: 740 });
      }
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('[data-offline-status]')).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
      // A projector: out of sight while presenting, still said; back once presenting ends.
      await page.setViewportSize({ width: 1280, height: 720 });
      const presenting = page.getByRole('button', { name: 'Trình chiếu' });
      await presenting.click();
      await expect(banner).toBeHidden();
      await expect(page.getByRole('status').filter({ hasText: NEW_VERSION })).toHaveCount(1);
      await presenting.click();
      await expect(banner.getByRole('button', { name: 'Cập nhật ngay' })).toBeVisible();

      // Typing, then updating at once: no time for the autosave, the reload must not lose it.
      await name.press('End');
      await page.keyboard.type(' tỉnh Mẫu');
      const reloaded = page.waitForEvent('load');
      await banner.getByRole('button', { name: 'Cập nhật ngay' }).click();
      await reloaded;
      await expect(page.locator('.builder[data-ready="true"]')).toBeVisible();
      await expect(page.getByLabel('Tên đơn vị ban hành kế hoạch')).toHaveValue(
        'Sở Nội vụ tỉnh Mẫu',
      );
      await expect(page.getByRole('status').filter({ hasText: NEW_VERSION })).toHaveCount(0);

      // Only the changed file was downloaded; the rest came from the old cache, now gone.
      const update = site.requests.filter((url) => !url.endsWith('/sw.js'));
      expect(update).toEqual([tapHuan]);
      expect(await page.evaluate(() => caches.keys())).toEqual([
        `ke-hoach-cchc:${site.base}:${version}-2`,
      ]);
      await goOffline(context, page, site);
      await page.goto(tapHuan);
      await expect(page.locator('[data-new-version]')).toHaveText('Nội dung của phiên bản mới.');
      await context.close();
    });
  });
}

/** Asks the browser for the newest sw.js; resolves with how the new worker's install ended. */
function updateWorker(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    return new Promise<string>((resolve) => {
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing!;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' || worker.state === 'redundant') resolve(worker.state);
        });
      });
      registration.update().catch(() => undefined);
    });
  });
}

test('an update that downloads one wrong file is refused, and the old version keeps working', async ({
  browser,
}) => {
  test.slow(); // two installs on a 2-core CI machine
  const site = await serveCopy(builds[0]);
  try {
    const context = await newContext(browser, site);
    const page = await context.newPage();
    await page.goto('/tap-huan/');
    await expectReadyOffline(page, site);
    const { version } = await precacheList(site);

    // A new deployment whose list names one version of a page while the server sends another,
    // as a half-finished upload, a broken proxy or a tampered host would.
    const pageFile = join(site.dir, 'tap-huan/index.html');
    const original = await readFile(pageFile, 'utf8');
    const listed = original.replace('</main>', '<p data-new-version>Phiên bản mới.</p></main>');
    const served = listed.replace('Phiên bản mới.', 'Nội dung không đúng.');
    await writeFile(pageFile, served);
    const swFile = join(site.dir, 'sw.js');
    await writeFile(
      swFile,
      (await readFile(swFile, 'utf8'))
        .replace(`"version":"${version}"`, `"version":"${version}-2"`)
        .replace(/\["\/tap-huan\/","[A-Za-z0-9+/=]+"\]/, `["/tap-huan/","${fileDigest(listed)}"]`),
    );

    expect(await updateWorker(page)).toBe('redundant');
    await expect(page.getByRole('status').filter({ hasText: NEW_VERSION })).toHaveCount(0);
    const state = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      const texts = await Promise.all(
        (await caches.keys()).map(async (name) => {
          const cached = await (await caches.open(name)).match('/tap-huan/');
          return cached ? cached.text() : '';
        }),
      );
      return {
        active: registration.active?.state,
        waiting: registration.waiting,
        controlled: navigator.serviceWorker.controller?.state,
        wrongCached: texts.some((text) => text.includes('Nội dung không đúng.')),
      };
    });
    expect(state).toEqual({
      active: 'activated',
      waiting: null,
      controlled: 'activated',
      wrongCached: false,
    });

    // The old version still answers offline, with the page it had.
    await goOffline(context, page, site);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(/Tập huấn/);
    await expect(page.locator('[data-new-version]')).toHaveCount(0);
    await context.close();
  } finally {
    await site.stop();
    await rm(site.dir, { recursive: true, force: true });
  }
});

test('two deployments on one origin keep their own workers and caches', async ({ browser }) => {
  // The root build, with the sub-path build copied under /cchc/ of the same folder.
  const site = await serveCopy(builds[0]);
  try {
    await cp(
      fileURLToPath(new URL('../../.test-dist/cchc', import.meta.url)),
      join(site.dir, 'cchc'),
      { recursive: true },
    );
    const context = await newContext(browser, site);
    const page = await context.newPage();
    // Each install downloads and checks every file of its site: seconds on a busy machine.
    await page.goto('/');
    await expect(page.getByRole('status').filter({ hasText: READY })).toBeVisible(INSTALL);
    await page.goto('/cchc/');
    await expect(page.getByRole('status').filter({ hasText: READY })).toBeVisible(INSTALL);
    const root = await precacheList(site);
    const sub = await precacheList({ ...site, base: '/cchc/' });
    expect((await page.evaluate(() => caches.keys())).sort()).toEqual(
      [`ke-hoach-cchc:/:${root.version}`, `ke-hoach-cchc:/cchc/:${sub.version}`].sort(),
    );
    await context.close();
  } finally {
    await site.stop();
    await rm(site.dir, { recursive: true, force: true });
  }
});
