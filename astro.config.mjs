// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { localesConfig } from './src/i18n/locales.ts';
import { catalogIntegration } from './src/integration/catalog.ts';

// Builds can run side by side (tests, benchmarks) when each names its own output folder.
const outDir = process.env.ASTRO_OUT_DIR ?? './dist';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://care.imagicle.com',
  outDir,
  cacheDir: `${outDir.replace(/\/$/, '')}-cache`,
  trailingSlash: 'always',
  integrations: [
    catalogIntegration(),
    starlight({
      title: { it: 'Guida ImagicleCare', en: 'ImagicleCare guide' },
      defaultLocale: 'root',
      locales: localesConfig,
    }),
  ],
});
