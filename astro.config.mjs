// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { ogImages } from './src/integrations/og-images.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinks } from './src/markdown/external-links.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { settingsCheck } from './src/integrations/settings-check.ts';
import adminIntegration from './src/integrations/admin.ts';
import toolOffline from './src/integrations/tool-offline.ts';
import dataStoreFromFile from './src/integrations/data-store-file.ts';

// The public address, used for canonical links, the sitemap and feeds.
// Deployments set SITE_URL; the default is where `npm start` serves.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  // Tests build fixture content with a cache of their own, so entries of
  // one run never leak into another's duplicate-slug check.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // A duplicate slug in a collection is an error, not a warning that
  // silently drops one of the two files.
  prerenderConflictBehavior: 'error',
  // Share cards last: they start drawing on worker threads when the pages
  // are written and are awaited after the search index, when this process
  // builds it (`npm run build` builds it once Astro has exited).
  integrations: [dataStoreFromFile(), settingsCheck(), mdx(), sitemap(), pagefindIndex(), toolOffline(), ogImages(), adminIntegration()],
  // Every stylesheet and script goes to a file under /_astro/, none inline,
  // so the Content-Security-Policy can allow 'self' alone (src/lib/site/security.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: { processor: satteri({ hastPlugins: [externalLinks] }) },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
