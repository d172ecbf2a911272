/**
 * `catalog/v1/catalog.ts`: compiles alone under `tsc --strict`, runs under plain Node, and answers
 * as the site's own query code does, around the daylight-saving changes and with bad input.
 * Generated from the logic catalogue (test/fixtures/logic/catalog.yaml).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogSources } from '../../src/artifacts/inputs.ts';
import { inlineModules } from '../../src/artifacts/inline.ts';
import { typedModuleTs } from '../../src/artifacts/typed-module.ts';
import type { Catalog } from '../../src/catalog/model.ts';
import {
  computeResponseDeadline as responseDeadline,
  coversEvent as isCovered,
  lookupEvent as getEvent,
} from '../../src/catalog/lookups.ts';
import { logicCatalog } from '../support/logic-catalog.ts';
import { answersScript, runConsumer, type ConsumerAnswers } from './consumer.ts';
import { DST_CASES } from './deadline-cases.ts';

const catalog = logicCatalog();
const sources = readCatalogSources();
let dir: string;

/** Type-checks files with TypeScript's API; returns the diagnostics as text. */
function typeCheck(files: string[], options: ts.CompilerOptions): string[] {
  const program = ts.createProgram(files, { noEmit: true, ...options });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'care-typed-module-'));
  writeFileSync(path.join(dir, 'catalog.ts'), typedModuleTs(catalog, sources));
  // A consumer's ESM project, as NodeNext resolution expects it.
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the typed module', () => {
  it('compiles alone under tsc --strict, gives literal unions and catches a misspelt id', () => {
    const use = path.join(dir, 'use.ts');
    writeFileSync(
      use,
      `import { getEvent, isEventId, type EventId, type PriorityId } from './catalog.ts';
const id: EventId = 'voip-gateway-crash';
const p1: PriorityId = 'P1';
const priority: 'P1' = getEvent(id).priority;
const typo: EventId = 'voip-gateway-crsh';
const input: string = 'x';
if (isEventId(input)) { const known: EventId = input; void known; }
void p1; void priority; void typo;
`,
    );
    // One program for both files (a type check costs seconds); no @types: the module stands alone.
    const errors = typeCheck([path.join(dir, 'catalog.ts'), use], {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      erasableSyntaxOnly: true,
      verbatimModuleSyntax: true,
      allowImportingTsExtensions: true,
      // The strictest projects a consumer may copy the module into: nothing unused in it either.
      noUnusedLocals: true,
      noUnusedParameters: true,
      module: ts.ModuleKind.NodeNext,
      types: [],
    });
    expect(errors).toEqual([expect.stringContaining('use.ts')]);
    expect(errors[0]).toMatch(/"voip-gateway-crsh"/);
  });

  it('carries no import: it is dependency-free', () => {
    const module = typedModuleTs(catalog, sources);
    expect(module).not.toMatch(/^\s*import\b/m);
    expect(module).not.toMatch(/\bfrom\s+['"]/);
  });

  it('inlines the real lookup code rather than a copy', () => {
    const module = typedModuleTs(catalog, sources);
    // The source's deadline code and the lookups factory appear verbatim.
    for (const name of ['computeResponseDeadline', 'createLookups']) {
      const body = new RegExp(`export function ${name}[\\s\\S]*?\\n}\\n`).exec(sources['lookups.ts']!)![0];
      expect(module).toContain(body);
    }
  });

  it('follows a change of the source: the generated code is not frozen', () => {
    // A new declaration of duration.ts is inlined only once the query code uses it.
    const changed = {
      ...sources,
      'time/duration.ts': `${sources['time/duration.ts']}\n/** Marker. */\nexport const MARKER = 1;\n`,
    };
    expect(typedModuleTs(catalog, changed)).not.toContain('MARKER');
    const withUse = {
      ...changed,
      'lookups.ts': sources['lookups.ts']!.replace(
        'const event = lookupEvent(catalog, id);',
        'void MARKER;\n  const event = lookupEvent(catalog, id);',
      ),
    };
    expect(typedModuleTs(catalog, withUse)).toContain('export const MARKER = 1;');
  });

  it('refuses lookup code that declares a name of the bound API (no renaming layer)', () => {
    const clashing = {
      ...sources,
      'lookups.ts': `${sources['lookups.ts']}\nexport function isCovered(id: string): boolean { return id === ''; }\n`,
    };
    expect(() => typedModuleTs(catalog, clashing)).toThrow(/"isCovered" of lookups.ts clashes/);
  });

  it('refuses two modules declaring the same name', () => {
    expect(() =>
      inlineModules({
        sources: {
          'a.ts': "import { x } from './b.ts';\nexport const y = x;\nexport const z = 1;",
          'b.ts': 'export const z = 2;\nexport const x = z;',
        },
        roots: ['a.ts'],
      }),
    ).toThrow(/"z" is declared in both/);
  });
});

describe('its answers under plain Node', () => {
  let answers: ConsumerAnswers;
  beforeAll(async () => {
    const script = path.join(dir, 'answers.ts');
    writeFileSync(
      script,
      answersScript(`import { getEvent, isCovered, responseDeadline, catalog, CatalogQueryError } from './catalog.ts';
const ids = catalog.events.map((event) => event.id);`),
    );
    answers = await runConsumer(script, dir);
  });

  it('equal the site catalogue, event by event', () => {
    expect(Object.keys(answers.events)).toEqual(catalog.events.map(({ id }) => id));
    for (const event of catalog.events) {
      expect(answers.events[event.id]).toEqual({
        event: getEvent(catalog, event.id),
        covered: isCovered(catalog, event.id),
      });
    }
    expect(answers.unknownEvent).toBeNull();
  });

  it('give the same deadlines around the daylight-saving changes', () => {
    expect(answers.deadlines).toEqual(DST_CASES.map(({ deadline }) => deadline));
    expect(answers.deadlines).toEqual(
      DST_CASES.map(({ event, occurredAt }) => responseDeadline(catalog as Catalog, event, occurredAt).toISOString()),
    );
  });

  it('refuse bad input with the typed error', () => {
    for (const error of answers.errors) {
      expect(error, error.value).toMatchObject({ name: 'CatalogQueryError', code: 'invalid-date', isQueryError: true });
    }
    expect(answers.unknownIdError).toMatchObject({ name: 'CatalogQueryError', code: 'unknown-event' });
  });
});
