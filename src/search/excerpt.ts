/**
 * Excerpts for search results, built from the page text Pagefind returns.
 *
 * Pagefind cannot fold `đ` (its index holds an unaccented copy of each page in metadata, see
 * `src/integrations/pagefind.ts`), so for a query like "don vi" its own excerpt would show no
 * match. Here the query and the text are both folded, matches are found in the folded text and
 * marked at the same offsets in the original. Typed accents are honoured: an exact-accent
 * occurrence is preferred to a folded one.
 */
import { fold } from '../text/vietnamese.ts';

export interface Excerpt {
  /** HTML: escaped text with `<mark>` around matched words. */
  html: string;
  /** A few words of the original text at the best match, for a `#:~:text=` link. */
  anchorText: string;
  /** Where the best match starts in the text (UTF-16 offset), or -1. */
  start: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const CONTEXT_BEFORE = 90;
const CONTEXT_AFTER = 170;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface Occurrence {
  start: number;
  end: number;
  token: number;
  /** The word is the token, not just a word that begins with it. */
  whole: boolean;
  exact: boolean;
}

function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && WORD_CHAR.test(text[i]!)) i++;
  return i;
}

/** The most of a query that is searched: enough for any real question, cheap to excerpt. */
export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_WORDS = 10;

/**
 * The query as searched: its first {@link MAX_QUERY_CHARS} characters, cut between words, and of
 * those the first {@link MAX_QUERY_WORDS} distinct words. Without a bound, a shared `?q=` of
 * 2,000 words kept the page excerpting for seconds. `shortened` says that words were left out
 * (repeated words are dropped silently: they change nothing).
 */
export function boundQuery(query: string): { text: string; shortened: boolean } {
  // Sliced before anything else, so the work never grows with what was typed or linked.
  const head = query.slice(0, MAX_QUERY_CHARS * 4).normalize('NFC');
  let cut = head.slice(0, MAX_QUERY_CHARS);
  // Half a word would search for another word; half a surrogate pair is not text.
  if (head.length > MAX_QUERY_CHARS && !/\s/.test(head[MAX_QUERY_CHARS]!))
    cut = cut.replace(/\S+$/, '');
  const words: string[] = [];
  const seen = new Set<string>();
  let shortened = cut.trim().length < query.trim().normalize('NFC').length;
  for (const word of cut.split(/\s+/).filter(Boolean)) {
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    if (seen.size === MAX_QUERY_WORDS) {
      shortened = true;
      break;
    }
    seen.add(key);
    words.push(word);
  }
  return { text: words.join(' '), shortened };
}

/** Query words: NFC, lower case, with their folded form. */
export function queryTokens(query: string): { exact: string; folded: string }[] {
  return query
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((exact) => ({ exact, folded: fold(exact) }));
}

function occurrences(
  content: string,
  folded: string,
  tokens: ReturnType<typeof queryTokens>,
): Occurrence[] {
  const found: Occurrence[] = [];
  const lower = content.toLowerCase();
  tokens.forEach((token, index) => {
    const accented = token.exact !== token.folded;
    // Only the last word may still be being typed, so only it matches as a prefix ("kie" → "kiến").
    const prefixAllowed = index === tokens.length - 1;
    let from = 0;
    while (found.length < 2000) {
      const start = folded.indexOf(token.folded, from);
      if (start < 0) break;
      from = start + 1;
      if (start > 0 && WORD_CHAR.test(folded[start - 1]!)) continue;
      const end = wordEnd(content, start + token.folded.length);
      if (!prefixAllowed && end !== start + token.folded.length) continue;
      found.push({
        start,
        end,
        token: index,
        whole: end === start + token.folded.length,
        exact: !accented || lower.startsWith(token.exact, start),
      });
    }
  });
  // A half-typed last word is marked as a prefix only where it is nowhere a whole word.
  const last = tokens.length - 1;
  if (found.some((o) => o.token === last && o.whole)) {
    return found.filter((o) => o.token !== last || o.whole).sort((a, b) => a.start - b.start);
  }
  return found.sort((a, b) => a.start - b.start);
}

export function buildExcerpt(content: string, query: string): Excerpt {
  const tokens = queryTokens(query);
  const text = content.normalize('NFC');
  const all = occurrences(text, fold(text), tokens);
  if (all.length === 0) {
    const end = text.lastIndexOf(' ', CONTEXT_AFTER);
    return {
      html: escapeHtml(text.slice(0, end > 0 ? end : CONTEXT_AFTER)) + '…',
      anchorText: '',
      start: -1,
    };
  }

  // The best anchor has the most distinct query words near it, then the most exact accents.
  let best = all[0]!;
  let bestScore = -1;
  for (const candidate of all) {
    const near = all.filter(
      (o) =>
        o.start >= candidate.start - CONTEXT_BEFORE && o.start <= candidate.start + CONTEXT_AFTER,
    );
    const score =
      new Set(near.map((o) => o.token)).size * 100 +
      near.filter((o) => o.exact).length * 2 +
      (candidate.exact ? 1 : 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }

  let start = Math.max(0, best.start - CONTEXT_BEFORE);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, best.start + CONTEXT_AFTER);
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > best.end ? text.lastIndexOf(' ', end) : end;

  let html = start > 0 ? '…' : '';
  let cursor = start;
  for (const o of all) {
    if (o.start < cursor || o.end > end) continue;
    html +=
      escapeHtml(text.slice(cursor, o.start)) +
      '<mark>' +
      escapeHtml(text.slice(o.start, o.end)) +
      '</mark>';
    cursor = o.end;
  }
  html += escapeHtml(text.slice(cursor, end)) + (end < text.length ? '…' : '');

  const anchorWords = text.slice(best.start).split(/\s+/).slice(0, 4).join(' ');
  return { html, anchorText: anchorWords.replace(/[.,;:!?…)]+$/u, ''), start: best.start };
}

/**
 * How well a page matches the accents the user typed: distinct accented words found exactly,
 * then how often. Zero when the query has no accents, so unaccented queries keep Pagefind's order.
 */
export function exactMatchScore(content: string, query: string): number {
  const tokens = queryTokens(query);
  if (tokens.every((t) => t.exact === t.folded)) return 0;
  const text = content.normalize('NFC');
  const found = occurrences(text, fold(text), tokens).filter((o) => o.exact);
  return new Set(found.map((o) => o.token)).size * 1000 + Math.min(found.length, 999);
}
