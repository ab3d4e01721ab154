/**
 * The `test` and `expect` every spec imports (tests/unit/site/e2e-fixture.test.ts makes sure):
 * Playwright's, with the page's Content-Security-Policy watched. Any `securitypolicyviolation`
 * in any page of the test's browser contexts (the default one, and those a test opens with
 * `browser.newContext()`) fails the test, so the whole suite also proves the policy blocks
 * nothing the site needs.
 *
 * Service workers are off unless a spec asks for them (`serviceWorkers: 'block'` in
 * playwright.config.ts; `test.use({ serviceWorkers: 'allow' })` in the specs of offline use and of
 * its notice): the site's worker downloads and hashes every file of the build a second after a
 * page loads, which in every other test is only CPU taken from the test. Playwright's own block
 * makes `register()` succeed with nothing; here it fails, as in a browser that refuses workers, so
 * the page takes its ordinary "online only" path.
 */
import { test as base, type Browser, type BrowserContext } from '@playwright/test';

export { expect } from '@playwright/test';

declare global {
  interface Window {
    __reportPolicyViolation?: (report: string) => void;
  }
}

function refuseServiceWorkers(): void {
  if (self.ServiceWorkerContainer)
    ServiceWorkerContainer.prototype.register = () =>
      Promise.reject(new DOMException('Service workers are off in this test.', 'SecurityError'));
}

async function watchPolicy(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeBinding('__reportPolicyViolation', ({ page }, report: string) => {
    violations.push(`${page.url()}: ${report}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const { effectiveDirective, blockedURI, sourceFile, lineNumber, sample } = event;
      window.__reportPolicyViolation?.(
        `${effectiveDirective} blocked ${blockedURI || 'inline'} (${sourceFile}:${lineNumber}) ${sample}`,
      );
    });
  });
}

/** One round trip per page: the bindings a page called before it are handled by then. */
async function settle(contexts: BrowserContext[]): Promise<void> {
  const pages = contexts.flatMap((context) => context.pages());
  await Promise.all(pages.map((page) => page.evaluate(() => 0).catch(() => undefined)));
}

export const test = base.extend<{ policyViolations: string[] }>({
  policyViolations: [
    async ({ browser, serviceWorkers }, use) => {
      const violations: string[] = [];
      const opened: BrowserContext[] = [];
      const newContext = browser.newContext;
      // The browser is shared by the worker's tests, one at a time: watch only this test's.
      browser.newContext = async function (this: Browser, ...args) {
        const context = await newContext.apply(this, args);
        await watchPolicy(context, violations);
        if ((args[0]?.serviceWorkers ?? serviceWorkers) === 'block')
          await context.addInitScript(refuseServiceWorkers);
        opened.push(context);
        // A test that closes its own context would otherwise drop what is still in flight.
        const close = context.close;
        context.close = async function (this: BrowserContext, ...closeArgs) {
          await settle([context]);
          return close.apply(this, closeArgs);
        };
        return context;
      };
      try {
        await use(violations);
        await settle(opened);
      } finally {
        browser.newContext = newContext;
      }
      if (violations.length)
        throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
    },
    { auto: true },
  ],
  // Settled before Playwright closes the default context, which drops what is still in flight.
  context: async ({ context, policyViolations }, use) => {
    void policyViolations;
    await use(context);
    await settle([context]);
  },
});
