/**
 * A bare Starlight site with a given number of HTML pages, the reference our build time is
 * compared with: the same two locales, a five-link sidebar like ours, and generated Markdown
 * pages about as long as an event page. Pure: returns the files to write.
 */

/** The same locales as the guide (Italian at the root, English at `/en/`). */
const LOCALES = `{ root: { label: 'Italiano', lang: 'it' }, en: { label: 'English', lang: 'en' } }`;

/** The Markdown of one generated page. */
export function barePage(index: number, lang: 'it' | 'en'): string {
  const title = lang === 'it' ? `Pagina di prova ${index}` : `Test page ${index}`;
  return [
    '---',
    `title: ${title}`,
    `description: ${lang === 'it' ? 'Una pagina generata per misurare la build.' : 'A page generated to measure the build.'}`,
    '---',
    '',
    `## ${lang === 'it' ? 'Descrizione' : 'Description'}`,
    '',
    `${title}: ${lang === 'it' ? 'testo di esempio con un' : 'sample text with a'} [link](/) .`,
    '',
    '| field | value |',
    '| --- | --- |',
    `| id | page-${index} |`,
    `| priority | P${(index % 4) + 1} |`,
    `| response | < ${2 ** (index % 4)} h |`,
    '',
  ].join('\n');
}

/**
 * The files of a bare site producing `htmlPages` HTML files (Starlight adds a 404 page; the rest
 * are split between the two locales, Italian taking the odd one).
 */
export function bareSiteFiles(htmlPages: number): Map<string, string> {
  const contentPages = Math.max(2, htmlPages - 1);
  const italian = Math.ceil(contentPages / 2);
  const english = contentPages - italian;
  const files = new Map<string, string>();
  // Astro bundles Starlight (rather than leaving it to Node, which cannot load `astro:` modules)
  // only when the site's own package.json names it; the packages themselves resolve one folder up.
  const dependencies = { astro: '*', '@astrojs/starlight': '*' };
  files.set(
    'package.json',
    JSON.stringify({ name: 'bench-bare-starlight', private: true, type: 'module', dependencies }, null, 2),
  );
  const sidebar = [1, 2, 3, 4, 5].map((index) => `{ label: 'Page ${index}', link: '/page-${index}/' }`).join(', ');
  files.set(
    'astro.config.mjs',
    [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      '',
      'export default defineConfig({',
      "  site: 'https://bench.invalid',",
      "  trailingSlash: 'always',",
      '  integrations: [',
      `    starlight({ title: 'Bare', defaultLocale: 'root', locales: ${LOCALES}, sidebar: [${sidebar}] }),`,
      '  ],',
      '});',
      '',
    ].join('\n'),
  );
  files.set(
    'src/content.config.ts',
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      '',
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  // Index pages take one slot per locale; the others are numbered pages.
  files.set('src/content/docs/index.md', barePage(0, 'it'));
  for (let index = 1; index < italian; index++) files.set(`src/content/docs/page-${index}.md`, barePage(index, 'it'));
  if (english > 0) files.set('src/content/docs/en/index.md', barePage(0, 'en'));
  for (let index = 1; index < english; index++)
    files.set(`src/content/docs/en/page-${index}.md`, barePage(index, 'en'));
  return files;
}
