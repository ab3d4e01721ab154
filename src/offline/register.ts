/**
 * Registers the service worker (`src/offline/sw.ts`) in production builds, and speaks for it in
 * a small notice: once when the site first becomes usable offline (it hides by itself after a few
 * seconds), and whenever a new version is waiting (that one stays until answered). The new
 * version takes over only when the user asks, and the page then reloads; the builder saves drafts
 * on `pagehide`, so the reload loses nothing.
 *
 * The notice never sits on what the user is doing: it keeps to the edge of the window away from
 * the focused field, and in presentation mode the stylesheet keeps it out of sight (a projector
 * shows the document). Screen readers hear each message once, from a `role="status"` line of its
 * own that is always in the page (a live region must be there before it speaks); the box is shown
 * and hidden with `hidden`, so it appears and goes without moving anything (no layout shift).
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const region = document.querySelector<HTMLElement>('[data-offline-status]');
const said = document.querySelector<HTMLElement>('[data-offline-said]');

/** How long the "ready offline" notice stays: long enough to read twice, short enough not to bother. */
const READY_SHOWN_MS = 8000;
/** How often, and how many times, a waiting version is asked again to take over (see takeOver). */
const TAKE_OVER_RETRY_MS = 2000;
const TAKE_OVER_TRIES = 5;

function notices(region: HTMLElement, said: HTMLElement) {
  // Which message is showing, so that a timer or listener left by an earlier one cannot hide a
  // later one (every `say` and every `hide` starts a new one).
  let shown = 0;

  // The edge away from the focused field: the top when it sits in the lower half of the window.
  const place = () => {
    if (region.hidden) return;
    const focused = document.activeElement;
    // Focus on the notice's own button stays where it is: a mouse button pressed on it gives it
    // focus, and a notice that moved then would take the button from under the pointer before
    // the mouse button is released, and the click with it.
    if (focused && region.contains(focused)) return;
    const field =
      focused && focused !== document.body ? focused.getBoundingClientRect() : undefined;
    const low = field && field.height > 0 && field.top + field.height / 2 > innerHeight / 2;
    if (low) region.dataset.edge = 'top';
    else delete region.dataset.edge;
  };
  let placing = false;
  const placeSoon = () => {
    if (placing || region.hidden) return;
    placing = true;
    requestAnimationFrame(() => {
      placing = false;
      place();
    });
  };
  addEventListener('focusin', placeSoon);
  addEventListener('scroll', placeSoon, { passive: true });

  const hide = () => {
    shown++;
    // Focus on a button about to go goes back to the page, not to the top of the document.
    const hadFocus = region.contains(document.activeElement);
    said.textContent = '';
    region.replaceChildren();
    region.hidden = true;
    delete region.dataset.edge;
    if (hadFocus) document.getElementById('noi-dung')?.focus({ preventScroll: true });
  };

  return {
    /** Shows `text` with one button; `act` runs on it, and `hideAfter` hides the notice by itself. */
    say(text: string, label: string, act: () => void, hideAfter?: number): void {
      const current = ++shown;
      const hideThis = () => {
        if (current === shown) hide();
      };
      said.textContent = text;
      const message = document.createElement('p');
      message.textContent = text;
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.addEventListener('click', act);
      region.replaceChildren(message, button);
      region.hidden = false;
      place();
      if (hideAfter) {
        // Not while the user is on its button: then it goes when focus leaves it.
        const hideWhenIdle = () => {
          if (region.contains(document.activeElement))
            region.addEventListener('focusout', () => setTimeout(hideThis, 1000), { once: true });
          else hideThis();
        };
        setTimeout(hideWhenIdle, hideAfter);
      }
    },
    hide,
  };
}

function start(sw: ServiceWorkerContainer, region: HTMLElement, said: HTMLElement): void {
  const notice = notices(region, said);
  // A page that loaded without this site's worker and then gains it has just become usable
  // offline; a page that had it is seeing a new version (from its own button, or another tab's).
  // Another deployment on the same origin, at `/`, may control a page under `/cchc/` at first.
  const script = new URL(`${base}sw.js`, location.href).href;
  const own = () => sw.controller?.scriptURL === script;
  let controlled = own();
  let updating = false;
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  const offerUpdate = (act: () => void) =>
    notice.say('Đã có phiên bản mới của trang.', 'Cập nhật ngay', act);

  sw.addEventListener('controllerchange', () => {
    if (!own()) return;
    if (updating) reload();
    else if (controlled) offerUpdate(reload);
    else
      notice.say(
        'Trang đã sẵn sàng để dùng khi không có mạng.',
        'Đóng',
        notice.hide,
        READY_SHOWN_MS,
      );
    controlled = true;
  });

  // The user asked for the new version: the waiting worker is told to take over, and the page
  // reloads when it has (controllerchange). The message can be lost (a waiting worker being
  // started or stopped by the browser drops it) and the worker offered can have been replaced by
  // a newer one, so the newest waiting worker is asked again until it takes over; past a few
  // tries the page reloads anyway, which shows whichever version then controls it (and offers
  // the update again if it is still waiting) rather than leave a button that does nothing.
  const takeOver = () => {
    if (updating) return;
    updating = true;
    let tries = 0;
    const ask = async () => {
      if (reloading) return;
      const registration = await sw.getRegistration(base);
      const next = registration?.waiting;
      if (!next || ++tries > TAKE_OVER_TRIES) return reload();
      next.postMessage('skip-waiting');
      setTimeout(() => void ask(), TAKE_OVER_RETRY_MS);
    };
    void ask();
  };

  let offered: ServiceWorker | undefined;
  const waiting = (worker: ServiceWorker) => {
    if (!controlled || worker === offered) return;
    offered = worker;
    offerUpdate(takeOver);
  };
  const watch = (worker: ServiceWorker | null) => {
    if (worker?.state === 'installed') waiting(worker);
    else
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') waiting(worker);
      });
  };

  const register = () =>
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

  // After `load` and once the page is idle, so that precaching the site (more CPU than the
  // builder's own start) never competes with the page the user opened.
  const whenIdle = (run: () => void) =>
    'requestIdleCallback' in window
      ? requestIdleCallback(run, { timeout: 5000 })
      : setTimeout(run, 1000);
  addEventListener('load', () => setTimeout(() => whenIdle(register), 1000));
}

if (import.meta.env.PROD && region && said && 'serviceWorker' in navigator)
  start(navigator.serviceWorker, region, said);
