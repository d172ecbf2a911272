/**
 * The JSON Schemas (2020-12) of the artifacts, generated from the zod schemas, never written by
 * hand: `catalog.schema.json` (the published `catalog.json`), `catalog-source.schema.json` (the
 * YAML file, for editors) and `event.schema.json` (a monitoring event payload).
 */
import { z } from 'zod';
import { EventPayload } from '../catalog/simulator/payload.ts';
import { PublishedCatalog } from '../catalog/source/published.ts';
import { findingText } from '../catalog/messages/findings.ts';
import type { Catalog } from '../catalog/model.ts';
import { EXACT_DURATION, KEBAB_CASE, PRIORITY_ID, SEMVER } from '../catalog/patterns.ts';
import { CatalogSource } from '../catalog/source/schema.ts';
import { jsDocsBetween, jsDocText, parseModule, topLevelStatements, type SourceComment } from './syntax.ts';

/** A JSON Schema node, as far as these generators look into it. */
type SchemaNode = {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  [key: string]: unknown;
};

const JSON_SCHEMA_2020 = { target: 'draft-2020-12' } as const;

/** What to write instead, for each pattern of the source schema: editors show it in place of the regular expression. */
function patternMessages(): Map<string, string> {
  const t = findingText(EDITOR_LOCALE);
  return new Map([
    [KEBAB_CASE.source, t('kebabFormatHint')],
    [PRIORITY_ID.source, t('priorityFormatHint')],
    [SEMVER.source, t('versionFormatHint')],
    [EXACT_DURATION.source, t('durationFormatHint')],
    [NOT_BLANK, t('editorTextHint')],
  ]);
}

/** The language of the editor's messages: one schema file serves every maintainer (see the README). */
const EDITOR_LOCALE = 'en';
/** zod trims texts before `min(1)`, which JSON Schema cannot: "not blank" is this pattern instead. */
const NOT_BLANK = '\\S';

/**
 * The source schema, for editors. `io: 'input'` so that fields with a default (`applications`) stay
 * optional, as a maintainer may leave them out. Every pattern carries a readable message
 * (`patternErrorMessage`, `errorMessage`, as yaml-language-server reads them) and each mistake gets one
 * message: a date is checked by its pattern only, a text by "not blank" only. Given the catalogue,
 * the fields that name a priority, a section or an application list its ids (`enum`, with their
 * names as `enumDescriptions`), so that completion offers them and an unknown one is flagged.
 */
export function catalogSourceSchema(catalog?: Catalog): SchemaNode {
  const messages = patternMessages();
  const dateMessage = findingText(EDITOR_LOCALE)('dateFormatHint');
  const schema = z.toJSONSchema(CatalogSource, {
    ...JSON_SCHEMA_2020,
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      const checks = (zodSchema._zod.def as { checks?: { _zod: { def: { check: string } } }[] }).checks ?? [];
      const trims = checks.some((check) => check._zod.def.check === 'overwrite');
      if (zodSchema._zod.def.type === 'string' && trims && jsonSchema.pattern === undefined) {
        jsonSchema.pattern = NOT_BLANK;
        delete jsonSchema.minLength;
      }
      if (jsonSchema.format === 'date') {
        delete jsonSchema.format;
        jsonSchema.patternErrorMessage = dateMessage;
        jsonSchema.errorMessage = dateMessage;
      }
      const message = typeof jsonSchema.pattern === 'string' ? messages.get(jsonSchema.pattern) : undefined;
      if (message) {
        jsonSchema.patternErrorMessage = message;
        // Also shown for a value of the wrong kind (`version: 1.1` is a number): one message either way.
        jsonSchema.errorMessage = message;
      }
    },
  }) as SchemaNode;
  if (catalog) listCatalogueIds(schema, catalog);
  return { $schema: schema['$schema'], title: 'ImagicleCare Catalogue source (catalog/catalog.yaml)', ...schema };
}

