/** Result markup shared by the header's live results and the search page. */
import type { SearchHit } from './engine.ts';

export function resultItem(hit: SearchHit, withSections: boolean): HTMLLIElement {
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
  if (withSections && hit.sections.length > 0) {
    const sections = document.createElement('ul');
    sections.className = 'search-result-sections';
    for (const section of hit.sections) {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = section.url;
      link.textContent = section.title;
      li.append(link);
      sections.append(li);
    }
    item.append(sections);
  }
  return item;
}

export function summary(total: number, query: string): string {
  return total === 0
    ? `Không tìm thấy kết quả nào cho «${query}». Hãy thử từ khác, ít từ hơn, hoặc kiểm tra chính tả.`
    : `Có ${total.toLocaleString('vi-VN')} trang có «${query}».`;
}

export const loadErrorMessage =
  'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.';
