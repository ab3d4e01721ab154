// Where a system Chromium lives. CHROMIUM_PATH overrides; undefined means "use Playwright's own".
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return candidates.find((path) => existsSync(path));
}

/** Flags that keep Chromium from reaching out to the network on its own. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Parts of the full browser's window that its headless mode still builds for every page, and
 * that no test sees: the address bar's popups, two pages of browser UI (chrome://omnibox-popup)
 * in a renderer of their own started with each new page. They took a third of the browser's CPU
 * in the browser tests (Chromium 156); Playwright's own headless build has no such window.
 */
const unseenFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/**
 * `chromium.launch` options for the tests: the system Chromium with `chromiumArgs`, less the
 * window parts no test sees, started through chromium-features.sh so that this list of disabled
 * features is joined to Playwright's rather than replacing it. Without a system Chromium,
 * Playwright's own.
 */
export function testLaunchOptions() {
  const executable = findChromium();
  if (!executable) return { args: chromiumArgs };
  return {
    executablePath: fileURLToPath(new URL('chromium-features.sh', import.meta.url)),
    args: [...chromiumArgs, `--disable-features=${unseenFeatures.join(',')}`],
    env: { ...process.env, CHROMIUM_EXECUTABLE: executable },
  };
}
