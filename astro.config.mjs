// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { cspConfig } from './src/site/csp.ts';
import { sidebarConfig } from './src/site/sidebar.ts';
import { localesConfig } from './src/i18n/locales.ts';
import { artifactsIntegration } from './src/site/artifacts-integration.ts';
import { catalogIntegration } from './src/site/catalog-integration.ts';
import { cspFirstIntegration } from './src/site/csp-first.ts';

// Builds can run side by side (tests, benchmarks) when each names its own output folder.
const outDir = process.env.ASTRO_OUT_DIR ?? './dist';

export default defineConfig({
  // The public address: sitemap, canonical links and hreflang alternates are built from it.
  site: process.env.SITE_URL ?? 'https://care.imagicle.com',
  outDir,
  // `npm run build` builds into a staging folder but keeps the output folder's cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? `${outDir.replace(/\/$/, '')}-cache`,
  trailingSlash: 'always',
  security: { csp: cspConfig },
  // Astro does not hash the styles it inlines for components used in MDX, so a strict style-src
  // would block them: every stylesheet is a file, allowed by 'self'.
  build: { inlineStylesheets: 'never' },
  // Code blocks are Expressive Code's (Starlight), with the CSP-safe markup of ec.config.mjs;
  // Astro's own Shiki pass would only add inline styles (and a build warning).
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro's MDX pipeline marks modules "use astro:head-inject" for itself; the bundler
          // cannot know that directive and warns six times per build about nothing a project can fix.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    catalogIntegration(),
    artifactsIntegration(),
    cspFirstIntegration(),
    starlight({
      title: { it: 'Guida ImagicleCare', en: 'ImagicleCare guide' },
      description: 'La guida ai servizi ImagicleCare e agli eventi coperti dal Supporto Proattivo di Imagicle.',
      favicon: '/favicon.svg',
      defaultLocale: 'root',
      locales: localesConfig,
      sidebar: sidebarConfig,
      components: { Footer: './src/components/guide/Footer.astro' },
      // Content styles, and on paper: content only, with the page's address, catalogue version and link targets.
      customCss: ['./src/site/content.css', './src/styles/print.css'],
      routeMiddleware: './src/site/route-middleware.ts',
      // Our own bilingual 404 page (src/pages/404.astro).
      disable404Route: true,
    }),
  ],
});
