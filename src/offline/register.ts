/**
 * Registers the service worker (`src/offline/sw.ts`) in production builds, and speaks for it in
 * the page's status region: once when the site first becomes usable offline, and whenever a new
 * version is waiting. The new version takes over only when the user asks, and the page then
 * reloads; the builder saves drafts on `pagehide`, so the reload loses nothing.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const region = document.querySelector<HTMLElement>('[data-offline-status]');

function say(region: HTMLElement, text: string, label: string, act: () => void): void {
  const message = document.createElement('p');
  message.textContent = text;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', act);
  region.replaceChildren(message, button);
}

function start(sw: ServiceWorkerContainer, region: HTMLElement): void {
  // A page that loaded without this site's worker and then gains it has just become usable
  // offline; a page that had it is seeing a new version (from its own button, or another tab's).
  // Another deployment on the same origin, at `/`, may control a page under `/cchc/` at first.
  const script = new URL(`${base}sw.js`, location.href).href;
  const own = () => sw.controller?.scriptURL === script;
  let controlled = own();
  let updating = false;
  const offerUpdate = (act: () => void) =>
    say(region, 'Đã có phiên bản mới của trang.', 'Cập nhật ngay', act);

  sw.addEventListener('controllerchange', () => {
    if (!own()) return;
    if (updating) location.reload();
    else if (controlled) offerUpdate(() => location.reload());
    else
      say(region, 'Trang đã sẵn sàng để dùng khi không có mạng.', 'Đóng', () => {
        region.replaceChildren();
        document.getElementById('noi-dung')?.focus({ preventScroll: true });
      });
    controlled = true;
  });

  let offered: ServiceWorker | undefined;
  const waiting = (worker: ServiceWorker) => {
    if (!controlled || worker === offered) return;
    offered = worker;
    offerUpdate(() => {
      updating = true;
      worker.postMessage('skip-waiting');
    });
  };
  const watch = (worker: ServiceWorker | null) => {
    if (worker?.state === 'installed') waiting(worker);
    else
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') waiting(worker);
      });
  };

  // After `load`, so that precaching the site never competes with the page the user opened.
  addEventListener('load', () => {
    sw.register(script, { scope: base }).then(
      (registration) => {
        watch(registration.waiting);
        watch(registration.installing);
        registration.addEventListener('updatefound', () => watch(registration.installing));
      },
      () => {
        // No worker (storage blocked, private window): the site still works online.
      },
    );
  });
}

if (import.meta.env.PROD && region && 'serviceWorker' in navigator)
  start(navigator.serviceWorker, region);
