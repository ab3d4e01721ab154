/**
 * What a search says when its code or Pagefind's index cannot be loaded. Apart from the result
 * markup (`render.ts`) so that the search page can load that markup with the first search.
 */
export const loadErrorMessage =
  'Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.';
