// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { localesConfig } from './src/i18n/locales.ts';
import { imagicleCare } from './src/site/plugin.ts';

// Builds can run side by side (tests, benchmarks) when each names its own output folder.
const outDir = process.env.ASTRO_OUT_DIR ?? './dist';

// The public address: sitemap, canonical links and hreflang alternates are built from it. A site
// served below a path (https://example.com/care/) gets that path as its base.
const site = process.env.SITE_URL ?? 'https://care.imagicle.com';

export default defineConfig({
  site,
  base: new URL(site).pathname,
  outDir,
  // `npm run build` builds into a staging folder but keeps the output folder's cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? `${outDir.replace(/\/$/, '')}-cache`,
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: { it: 'Guida ImagicleCare', en: 'ImagicleCare guide' },
      description: 'La guida ai servizi ImagicleCare e agli eventi coperti dal Supporto Proattivo di Imagicle.',
      favicon: '/favicon.svg',
      defaultLocale: 'root',
      locales: localesConfig,
      // The catalogue, its artifacts, the strict CSP, the sidebar, the route middleware, the overrides.
      plugins: [imagicleCare()],
    }),
  ],
});
