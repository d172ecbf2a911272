import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/catalog/source/rules.ts';
import { messageLocale } from '../../../src/catalog/messages/command.ts';
import { validateCatalogBytes, validateCatalogText } from '../../../src/catalog/source/validate.ts';
import { FIXTURE_FINDINGS } from './fixture-findings.ts';

const fixture = (name: string) => `test/fixtures/catalog/${name}.yaml`;
const validate = (name: string, locale: 'it' | 'en' = 'en') =>
  validateCatalogBytes(readFileSync(fixture(name)), fixture(name), locale);

describe('catalogue rules', () => {
  it('has a fixture for every rule', () => {
    const own = FIXTURE_FINDINGS.filter((entry) => entry.fixture === entry.rule).map((entry) => entry.rule);
    expect(own.sort()).toEqual(Object.keys(RULES).sort());
  });

  it('accepts the valid base fixture', () => {
    const result = validate('valid');
    expect(result.findings).toEqual([]);
    expect(result.source?.events).toHaveLength(2);
  });

  it.each(FIXTURE_FINDINGS)('reports $fixture as $rule at $line:$col, once, exactly, in English', (expected) => {
    const { findings, source } = validate(expected.fixture);
    expect(source).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: expected.rule,
      level: 'error',
      line: expected.line,
      col: expected.col,
      file: fixture(expected.fixture),
      message: expected.en[0],
      hint: expected.en[1],
    });
  });

  it.each(FIXTURE_FINDINGS)('words $fixture in Italian, at the same place', (expected) => {
    const { findings } = validate(expected.fixture, 'it');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: expected.rule,
      line: expected.line,
      col: expected.col,
      message: expected.it[0],
      hint: expected.it[1],
    });
  });

  it("never passes on the YAML parser's own wording, in either language", () => {
    for (const { fixture: name } of FIXTURE_FINDINGS) {
      const text = readFileSync(fixture(name), 'latin1');
      const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
      const parserWords = [...doc.errors, ...doc.warnings].map((error) => error.message.split('\n')[0]!.slice(0, 30));
      for (const locale of ['en', 'it'] as const) {
        for (const finding of validate(name, locale).findings) {
          for (const words of parserWords) {
            expect(finding.message).not.toContain(words);
            expect(finding.hint ?? '').not.toContain(words);
          }
          expect(`${finding.message} ${finding.hint}`).not.toMatch(
            /implicit key|compact mapping|flow collection|indicator/i,
          );
        }
      }
    }
  });

  it('reports every finding of a file at once, in order of position', () => {
    const text = readFileSync(fixture('valid'), 'utf8')
      .replace('version: 1.0.0', 'version: one')
      .replace('category: space-saturation\n    priority: P2', 'category: nowhere\n    priority: P9');
    const { findings } = validateCatalogText(text, 'two.yaml');
    expect(findings.map((finding) => [finding.rule, finding.line])).toEqual([
      ['version-format', 2],
      ['unresolved-reference', 24],
      ['unresolved-reference', 25],
    ]);
  });

  it('reports one syntax mistake, not its cascade on the following lines', () => {
    const text = readFileSync(fixture('valid'), 'utf8').replace(
      '\n    category: space-saturation',
      '\n\tcategory: x\n\ttitle: y',
    );
    const { findings } = validateCatalogText(text, 'tabs.yaml');
    expect(findings.map((finding) => [finding.rule, finding.line])).toEqual([['tab-indentation', 20]]);
  });

  it('holds descriptions to their own, longer limit', () => {
    const valid = readFileSync(fixture('valid'), 'utf8');
    const at = (length: number) => valid.replace('en: Full disk.', `en: ${'d'.repeat(length)}`);
    expect(validateCatalogText(at(2000), 'long.yaml').findings).toEqual([]);
    expect(validateCatalogText(at(2001), 'long.yaml').findings).toMatchObject([
      {
        rule: 'text-too-long',
        line: 17,
        message:
          'description.en of section "space-saturation" (the 1st section) is 2001 characters long; the limit is 2000',
        hint: 'Shorten the text to what a reader of the guide needs.',
      },
    ]);
  });

  it('never throws, whatever the text', () => {
    for (const text of [
      '',
      '---',
      '[]',
      '42',
      'events: 3',
      ':\n  - : :',
      'a: *b',
      '\u0000',
      'a: "x',
      '\t- [',
      'a:\n - b\n  - c',
    ]) {
      expect(() => validateCatalogText(text, 'odd.yaml')).not.toThrow();
      expect(validateCatalogText(text, 'odd.yaml').findings.length).toBeGreaterThan(0);
    }
  });

  it('lets the committed catalogue pass, comments after values included', () => {
    const committed = readFileSync('catalog/catalog.yaml', 'utf8');
    // Whatever the version is: the comment must really be there for the test to say anything.
    const text = committed.replace(/^(version: .+)$/m, '$1 # the content');
    expect(text).not.toBe(committed);
    expect(validateCatalogText(text, 'catalog.yaml').findings).toEqual([]);
  });
});

describe('the language of the findings', () => {
  it('follows CATALOG_LANG, then the locale of the environment, else English', () => {
    expect(messageLocale({ CATALOG_LANG: 'it', LANG: 'en_US.UTF-8' })).toBe('it');
    expect(messageLocale({ LANG: 'it_IT.UTF-8' })).toBe('it');
    expect(messageLocale({ LC_ALL: 'C.UTF-8', LANG: 'it_IT.UTF-8' })).toBe('en');
    expect(messageLocale({ LANG: 'italic' })).toBe('en');
    expect(messageLocale({})).toBe('en');
  });
});
