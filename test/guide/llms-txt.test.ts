/** `llms.txt` from a fixture catalogue: every event page and artifact as a Markdown link, deprecation said. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../src/guide/llms-txt.ts';
import { loadCatalog } from '../../src/catalog/source/read.ts';

const catalog = loadCatalog(path.resolve(import.meta.dirname, '../fixtures/versions/history-next.yaml'), 'en');

describe('llmsTxt', () => {
  const text = llmsTxt({
    catalog,
    site: new URL('https://example.com/'),
    artifacts: [['catalog/v1/catalog.json', 'the whole catalogue']],
  });

  it('starts with a title and a summary, as llmstxt.org asks', () => {
    const [title, blank, summary] = text.split('\n');
    expect(title).toMatch(/^# \S/);
    expect(blank).toBe('');
    expect(summary).toMatch(new RegExp(`^> .*Catalogue version ${catalog.version.replace(/\./g, '\\.')}`));
  });

  it('links every event page in English, with the Italian one and its priority or deprecation', () => {
    for (const event of catalog.events) {
      const line = text
        .split('\n')
        .find((row) => row.includes(`(https://example.com/en/proactive-support/events/${event.id}/)`));
      expect(line).toBeDefined();
      expect(line).toContain(`[${event.title.en}]`);
      expect(line).toContain(`https://example.com/proactive-support/events/${event.id}/`);
      expect(line).toContain(event.deprecated ? `deprecated since ${event.deprecated.since}` : `${event.priority} `);
    }
  });

  it('lists the artifacts and the changelog feed', () => {
    expect(text).toContain('- [catalog.json](https://example.com/catalog/v1/catalog.json): the whole catalogue');
    expect(text).toContain('https://example.com/en/proactive-support/changelog.xml');
  });
});
