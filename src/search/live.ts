/** Live results under the header's search box, loaded on the first keystroke. */
import { href, routes } from '../site/paths.ts';
import { search } from './engine.ts';
import { loadErrorMessage } from './load-error.ts';
import { resultItem, summary } from './render.ts';

let timer: ReturnType<typeof setTimeout> | undefined;
let latest = 0;

export function showLiveResults(input: HTMLInputElement, popup: HTMLElement): void {
  clearTimeout(timer);
  timer = setTimeout(() => void update(input, popup), 150);
  if (!popup.dataset.wired) {
    popup.dataset.wired = 'yes';
    document.addEventListener('click', (event) => {
      if (!input.form?.contains(event.target as Node)) close(popup);
    });
    input.form?.addEventListener('focusout', (event) => {
      if (!input.form?.contains(event.relatedTarget as Node | null)) close(popup);
    });
  }
}

function close(popup: HTMLElement): void {
  popup.hidden = true;
}

async function update(input: HTMLInputElement, popup: HTMLElement): Promise<void> {
  const query = input.value.trim();
  const ticket = ++latest;
  if (!query) return close(popup);
  const status = document.createElement('p');
  status.className = 'search-status';
  status.setAttribute('role', 'status');
  try {
    const results = await search(query, 5);
    if (ticket !== latest) return; // a newer keystroke has taken over
    status.textContent = summary(results);
    const list = document.createElement('ul');
    list.className = 'search-results';
    list.append(...results.hits.map((hit) => resultItem(hit, false)));
    const all = document.createElement('a');
    all.href = `${href(routes.search)}?q=${encodeURIComponent(query)}`;
    all.className = 'search-all';
    all.textContent = 'Xem tất cả kết quả';
    popup.replaceChildren(status, list, all);
  } catch {
    if (ticket !== latest) return;
    status.textContent = loadErrorMessage;
    popup.replaceChildren(status);
  }
  popup.hidden = false;
}
