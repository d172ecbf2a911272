/**
 * The JSON Schemas (2020-12) of the artifacts, generated from the zod schemas, never written by
 * hand: `catalog.schema.json` (the published `catalog.json`), `catalog-source.schema.json` (the
 * YAML file, for editors) and `event.schema.json` (a monitoring event payload).
 */
import ts from 'typescript';
import { z } from 'zod';
import { EventPayload } from '../catalog/simulator/payload.ts';
import { PublishedCatalog } from '../catalog/source/published.ts';
import { CatalogSource } from '../catalog/source/schema.ts';

/** A JSON Schema node, as far as these generators look into it. */
type SchemaNode = {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  [key: string]: unknown;
};

const JSON_SCHEMA_2020 = { target: 'draft-2020-12' } as const;

/**
 * The source schema. `io: 'input'` so that fields with a default (`applications`) stay optional,
 * as a maintainer may leave them out.
 */
export function catalogSourceSchema(): SchemaNode {
  const schema = z.toJSONSchema(CatalogSource, {
    ...JSON_SCHEMA_2020,
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      // zod trims texts before `min(1)`, which JSON Schema cannot: say "not blank" with a pattern.
      const checks = (zodSchema._zod.def as { checks?: { _zod: { def: { check: string } } }[] }).checks ?? [];
      const trims = checks.some((check) => check._zod.def.check === 'overwrite');
      if (zodSchema._zod.def.type === 'string' && trims && jsonSchema.pattern === undefined) jsonSchema.pattern = '\\S';
    },
  }) as SchemaNode;
  return { $schema: schema['$schema'], title: 'ImagicleCare Catalogue source (catalog/catalog.yaml)', ...schema };
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
  const file = ts.createSourceFile('model.ts', source, ts.ScriptTarget.Latest, true);
  const docOf = (node: ts.Node): string | undefined => {
    const comments = (node as ts.Node & { jsDoc?: ts.JSDoc[] }).jsDoc;
    const comment = comments?.at(-1)?.comment;
    return typeof comment === 'string' ? comment.replace(/\s+/g, ' ').trim() : undefined;
  };
  const result = new Map<string, InterfaceDoc>();
  for (const statement of file.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const props = new Map<string, { doc?: string; type?: string }>();
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member) || !ts.isIdentifier(member.name)) continue;
      let type = member.type;
      if (type && ts.isTypeOperatorNode(type) && type.operator === ts.SyntaxKind.ReadonlyKeyword) type = type.type;
      if (type && ts.isArrayTypeNode(type)) type = type.elementType;
      const typeName =
        type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) ? type.typeName.text : undefined;
      const doc = docOf(member);
      props.set(member.name.text, { ...(doc ? { doc } : {}), ...(typeName ? { type: typeName } : {}) });
    }
    const doc = docOf(statement);
    result.set(statement.name.text, { ...(doc ? { doc } : {}), props });
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
