/**
 * The one place that talks to Pagefind in the browser. Its bundle (JS, WASM, index) is fetched on
 * the first search only, so reading pages stay light.
 */
import { href } from '../site/paths.ts';
import { boundQuery, buildExcerpt, exactMatchScore } from './excerpt.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  /** The heading that opens the section; absent for the page's opening part. */
  anchor?: { location: number };
}
interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

export interface SearchHit {
  title: string;
  /** Opens the page at the matched words where the browser supports text fragments. */
  url: string;
  excerptHtml: string;
  /** The headed section of the page that holds the excerpt, when Pagefind reports it. */
  section?: { title: string; url: string };
}

/** How many of Pagefind's top results are fetched to re-rank by typed accents. */
const RERANK_WINDOW = 30;

let loading: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ href('pagefind/pagefind.js')) as Promise<Pagefind>).then(
    async (pagefind) => {
      await pagefind.init();
      return pagefind;
    },
    (error: unknown) => {
      loading = undefined; // let a later search retry, e.g. once the connection is back
      throw error;
    },
  );
  return loading;
}

/**
 * The section whose heading comes last before the excerpt. Pagefind counts positions in words
 * split on white space, and lists only sections where it matched a word of the query.
 */
function sectionAt(page: PagefindData, start: number): SearchHit['section'] {
  if (start < 0) return undefined;
  const wordIndex = page.content.slice(0, start).split(/\s+/).filter(Boolean).length;
  const section = page.sub_results
    .filter((sub) => sub.anchor && sub.anchor.location <= wordIndex)
    .at(-1);
  return section && { title: section.title, url: section.url };
}

export interface SearchResults {
  hits: SearchHit[];
  total: number;
  /** What was searched: the query within its bounds (`boundQuery`). */
  query: string;
  /** Words of the query were left out to keep within the bounds. */
  shortened: boolean;
}

export async function search(query: string, limit: number): Promise<SearchResults> {
  const { text, shortened } = boundQuery(query);
  if (!text) return { hits: [], total: 0, query: text, shortened };
  const pagefind = await load();
  const { results } = await pagefind.search(text);
  // Pagefind also matches the unaccented copy of each page, so with accents typed the pages that
  // have the words exactly as typed are moved first. Pagefind's order breaks ties.
  const pages = (await Promise.all(results.slice(0, RERANK_WINDOW).map((result) => result.data())))
    .map((page, rank) => ({ page, rank, exact: exactMatchScore(page.content, text) }))
    .sort((a, b) => b.exact - a.exact || a.rank - b.rank)
    .slice(0, limit)
    .map(({ page }) => page);
  const hits = pages.map((page): SearchHit => {
    const excerpt = buildExcerpt(page.content, text);
    const fragment = excerpt.anchorText ? `#:~:text=${encodeURIComponent(excerpt.anchorText)}` : '';
    return {
      title: page.meta.title ?? page.url,
      url: page.url + fragment,
      excerptHtml: excerpt.html,
      section: sectionAt(page, excerpt.start),
    };
  });
  return { hits, total: results.length, query: text, shortened };
}
