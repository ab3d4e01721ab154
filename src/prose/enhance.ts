/**
 * Build-time finishing of a published document's HTML: anchors with copy-links, a table of
 * contents, and links from glossary terms to their definitions.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { addAnchors, type TocEntry } from './anchors.ts';
import { linkGlossaryTerms, type LinkableTerm } from './glossary-links.ts';

export interface EnhanceOptions {
  terms: LinkableTerm[];
  termHref: (id: string) => string;
  /** Root-relative links written in the content ("/huong-dan/#i") go through this. */
  siteHref?: (path: string) => string;
}

export function enhanceProse(
  html: string,
  options: EnhanceOptions,
): { html: string; toc: TocEntry[] } {
  const tree = fromHtml(html, { fragment: true });
  const toc = addAnchors(tree);
  const { siteHref } = options;
  // Before glossary links, whose hrefs already carry the base.
  if (siteHref) {
    // Authors write "/de-cuong/#iii"; under a sub-path deployment that must become "/cchc/de-cuong/#iii".
    visit(tree, 'element', (node) => {
      const target = node.properties.href;
      if (node.tagName === 'a' && typeof target === 'string' && /^\/(?!\/)/.test(target)) {
        node.properties.href = siteHref(target);
      }
    });
  }
  linkGlossaryTerms(tree, options.terms, options.termHref);
  return { html: toHtml(tree), toc };
}

export type { TocEntry };
