/**
 * zod's index modules re-export its messages in 45 languages (`export * as locales from
 * '../locales/index.js'`: 64 modules, 340 KB). Neither the package's tooling nor the guide's client
 * code uses them (their messages are their own; code that needs zod's imports `zod/locales`, which
 * this leaves alone), and tree shaking drops them from the output anyway. Served as an empty module,
 * they are not read, parsed and transformed by the bundlers: the same bytes out, less work. In
 * `z.locales` of such a bundle there is nothing.
 */
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

/** The specifier of zod's re-export of its locales, as its index modules write it. */
const LOCALES_REEXPORT = /^\.\.\/locales\/index\.js$/;
const ZOD_MODULE = /[\\/]node_modules[\\/]zod[\\/]/;
/** The empty module served in its place (a virtual id: no file, no other plugin's business). */
const SKIPPED = '\0zod-locales-skipped';

/** Whether an import is zod's own re-export of its locales. */
export function isZodLocalesReexport(specifier: string, importer: string | undefined): boolean {
  return LOCALES_REEXPORT.test(specifier) && importer !== undefined && ZOD_MODULE.test(importer);
}

/** esbuild plugin for the package's tooling bundle (about 25 ms less of esbuild's CPU time). */
export const skipZodLocales: EsbuildPlugin = {
  name: 'skip-zod-locales',
  setup(build) {
    build.onResolve({ filter: LOCALES_REEXPORT }, (args) =>
      isZodLocalesReexport(args.path, args.importer)
        ? { path: 'zod-locales', namespace: 'skipped-zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'skipped-zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * Vite plugin for the site's builds: the client bundle (the simulator, its worker) reads 82
 * modules instead of 145. Hook filters keep every other module from calling into JavaScript.
 */
export function skipZodLocalesInBuild(): VitePlugin {
  return {
    name: 'imagicle-care-skip-zod-locales',
    apply: 'build',
    enforce: 'pre',
    resolveId: {
      filter: { id: LOCALES_REEXPORT },
      handler: (specifier, importer) => (isZodLocalesReexport(specifier, importer) ? SKIPPED : undefined),
    },
    load: {
      filter: { id: new RegExp(`^${SKIPPED}$`) },
      handler: () => 'export {};',
    },
  };
}
