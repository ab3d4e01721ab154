/**
 * Links the first occurrence of each glossary term on a page to its definition, so a reader
 * who meets "TTHC" or "một cửa liên thông" is one step from what it means.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

export interface LinkableTerm {
  id: string;
  /** Exact forms as they occur in the text. */
  matches: string[];
}

/** Inside these, a term is already a heading or a link: leave it alone. */
const SKIP = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'script',
  'style',
  'th',
]);

// A code like "SNV-CCHC" or "CCHC-ĐT" is a document symbol, not the term.
const LETTER = /[\p{L}\p{N}\-/&]/u;

interface Hit {
  termId: string;
  start: number;
  end: number;
}

/** The earliest whole-word occurrence of any pending term; at a tie the longer form wins. */
function firstHit(value: string, pending: Map<string, string[]>): Hit | undefined {
  let best: Hit | undefined;
  for (const [termId, forms] of pending) {
    for (const form of forms) {
      let from = 0;
      for (;;) {
        const start = value.indexOf(form, from);
        if (start < 0) break;
        const end = start + form.length;
        const whole = !LETTER.test(value[start - 1] ?? '') && !LETTER.test(value[end] ?? '');
        if (whole) {
          if (!best || start < best.start || (start === best.start && end > best.end)) {
            best = { termId, start, end };
          }
          break;
        }
        from = start + 1;
      }
    }
  }
  return best;
}

function split(
  value: string,
  pending: Map<string, string[]>,
  href: (id: string) => string,
): ElementContent[] {
  const hit = firstHit(value, pending);
  if (!hit) return [{ type: 'text', value }];
  pending.delete(hit.termId);
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['term'], href: href(hit.termId) },
    children: [{ type: 'text', value: value.slice(hit.start, hit.end) }],
  };
  const before: ElementContent[] =
    hit.start > 0 ? [{ type: 'text', value: value.slice(0, hit.start) }] : [];
  return [...before, link, ...split(value.slice(hit.end), pending, href)];
}

export function linkGlossaryTerms(
  tree: Root,
  terms: LinkableTerm[],
  href: (id: string) => string,
): void {
  const pending = new Map(
    terms
      .filter((t) => t.matches.length > 0)
      .map((t) => [t.id, t.matches.toSorted((a, b) => b.length - a.length)] as const),
  );

  const walk = (node: Root | Element): void => {
    if (pending.size === 0) return;
    const next: ElementContent[] = [];
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'text') {
        next.push(...split((child as Text).value, pending, href));
      } else {
        if (
          child.type === 'element' &&
          !SKIP.has(child.tagName) &&
          !('dataNoTerms' in child.properties)
        ) {
          walk(child);
        }
        next.push(child);
      }
    }
    node.children = next as typeof node.children;
  };
  walk(tree);
}
