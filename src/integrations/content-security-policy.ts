/**
 * The Content-Security-Policy of every page, and the check that the build keeps to it.
 *
 * Astro writes the policy itself (`security.csp` in astro.config.mjs): a `<meta>` in each page's
 * head with the hashes of every script and style it bundles or inlines. Scripts it does not
 * process (`is:inline`) would get no hash and be blocked, so the scripts that must run before the
 * first paint (presentation mode, the compact header) are injected here as `head-inline` scripts,
 * which Astro does hash.
 *
 * After the build, every HTML file is read back and the build fails if a page has no policy,
 * allows `'unsafe-inline'` or `'unsafe-eval'`, or holds an inline script or style whose hash the
 * policy lacks, a `style` or event-handler attribute, or a `javascript:` URL: each of those would
 * be blocked in the browser (or would be a hole), and a test run may not open the page that has it.
 */
import type { AstroIntegration } from 'astro';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `type` values a browser runs as script; anything else (JSON, templates) is data. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The policy as `directive → sources`. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function allows(sources: string[], text: string): boolean {
  return (['sha256', 'sha384', 'sha512'] as const).some((algorithm) =>
    sources.includes(`'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`),
  );
}

/** Where a browser looks for an element's source: `*-src-elem`, else `*-src`, else `default-src`. */
function sourcesFor(directives: Map<string, string[]>, kind: 'script' | 'style'): string[] {
  return (
    directives.get(`${kind}-src-elem`) ??
    directives.get(`${kind}-src`) ??
    directives.get('default-src') ??
    []
  );
}

/** A script, a style, or a link that fetches one: what a policy must precede to govern. */
function loadsCode(node: Element): boolean {
  if (node.tagName === 'script' || node.tagName === 'style') return true;
  const rel = String(node.properties.rel ?? '').split(/[\s,]+/);
  return node.tagName === 'link' && rel.some((r) => /^(stylesheet|preload|modulepreload)$/.test(r));
}

function describe(node: Element): string {
  const text = toString(node).trim().slice(0, 60);
  return `<${node.tagName}>${text ? ` “${text}…”` : ''}`;
}

/** What in one page the browser would block under its own policy, or that weakens the policy. */
export function policyProblems(html: string): string[] {
  const tree: Root = fromHtml(html);
  const problems: string[] = [];
  const metas: Element[] = [];
  let beforePolicy: Element | undefined;
  visit(tree, 'element', (node) => {
    const httpEquiv = String(node.properties.httpEquiv ?? '').toLowerCase();
    if (node.tagName === 'meta' && httpEquiv === 'content-security-policy') metas.push(node);
    else if (!metas.length && loadsCode(node)) beforePolicy ??= node;
  });
  if (metas.length !== 1) return [`${metas.length} Content-Security-Policy meta elements, not 1`];
  // A policy in a meta element governs only what comes after it.
  if (beforePolicy) problems.push(`${describe(beforePolicy)} comes before the policy`);
  const policy = String(metas[0]!.properties.content ?? '');
  if (/'unsafe-(inline|eval|hashes)'/.test(policy)) problems.push(`the policy allows ${policy}`);
  const directives = parsePolicy(policy);
  visit(tree, 'element', (node) => {
    const { tagName, properties } = node;
    const text = toString(node);
    if (tagName === 'script' && properties.src === undefined) {
      const type = String(properties.type ?? '').toLowerCase();
      if (SCRIPT_TYPES.has(type) && !allows(sourcesFor(directives, 'script'), text))
        problems.push(`inline ${describe(node)} has no hash in script-src`);
    }
    if (tagName === 'style' && !allows(sourcesFor(directives, 'style'), text))
      problems.push(`inline ${describe(node)} has no hash in style-src`);
    // A hash never allows an attribute without 'unsafe-hashes', which the policy refuses.
    if (properties.style !== undefined) problems.push(`<${tagName} style="${properties.style}">`);
    for (const [name, value] of Object.entries(properties)) {
      if (/^on[a-z]/i.test(name)) problems.push(`<${tagName} ${name}> event-handler attribute`);
      if (/^\s*javascript:/i.test(String(value))) problems.push(`<${tagName} ${name}="${value}">`);
    }
  });
  return problems;
}

export default function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'ke-hoach-cchc:content-security-policy',
    hooks: {
      'astro:config:setup': async ({ config, injectScript }) => {
        if (!config.security.csp) throw new Error('security.csp must be set in astro.config.mjs');
        for (const early of ['presentation-mode-early.js', 'site-header-early.js'])
          injectScript(
            'head-inline',
            await readFile(new URL(`src/components/${early}`, config.root), 'utf8'),
          );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
        const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
        const problems: string[] = [];
        for (const entry of pages) {
          const file = join(entry.parentPath, entry.name);
          const path = relative(outDir, file).split('\\').join('/');
          for (const problem of policyProblems(await readFile(file, 'utf8')))
            problems.push(`${path}: ${problem}`);
        }
        if (problems.length) throw new Error(`Content-Security-Policy:\n${problems.join('\n')}`);
        logger.info(`${pages.length} pages keep to their Content-Security-Policy.`);
      },
    },
  };
}
