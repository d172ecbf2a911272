import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/catalog/source/project-root.ts';
import { guideDocsSchema, onceForStarlightPages, STARLIGHT_PAGE_IMAGE_MARK } from '../../src/site/docs-schema.ts';

// Starlight's stand-in, as `<StarlightPage>` passes it (a new function on every page).
const starlightPageContext = () => ({
  image: () => 'Invalid image passed to `<StarlightPage>` component. Expected imported `ImageMetadata` object.',
});

describe('the docs schema', () => {
  it('is built once for all <StarlightPage> calls and anew for every other caller', () => {
    let built = 0;
    const schema = onceForStarlightPages((context: { image: unknown }) => ({ built: ++built, context }));
    const first = schema(starlightPageContext());
    expect(schema(starlightPageContext())).toBe(first);
    const entryContext = { image: () => 'astro image helper of one entry' };
    expect(schema(entryContext)).not.toBe(first);
    expect(schema(entryContext)).not.toBe(schema(entryContext));
    expect(built).toBe(4);
  });

  it("is Starlight's schema, validating frontmatter as before", () => {
    const schema = guideDocsSchema(starlightPageContext() as never);
    expect(schema.parse({ title: 'T' })).toMatchObject({ title: 'T', template: 'doc', pagefind: true });
    expect(() => schema.parse({})).toThrow();
  });

  it("recognises Starlight's own stand-in (a Starlight upgrade that changes it fails here, not silently in the bench)", () => {
    const source = readFileSync(
      path.join(PROJECT_ROOT, 'node_modules/@astrojs/starlight/dist/utils/starlight-page.js'),
      'utf8',
    );
    const call = /StarlightPageFrontmatterSchema\(\{ image: ([\s\S]*?)\}\);/.exec(source);
    expect(call?.[1]).toContain(STARLIGHT_PAGE_IMAGE_MARK);
  });
});
