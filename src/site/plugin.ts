/**
 * The ImagicleCare site as one Starlight plugin: everything that turns a Starlight site into the
 * catalogue's guide is added here, so `astro.config.mjs` holds only the site's identity (address,
 * title, languages). It brings the catalogue (validated, as a virtual module), the artifacts for
 * monitoring components and the integration page's samples of them, the strict
 * Content-Security-Policy, the sidebar, the route middleware, the component overrides and the
 * client bundle's shape (module workers as its chunks, zod's locales left out).
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { artifactSamplesIntegration } from './artifact-samples.ts';
import { artifactsIntegration } from './artifacts-integration.ts';
import { catalogIntegration } from './catalog-integration.ts';
import { cspConfig } from './csp.ts';
import { sidebarConfig } from './sidebar.ts';
import { workerChunksPlugin } from './worker-chunks.ts';
import { skipZodLocalesInBuild } from '../artifacts/zod-locales.ts';

/** A file of the project, as Starlight and Vite take it: an absolute path. */
const projectFile = (relative: string): string => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

/** The Astro options the strict CSP depends on. */
function strictCspIntegration(): AstroIntegration {
  return {
    name: 'imagicle-care-csp',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          security: { csp: cspConfig },
          // Astro does not hash the styles it inlines for components used in MDX, so a strict
          // style-src would block them: every stylesheet is a file, allowed by 'self'.
          build: { inlineStylesheets: 'never' },
          // Code blocks are Expressive Code's (Starlight), with the CSP-safe markup of ec.config.mjs;
          // Astro's own Shiki pass would only add inline styles (and a build warning).
          markdown: { syntaxHighlight: false },
          vite: {
            build: {
              // One stylesheet for every page (15 kB gzipped, cached once) instead of up to seven small
              // render-blocking ones, each a round trip a phone on a slow network waits for before painting.
              cssCodeSplit: false,
              rollupOptions: {
                onwarn(warning: { code?: string; message: string }, warn: (warning: { message: string }) => void) {
                  // Astro's MDX pipeline marks modules "use astro:head-inject" for itself; the bundler
                  // cannot know that directive and warns six times per build about nothing a project can fix.
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
                    return;
                  warn(warning);
                },
              },
            },
          },
        });
      },
    },
  };
}

/** The client bundle's module workers as chunks of it, and zod's locales left out of it. */
function clientBundleIntegration(): AstroIntegration {
  return {
    name: 'imagicle-care-client-bundle',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [workerChunksPlugin(), skipZodLocalesInBuild()] } });
      },
    },
  };
}

/** The Starlight plugin of the ImagicleCare guide. */
export function imagicleCare(): StarlightPlugin {
  return {
    name: 'imagicle-care',
    hooks: {
      'config:setup': ({ config, updateConfig, addIntegration, addRouteMiddleware }) => {
        addIntegration(catalogIntegration());
        addIntegration(artifactsIntegration());
        addIntegration(artifactSamplesIntegration());
        addIntegration(strictCspIntegration());
        addIntegration(clientBundleIntegration());
        addRouteMiddleware({ entrypoint: projectFile('src/site/route-middleware.ts') });
        updateConfig({
          sidebar: sidebarConfig,
          components: { ...config.components, Footer: projectFile('src/components/guide/Footer.astro') },
          // Content styles, and on paper: content only, with the page's address, catalogue version and link targets.
          customCss: [
            ...(config.customCss ?? []),
            projectFile('src/site/content.css'),
            projectFile('src/styles/print.css'),
          ],
          // Our own bilingual 404 page (src/pages/404.astro).
          disable404Route: true,
        });
      },
    },
  };
}
