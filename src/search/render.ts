/** Result markup shared by the header's live results and the search page. */
import type { SearchHit, SearchResults } from './engine.ts';
import { MAX_QUERY_CHARS, MAX_QUERY_WORDS } from './excerpt.ts';

export function resultItem(hit: SearchHit, withSection: boolean): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const title = document.createElement('a');
  title.href = hit.url;
  title.className = 'search-result-title';
  title.textContent = hit.title;
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  excerpt.innerHTML = hit.excerptHtml; // built from escaped text in excerpt.ts
  item.append(title, excerpt);
  if (withSection && hit.section) {
    const section = document.createElement('p');
    section.className = 'search-result-section';
    const link = document.createElement('a');
    link.href = hit.section.url;
    link.textContent = hit.section.title;
    section.append('Trong mục: ', link);
    item.append(section);
  }
  return item;
}

/** What a search found, for the status line; `query` is what was searched (see `boundQuery`). */
export function summary({ total, query, shortened }: Omit<SearchResults, 'hits'>): string {
  const found =
    total === 0
      ? `Không tìm thấy kết quả nào cho «${query}». Hãy thử từ khác, ít từ hơn, hoặc kiểm tra chính tả.`
      : `Có ${total.toLocaleString('vi-VN')} trang có «${query}».`;
  return shortened
    ? `${found} Từ khóa dài quá nên chỉ tìm theo phần đầu: tối đa ${MAX_QUERY_WORDS} từ, ${MAX_QUERY_CHARS} ký tự.`
    : found;
}
