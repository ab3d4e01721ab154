// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';

// BASE_PATH deploys the site under a sub-path (e.g. /cchc/); SITE_URL is its public origin,
// used for canonical links, Open Graph and the sitemap; OUT_DIR lets the tests keep a
// sub-path build beside the normal one.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://cchc.example.org',
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // serviceWorker() lists the files of the build, Pagefind's index included: it must come last.
  integrations: [mdx(), preact(), sitemap(), pagefind(), serviceWorker()],
  devToolbar: { enabled: false },
});
