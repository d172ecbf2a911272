import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/catalog/source/rules.ts';
import { messageLocale } from '../../../src/catalog/source/read.ts';
import { validateCatalogText } from '../../../src/catalog/source/validate.ts';

/** One invalid fixture per rule: the rule id, where the finding must point, and a word of its hint. */
const CASES: { rule: keyof typeof RULES; line: number; col: number; message: RegExp; hint?: RegExp }[] = [
  { rule: 'yaml-syntax', line: 28, col: 1, message: /YAML syntax error/ },
  { rule: 'duplicate-key', line: 26, col: 5, message: /key "priority" is already set at 25:5/ },
  { rule: 'unknown-key', line: 22, col: 5, message: /unknown key "titel"/, hint: /did you mean "title"\?/ },
  { rule: 'missing-field', line: 19, col: 5, message: /required field "priority" is missing in events\[0\]/ },
  { rule: 'missing-text', line: 27, col: 12, message: /English text \(en\) is missing in events\[1\]\.title/ },
  { rule: 'invalid-type', line: 13, col: 11, message: /applications\[0\]\.name should be a string, not a list/ },
  {
    rule: 'invalid-value',
    line: 18,
    col: 20,
    message: /eventsHeading "descrizione" is not allowed/,
    hint: /events, description/,
  },
  { rule: 'id-format', line: 19, col: 9, message: /"Disk_Space_Nearly_Full" is not a kebab-case id/ },
  { rule: 'version-format', line: 2, col: 10, message: /"v1\.0" is not a semantic version/ },
  { rule: 'date-format', line: 3, col: 10, message: /"2026-02-30" is not a real date/ },
  { rule: 'duration-format', line: 10, col: 19, message: /"P1M" is not an ISO 8601 duration/, hint: /PT1H/ },
  { rule: 'duplicate-id', line: 23, col: 9, message: /event id "disk-space-nearly-full" is already used at 19:9/ },
  {
    rule: 'unresolved-reference',
    line: 24,
    col: 15,
    message: /section "space-saturaton"/,
    hint: /did you mean "space-saturation"\?/,
  },
  { rule: 'reference-cycle', line: 19, col: 13, message: /section-a → section-b → section-a/ },
  { rule: 'priority-order', line: 10, col: 19, message: /P2 responds no later than P1/ },
  { rule: 'empty-category', line: 18, col: 9, message: /section "cloud-connection-error" has no events/ },
  { rule: 'deprecation', line: 30, col: 19, message: /cannot replace itself/ },
  { rule: 'formula-text', line: 22, col: 63, message: /events\[0\]\.title\.en starts with "="/, hint: /Reword/ },
];

const fixture = (name: string) => `test/fixtures/catalog/${name}.yaml`;
const validate = (name: string) => validateCatalogText(readFileSync(fixture(name), 'utf8'), fixture(name));

describe('catalogue rules', () => {
  it('has a fixture for every rule', () => {
    expect(CASES.map((entry) => entry.rule).sort()).toEqual(Object.keys(RULES).sort());
  });

  it('accepts the valid base fixture', () => {
    const result = validate('valid');
    expect(result.findings).toEqual([]);
    expect(result.source?.events).toHaveLength(2);
  });

  it.each(CASES)('reports $rule at $line:$col, once, with a hint', ({ rule, line, col, message, hint }) => {
    const { findings, source } = validate(rule);
    expect(source).toBeUndefined();
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ rule, level: 'error', line, col, file: fixture(rule) });
    expect(finding!.message).toMatch(message);
    expect(finding!.hint).toBeTruthy();
    if (hint) expect(finding!.hint).toMatch(hint);
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

  it('never throws, whatever the text', () => {
    for (const text of ['', '---', '[]', '42', 'events: 3', ':\n  - : :', 'a: *b', '\u0000']) {
      expect(() => validateCatalogText(text, 'odd.yaml')).not.toThrow();
      expect(validateCatalogText(text, 'odd.yaml').findings.length).toBeGreaterThan(0);
    }
  });

  it.each(CASES)('words $rule in Italian too, at the same place', ({ rule, line, col }) => {
    const text = readFileSync(fixture(rule), 'utf8');
    const [italian] = validateCatalogText(text, fixture(rule), 'it').findings;
    const [english] = validate(rule).findings;
    expect(italian).toMatchObject({ rule, line, col });
    expect(italian!.message).not.toBe(english!.message);
    expect(italian!.hint).toBeTruthy();
    expect(italian!.hint).not.toBe(english!.hint);
  });

  it('names the misspelled key and the missing language in Italian', () => {
    const [unknown] = validateCatalogText(readFileSync(fixture('unknown-key'), 'utf8'), 'x.yaml', 'it').findings;
    expect(unknown!.message).toBe('chiave sconosciuta "titel" in events[0]');
    expect(unknown!.hint).toMatch(/^forse intendevi "title"\? Chiavi ammesse qui: id, category/);
    const [text] = validateCatalogText(readFileSync(fixture('missing-text'), 'utf8'), 'x.yaml', 'it').findings;
    expect(text!.message).toBe('manca il testo in inglese (en) in events[1].title');
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