/** Turns the reference fields into lists of the catalogue's own ids. */
function listCatalogueIds(schema: SchemaNode, catalog: Catalog): void {
  const t = findingText(EDITOR_LOCALE);
  const event = schema.properties?.['events']?.items?.properties ?? {};
  const section = schema.properties?.['categories']?.items?.properties ?? {};
  const choices = (
    node: SchemaNode | undefined,
    options: { id: string; label: string }[],
    collection: 'priorities' | 'categories' | 'applications',
  ) => {
    if (!node) return;
    delete node.pattern;
    delete node.patternErrorMessage;
    const ids = options.map(({ id }) => id);
    node.enum = ids;
    node.enumDescriptions = options.map(({ label }) => label);
    node.errorMessage = t('editorChoose', { collection: t(collection), values: ids.join(', ') });
  };
  const priorities = catalog.priorities.map(({ id, label, responseTime }) => ({
    id,
    label: `${label.en} (${label.it}), ${responseTime}`,
  }));
  const sections = catalog.categories.map(({ id, title }) => ({ id, label: `${title.en} (${title.it})` }));
  const applications = catalog.applications.map(({ id, name }) => ({ id, label: name }));
  choices(event['priority'], priorities, 'priorities');
  choices(event['category'], sections, 'categories');
  choices(event['application'], applications, 'applications');
  choices(section['parent'], sections, 'categories');
}

/** The payload schema, with the field descriptions registered in `payload.ts`. */
export function eventSchema(): SchemaNode {
  return z.toJSONSchema(EventPayload, { ...JSON_SCHEMA_2020, io: 'input' }) as SchemaNode;
}

/**
 * The schema of `catalog.json`. Its shape comes from `PublishedCatalog` (the zod schema the
 * version tools read releases with); its descriptions from the JSDoc of the `Catalog` types in
 * `model.ts`, falling back to the source schema's description of the same field.
 */
export function catalogSchema(modelSource: string): SchemaNode {
  const schema = z.toJSONSchema(PublishedCatalog, JSON_SCHEMA_2020) as SchemaNode;
  const docs = interfaceDocs(modelSource);
  describe(schema, 'Catalog', catalogSourceSchema(), docs);
  return {
    $schema: schema['$schema'],
    title: 'ImagicleCare Catalogue (catalog.json)',
    ...schema,
    description:
      `${docs.get('Catalog')?.doc ?? ''} Both languages, derived fields resolved (response time in ISO 8601 and minutes, section numbers and paths).`.trim(),
  };
}

interface InterfaceDoc {
  doc?: string;
  props: Map<string, { doc?: string; type?: string }>;
}

/** JSDoc of every interface of a module and of its properties, with each property's element type name. */
export function interfaceDocs(source: string): Map<string, InterfaceDoc> {
  const parsed = parseModule('model.ts', source);
  // The JSDoc closest to a node, as TypeScript reads it: its text before the first tag.
  const docOf = (jsDocs: readonly SourceComment[]): string | undefined => {
    const closest = jsDocs.at(-1);
    return closest ? jsDocText(closest) : undefined;
  };
  const result = new Map<string, InterfaceDoc>();
  for (const { declaration, jsDocs } of topLevelStatements(parsed)) {
    if (declaration.type !== 'TSInterfaceDeclaration') continue;
    const props = new Map<string, { doc?: string; type?: string }>();
    let memberFrom = declaration.body.start;
    for (const member of declaration.body.body) {
      const memberStart = memberFrom;
      memberFrom = member.end;
      if (member.type !== 'TSPropertySignature' || member.computed || member.key.type !== 'Identifier') continue;
      let type = member.typeAnnotation?.typeAnnotation;
      if (type?.type === 'TSTypeOperator' && type.operator === 'readonly') type = type.typeAnnotation;
      if (type?.type === 'TSArrayType') type = type.elementType;
      const typeName =
        type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' ? type.typeName.name : undefined;
      const doc = docOf(jsDocsBetween(parsed.comments, memberStart, member.start));
      props.set(member.key.name, { ...(doc ? { doc } : {}), ...(typeName ? { type: typeName } : {}) });
    }
    const doc = docOf(jsDocs);
    result.set(declaration.id.name, { ...(doc ? { doc } : {}), props });
  }
  return result;
}

/** Fills in missing descriptions of a schema node's properties, recursively. */
function describe(
  node: SchemaNode,
  interfaceName: string | undefined,
  fallback: SchemaNode | undefined,
  docs: Map<string, InterfaceDoc>,
): void {
  const objectNode = node.items ?? node;
  const fallbackObject = fallback?.items ?? fallback;
  const info = interfaceName ? docs.get(interfaceName) : undefined;
  for (const [key, child] of Object.entries(objectNode.properties ?? {})) {
    const prop = info?.props.get(key);
    const fallbackChild = fallbackObject?.properties?.[key];
    const description = prop?.doc ?? fallbackChild?.description;
    if (!child.description && description) child.description = description;
    describe(child, prop?.type, fallbackChild, docs);
  }
}
