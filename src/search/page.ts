/**
 * The search page: reads `?q=` so a search can be shared as a link, and keeps the address in step
 * with what is typed.
 */
import { loadErrorMessage } from './load-error.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLElement>('[data-search-results]')!;

let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

async function run(query: string): Promise<void> {
  const ticket = ++latest;
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!query) {
    status.textContent = '';
    list.replaceChildren();
    return;
  }
  status.textContent = 'Đang tìm…';
  try {
    // The engine, Pagefind and the result markup load with the first search, not with the page.
    const [engine, { resultItem, summary }] = await Promise.all([
      import('./engine.ts'),
      import('./render.ts'),
    ]);
    const results = await engine.search(query, 20);
    if (ticket !== latest) return;
    status.textContent = summary(results);
    list.replaceChildren(...results.hits.map((hit) => resultItem(hit, true)));
  } catch {
    if (ticket !== latest) return;
    status.textContent = loadErrorMessage;
    list.replaceChildren();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run(input.value.trim());
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(input.value.trim()), 200);
});

const initial = new URLSearchParams(location.search).get('q')?.trim() ?? '';
if (initial) {
  input.value = initial;
  void run(initial);
}
form.dataset.ready = 'true';
