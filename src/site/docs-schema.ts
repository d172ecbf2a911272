/**
 * Starlight's `docs` schema, built once for `<StarlightPage>`. Starlight asks a collection's
 * schema function for a new schema on every `<StarlightPage>` it renders, and zod compiles each
 * new schema on its first parse: at 2,000 events (4,000 event pages) that was about 5 s of the
 * build's CPU time and much of its garbage. The `image` stand-in Starlight passes there checks an
 * imported image object and closes over nothing, so one schema serves every page; Astro's own
 * `image()` helpers close over the entry's file, so content entries still get a schema each.
 */
import { docsSchema } from '@astrojs/starlight/schema';

/** What Starlight's stand-in `image` helper says, and nothing else does: how its calls are told apart. */
export const STARLIGHT_PAGE_IMAGE_MARK = '<StarlightPage>';

/** A schema function that builds the schema once for `<StarlightPage>` calls and anew for any other. */
export function onceForStarlightPages<Context extends { image: unknown }, Schema>(
  build: (context: Context) => Schema,
): (context: Context) => Schema {
  let forPages: Schema | undefined;
  return (context) => {
    if (!String(context.image).includes(STARLIGHT_PAGE_IMAGE_MARK)) return build(context);
    forPages ??= build(context);
    return forPages;
  };
}

/** The guide's `docs` schema: Starlight's, built once for its generated pages. */
export const guideDocsSchema = onceForStarlightPages(docsSchema());
