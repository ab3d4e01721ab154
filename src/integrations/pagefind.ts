/**
 * Builds the Pagefind index after `astro build`, through Pagefind's Node API.
 *
 * Pagefind folds accents but not `đ` (it has no Unicode decomposition): "don vi" would not find
 * "đơn vị". So each page is handed to Pagefind with an unaccented copy of its text in a metadata
 * field, which Pagefind searches too. The copy exists only in the index: the pages readers
 * download are untouched.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { fold } from '../text/vietnamese.ts';

/** The text Pagefind would index: what is inside `data-pagefind-body`. */
function bodyText(html: string): string {
  const body = /<[^>]+data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return body
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z0-9#]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Pagefind joins adjacent cells and blocks without a space ("thực hiệnKinh phí"), which breaks
 * words at table and list boundaries; a space before each closing block tag keeps them apart.
 */
function separateBlocks(html: string): string {
  return html.replace(/<\/(th|td|li|p|h[1-6]|dt|dd|div|caption)>/g, ' </$1>');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'ke-hoach-cchc:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        let pages = 0;
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(file, 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          const path = relative(outDir, file).split('\\').join('/');
          // Relative to the site's root: Pagefind's script adds the base path it is served under.
          const url = '/' + path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/');
          const meta = `<meta data-pagefind-meta="fold[content]" content="${escapeAttribute(fold(bodyText(html)))}">`;
          const content = separateBlocks(html).replace('</head>', `${meta}</head>`);
          const added = await index.addHTMLFile({ url, content });
          if (added.errors.length) throw new Error(`Pagefind ${path}: ${added.errors.join('; ')}`);
          pages++;
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Pagefind indexed ${pages} pages.`);
      },
    },
  };
}
