/**
 * The generated JSON Schemas, checked by an independent validator (ajv, 2020-12 build): the
 * published catalogue (built from the logic catalogue, which has a deprecated event and a
 * description), the committed YAML and every invalid fixture, and example payloads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalogFiles } from '../../src/artifacts/generate.ts';
import { readCatalogSources } from '../../src/artifacts/inputs.ts';
import { catalogSchema, catalogSourceSchema, eventSchema } from '../../src/artifacts/json-schemas.ts';
import { EventPayload } from '../../src/catalog/simulator/payload.ts';
import { DEFAULT_CATALOG_FILE, loadCatalog, PROJECT_ROOT } from '../../src/catalog/source/read.ts';
import { RULES } from '../../src/catalog/source/rules.ts';
import { LOGIC_CATALOG_FILE, logicCatalog } from '../support/logic-catalog.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }));
// Annotations for editors (yaml-language-server's messages and enum labels): no effect on validation.
ajv.addVocabulary(['errorMessage', 'patternErrorMessage', 'enumDescriptions']);
const sources = readCatalogSources();
const validateCatalog = ajv.compile(catalogSchema(sources['model.ts']!));
const validateSource = ajv.compile(catalogSourceSchema());
/** The schema as published, listing the committed catalogue's own ids. */
const validateCommittedSource = ajv.compile(catalogSourceSchema(loadCatalog(DEFAULT_CATALOG_FILE)));
const validatePayload = ajv.compile(eventSchema());
const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/catalog');

/** Mistakes in the YAML text itself, which a YAML parser refuses before any schema sees the data. */
const YAML_TEXT = [
  'yaml-syntax',
  'tab-indentation',
  'indentation',
  'unquoted-colon',
  'missing-space',
  'unclosed-quote',
];

/**
 * Rules that JSON Schema cannot express: they span records (uniqueness, references, cycles,
 * ordering between priorities) or come before any schema (YAML syntax, duplicate keys, which a
 * YAML parser rejects or silently merges; bytes and characters the data no longer shows, a text cut
 * by a comment, a tag). `rules.ts`, `load.ts` and `hygiene.ts` check them.
 */
const BEYOND_JSON_SCHEMA = new Set([
  ...YAML_TEXT,
  'unexpected-list',
  'duplicate-key',
  'comment-in-text',
  'encoding',
  'control-character',
  'bidi-character',
  'pdf-character',
  'yaml-tag',
  'duplicate-id',
  'unresolved-reference',
  'reference-cycle',
  'priority-order',
  'empty-category',
  'deprecation',
  // Expressible, but kept out of the editors' schema: a text starting with "=" is a finding, not a shape.
  'formula-text',
]);

