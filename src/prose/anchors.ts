/**
 * Stable anchors for the published documents.
 *
 * Ids come from the documents' own numbering (I → `i`, I.2 → `i-2`, outline II.5 → `ii-5`),
 * not from heading text, so links from provincial portals and from the plan checker keep working
 * if a heading's wording is ever corrected. Unnumbered headings fall back to an unaccented slug.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { slugify } from '../text/vietnamese.ts';

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

const ROMAN = /^([IVX]+)\.\s/;
const ARABIC = /^(\d+)\\?\.\s/;

function classList(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function copyLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['anchor-link'],
      href: `#${id}`,
      dataPagefindIgnore: '',
      dataCopyLink: '',
    },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { ariaHidden: 'true' },
        children: [{ type: 'text', value: '#' }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'] },
        children: [{ type: 'text', value: `Liên kết đến mục: ${label}` }],
      },
    ],
  };
}

/**
 * Gives every h2/h3, every numbered paragraph and every paragraph or definition term that
 * already has an id a stable id and a visible
 * copy-link, and returns the table of contents. Mutates the tree.
 */
export function addAnchors(tree: Root): TocEntry[] {
  const toc: TocEntry[] = [];
  const used = new Set<string>();
  let section = '';

  const unique = (id: string): string => {
    let candidate = id || 'muc';
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    return candidate;
  };

  // Collect first, then mutate, so that wrapping headings does not disturb the walk.
  const targets: {
    node: Element;
    parent: Element | Root;
    id: string;
    text: string;
    depth?: 2 | 3;
  }[] = [];
  visit(tree, 'element', (node, _index, parent) => {
    if (!parent) return;
    const text = toString(node).trim();
    if (node.tagName === 'h2') {
      const roman = ROMAN.exec(text)?.[1];
      section = roman ? roman.toLowerCase() : slugify(text);
      targets.push({ node, parent, id: unique(section), text, depth: 2 });
      return 'skip';
    }
    if (node.tagName === 'h3') {
      const n = ARABIC.exec(text)?.[1];
      const id = n && section ? `${section}-${n}` : slugify(text);
      targets.push({ node, parent, id: unique(id), text, depth: 3 });
      return 'skip';
    }
    if (node.tagName === 'p' || node.tagName === 'dt') {
      const explicit = typeof node.properties.id === 'string' ? node.properties.id : undefined;
      const n = ARABIC.exec(text)?.[1];
      if (explicit) targets.push({ node, parent, id: unique(explicit), text });
      else if (n && section) targets.push({ node, parent, id: unique(`${section}-${n}`), text });
      return 'skip';
    }
    return undefined;
  });

  for (const { node, parent, id, text, depth } of targets) {
    node.properties.id = id;
    const link = copyLink(id, text);
    if (depth) {
      toc.push({ id, text, depth });
      // The link sits beside the heading, not inside it, so the heading's name stays its text.
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `level-${depth}`] },
        children: [node, link],
      };
      const index = parent.children.indexOf(node as ElementContent);
      parent.children.splice(index, 1, wrapper);
    } else {
      node.children.push({ type: 'text', value: ' ' }, link);
      node.properties.className = [...classList(node), 'has-anchor'];
    }
  }
  return toc;
}
