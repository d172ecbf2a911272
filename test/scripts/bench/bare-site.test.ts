import { describe, expect, it } from 'vitest';
import { bareSiteFiles } from '../../../scripts/bench/bare-site.ts';

describe('bareSiteFiles', () => {
  it('makes one content page per HTML page but the 404, split between the two locales', () => {
    const files = bareSiteFiles(8);
    const italian = [...files.keys()].filter((file) => /^src\/content\/docs\/[^/]+\.md$/.test(file));
    const english = [...files.keys()].filter((file) => file.startsWith('src/content/docs/en/'));
    expect(italian).toHaveLength(4);
    expect(english).toHaveLength(3);
    expect(files.has('src/content/docs/index.md') && files.has('src/content/docs/en/index.md')).toBe(true);
  });
  it('configures Starlight alone, with Italian at the root and English, and its own dependencies', () => {
    const files = bareSiteFiles(100);
    const config = files.get('astro.config.mjs')!;
    expect(config).toContain("import starlight from '@astrojs/starlight'");
    expect(config).toContain("root: { label: 'Italiano', lang: 'it' }");
    expect(config).toContain("en: { label: 'English', lang: 'en' }");
    expect(config).not.toContain('catalog');
    // Astro bundles Starlight only when the site's package.json names it.
    expect(JSON.parse(files.get('package.json')!).dependencies).toHaveProperty('@astrojs/starlight');
  });
});