describe('catalog.schema.json', () => {
  const catalog = logicCatalog();
  const json = JSON.parse(
    new TextDecoder().decode(catalogFiles(catalog, sources).find((f) => f.path.endsWith('/catalog.json'))!.bytes),
  );

  it('accepts the published catalog.json', () => {
    expect(validateCatalog(json), ajv.errorsText(validateCatalog.errors)).toBe(true);
  });

  it('rejects a catalogue missing a derived field or carrying an unknown one', () => {
    const withoutMinutes = structuredClone(json);
    delete withoutMinutes.events[0].responseMinutes;
    expect(validateCatalog(withoutMinutes)).toBe(false);
    expect(validateCatalog.errors?.[0]?.instancePath).toBe('/events/0');
    expect(validateCatalog({ ...json, extra: 1 })).toBe(false);
  });

  it('describes every field, for the engineers reading it', () => {
    const schema = catalogSchema(sources['model.ts']!) as Record<string, any>;
    const undocumented: string[] = [];
    const walk = (node: Record<string, any>, at: string): void => {
      for (const [key, child] of Object.entries<Record<string, any>>(node['properties'] ?? {})) {
        if (!child['description'] && !['it', 'en'].includes(key)) undocumented.push(`${at}.${key}`);
        walk(child['items'] ?? child, `${at}.${key}`);
      }
    };
    walk(schema, '');
    expect(undocumented).toEqual([]);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('catalog-source.schema.json', () => {
  it('accepts the committed catalogue, as an editor reads it', () => {
    const data = parseYaml(readFileSync(DEFAULT_CATALOG_FILE, 'utf8'));
    expect(validateSource(data), ajv.errorsText(validateSource.errors)).toBe(true);
    expect(validateCommittedSource(data), ajv.errorsText(validateCommittedSource.errors)).toBe(true);
  });

  it("lists the committed catalogue's own priorities and sections, and refuses others", () => {
    const data = parseYaml(readFileSync(DEFAULT_CATALOG_FILE, 'utf8'));
    data.events[0].priority = 'P9';
    expect(validateCommittedSource(data)).toBe(false);
    expect(validateCommittedSource.errors?.map((error) => error.instancePath)).toEqual(['/events/0/priority']);
  });

  it('is the file the committed YAML points yaml-language-server at', () => {
    const firstLine = readFileSync(DEFAULT_CATALOG_FILE, 'utf8').split('\n')[0];
    expect(firstLine).toBe('# yaml-language-server: $schema=../dist/catalog/v1/catalog-source.schema.json');
  });

  it('keeps fields with a default optional and carries the descriptions', () => {
    const schema = catalogSourceSchema() as Record<string, any>;
    expect(schema['required']).toEqual(['version', 'updated', 'priorities', 'categories', 'events']);
    expect(schema['properties'].events.items.properties.id.description).toMatch(/never change it once published/);
  });

  it('rejects a blank text, as zod does after trimming', () => {
    const data = parseYaml(readFileSync(LOGIC_CATALOG_FILE, 'utf8'));
    expect(validateSource(data), ajv.errorsText(validateSource.errors)).toBe(true);
    data.events[0].title.en = '   ';
    expect(validateSource(data)).toBe(false);
  });

  const fixtures = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.yaml') && name !== 'valid.yaml')
    .sort();

  it('has an invalid fixture for every rule', () => {
    expect(fixtures.map((name) => name.replace(/\.yaml$/, ''))).toEqual(Object.keys(RULES).sort());
  });

  it('accepts the valid fixture', () => {
    const data = parseYaml(readFileSync(path.join(FIXTURES, 'valid.yaml'), 'utf8'));
    expect(validateSource(data), ajv.errorsText(validateSource.errors)).toBe(true);
  });

  for (const name of fixtures) {
    const rule = name.replace(/\.yaml$/, '');
    if (BEYOND_JSON_SCHEMA.has(rule)) {
      it(`leaves ${rule} to the catalogue rules (JSON Schema cannot express it)`, () => {
        const text = readFileSync(path.join(FIXTURES, name), 'utf8');
        let data: unknown;
        try {
          data = parseYaml(text);
        } catch {
          // The YAML parser itself refuses it: no schema ever sees the file.
          expect([...YAML_TEXT, 'unexpected-list', 'duplicate-key']).toContain(rule);
          return;
        }
        expect(validateSource(data)).toBe(true);
      });
    } else {
      it(`rejects the ${rule} fixture`, () => {
        const data = parseYaml(readFileSync(path.join(FIXTURES, name), 'utf8'));
        expect(validateSource(data)).toBe(false);
      });
    }
  }
});

describe('event.schema.json', () => {
  const valid = [
    { event: 'voip-stack-crash', occurredAt: '2026-03-29T01:30:00+01:00' },
    { event: 'disk-space-nearly-full', occurredAt: '2026-10-25T02:30:00Z', host: 'ucx-01.example.com' },
    { event: 'webex-cdr-not-downloaded', occurredAt: '2026-11-25T10:00:00.250+01:00', details: { attempts: 3 } },
    ...((eventSchema()['examples'] as unknown[]) ?? []),
  ];
  const invalid: [string, unknown][] = [
    ['no event', { occurredAt: '2026-03-29T01:30:00+01:00' }],
    ['no offset', { event: 'voip-stack-crash', occurredAt: '2026-03-29T01:30:00' }],
    ['a date only', { event: 'voip-stack-crash', occurredAt: '2026-03-29' }],
    ['an impossible time', { event: 'voip-stack-crash', occurredAt: '2026-03-29T25:30:00+01:00' }],
    ['an id not in kebab-case', { event: 'VoIP_Stack', occurredAt: '2026-03-29T01:30:00Z' }],
    ['an empty host', { event: 'voip-stack-crash', occurredAt: '2026-03-29T01:30:00Z', host: '' }],
    ['details as text', { event: 'voip-stack-crash', occurredAt: '2026-03-29T01:30:00Z', details: 'x' }],
    ['an unknown field', { event: 'voip-stack-crash', occurredAt: '2026-03-29T01:30:00Z', severity: 'high' }],
  ];

  it('has an example in the schema itself', () => {
    expect((eventSchema()['examples'] as unknown[]).length).toBeGreaterThan(0);
  });

  for (const payload of valid) {
    it(`accepts ${JSON.stringify(payload)}, as zod does`, () => {
      expect(validatePayload(payload), ajv.errorsText(validatePayload.errors)).toBe(true);
      expect(EventPayload.safeParse(payload).success).toBe(true);
    });
  }

  for (const [label, payload] of invalid) {
    it(`rejects a payload with ${label}`, () => {
      expect(validatePayload(payload)).toBe(false);
    });
  }

  it('agrees with zod on the payloads zod rejects too', () => {
    // An impossible time matches the zod regex; the schema's date-time format is stricter there.
    const zodRejects = invalid.filter(([label]) => label !== 'an impossible time');
    for (const [, payload] of zodRejects) expect(EventPayload.safeParse(payload).success).toBe(false);
  });
});
