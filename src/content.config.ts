import { i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideDocsSchema } from './site/docs-schema.ts';

/**
 * Hand-written guide prose lives in `content/docs` (Italian at the root, English in `en/`).
 * Starlight's own UI strings that need a project translation live in `src/content/i18n/`, where
 * Starlight also reads them while configuring Expressive Code: English falls back to the default
 * locale, Italian, for strings its English file leaves to Expressive Code.
 */
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: guideDocsSchema,
  }),
  /**
   * Starlight's UI strings the project supplies, one file per language tag in Starlight's own
   * place (`src/content/i18n/it.json`: it keys translations by that path). Starlight has no
   * Italian for Pagefind's search interface.
   */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
