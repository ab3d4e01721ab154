// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import contentSecurityPolicy from './src/integrations/content-security-policy.ts';
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
  integrations: [mdx(), preact(), sitemap(), contentSecurityPolicy(), pagefind(), serviceWorker()],
  devToolbar: { enabled: false },
  // Astro keeps an island's entry chunk to its own exports, so every module the builder's entry
  // shares with a lazy section becomes a chunk of its own, each with its overhead, against the
  // builder's 35 kB start-up budget (scripts/bench/builder.mjs). Preact, the shared banner and
  // the vi-VN formatting are all loaded at start-up: one chunk for them.
  vite: {
    // The desk's worker (src/desk/worker.ts) is a module worker that loads parts of the model
    // lazily, which only the ES format can split.
    worker: { format: 'es' },
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'preact-ui',
                test: /node_modules[\\/]preact[\\/]|src[\\/]ui[\\/]banner[\\/]|src[\\/]plan[\\/]vi-format\.ts/,
              },
              // Shared by every page's header and by the desk: kept out of the builder's chunk.
              {
                name: 'site-core',
                test: /vite[\\/]preload-helper|src[\\/]site[\\/]paths\.ts/,
              },
              { name: 'stores', test: /node_modules[\\/](@nanostores[\\/]preact|nanostores)[\\/]/ },
              // Saved drafts: the desk makes them too.
              { name: 'drafts', test: /src[\\/]drafts[\\/](drafts|local-store|draft-name)\.ts/ },
              // The builder's address, stores and saved drafts, which every visit to it loads:
              // left to themselves they split into a chunk per set of lazy sections sharing them,
              // each with its overhead against the 35 kB start-up budget.
              {
                name: 'builder-core',
                test: /src[\\/]builder[\\/](navigation|stores[\\/](checks|editor|tab-lock|workspace))\.ts/,
              },
            ],
          },
        },
      },
    },
  },
  // No code blocks in the content, and Shiki's inline styles would break the policy below.
  markdown: { syntaxHighlight: false },
  // The policy of every page, as a <meta> Astro fills with the hashes of its scripts and styles;
  // src/integrations/content-security-policy.ts fails the build if a page breaks it. Pagefind
  // runs WebAssembly ('wasm-unsafe-eval'); fflate zips large exports in a blob: worker.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
