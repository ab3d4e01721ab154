/**
 * Build-time finishing of a published document's HTML: anchors with copy-links, a table of
 * contents, and links from glossary terms to their definitions.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { addAnchors, type TocEntry } from './anchors.ts';
import { linkGlossaryTerms, type LinkableTerm } from './glossary-links.ts';

export interface EnhanceOptions {
  terms: LinkableTerm[];
  termHref: (id: string) => string;
}

export function enhanceProse(
  html: string,
  options: EnhanceOptions,
): { html: string; toc: TocEntry[] } {
  const tree = fromHtml(html, { fragment: true });
  const toc = addAnchors(tree);
  linkGlossaryTerms(tree, options.terms, options.termHref);
  return { html: toHtml(tree), toc };
}

export type { TocEntry };
