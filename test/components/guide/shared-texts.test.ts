/**
 * The texts the guide page and the PDF edition share live once, in TypeScript modules; these tests
 * keep them equal to the seed and to what the page's MDX and styles still say on their own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../../src/catalog/source/read.ts';
import { COMPANY_LEGAL } from '../../../src/guide/company.ts';
import { GUIDE_CHAPTERS, proseText } from '../../../src/guide/definitions.ts';
import { PRIORITY_TONE_COLORS } from '../../../src/guide/sections.ts';
import { readSeedDefinitions, SEED_FILE } from '../../support/seed.ts';

const read = (file: string): string => readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const GUIDE_MDX = {
  it: 'content/docs/proactive-support/index.mdx',
  en: 'content/docs/en/proactive-support/index.mdx',
} as const;

describe.each(['it', 'en'] as const)('the guide page in %s', (locale) => {
  const mdx = read(GUIDE_MDX[locale]);
  const chapters = GUIDE_CHAPTERS[locale];

  test('has the title and chapter headings of the shared module', () => {
    expect(/^title: (.+)$/m.exec(mdx)?.[1]).toBe(chapters.title);
    expect([...mdx.matchAll(/^## (.+)$/gm)].map((match) => match[1])).toEqual([chapters.definitions, chapters.events]);
  });

  test('shows the definitions from the shared module, not a copy', () => {
    expect(mdx).toContain(`<Definitions locale="${locale}" />`);
    expect(mdx).not.toContain(proseText(chapters.definitionsText).slice(0, 40));
  });
});

test('the Italian definitions are the seed’s, word for word', () => {
  expect(proseText(GUIDE_CHAPTERS.it.definitionsText)).toBe(readSeedDefinitions());
  expect(GUIDE_CHAPTERS.it.title).toBe('Eventi coperti dal Supporto Proattivo');
});

test('the Italian legal lines are the seed’s, verbatim, in its order', () => {
  const seed = readFileSync(SEED_FILE, 'utf8').split(/\r?\n/);
  const at = COMPANY_LEGAL.it.map((line) => seed.indexOf(line));
  expect(at.every((index) => index >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(COMPANY_LEGAL.en).toHaveLength(COMPANY_LEGAL.it.length);
});

test('the badge colours of the PDF are the ones PriorityBadge.astro styles', () => {
  const css = read('src/components/guide/PriorityBadge.astro');
  for (const [tone, colors] of Object.entries(PRIORITY_TONE_COLORS)) {
    const rule = new RegExp(`\\.tone-${tone} \\{\\s*background-color: (#[0-9a-f]{6});\\s*color: (#[0-9a-f]{6});`).exec(
      css,
    );
    expect(rule?.slice(1), tone).toEqual([colors.background, colors.text]);
  }
});
