/**
 * Module workers as chunks of the client bundle. Vite builds every `new Worker(new URL(…,
 * import.meta.url))` as a bundle of its own, a second bundler run that parses and bundles again
 * everything the worker shares with the page (the simulator's worker: zod and the simulation,
 * about a hundred modules). Emitted as an entry of the client build instead, the worker's module
 * graph is bundled once with the page's, and the chunks both use are shared: the browser, which
 * has already loaded them for the page, takes them from its cache when the worker starts.
 * Builds only: the dev server serves the worker's modules one by one as it does the page's.
 */
import MagicString from 'magic-string';
import path from 'node:path';
import type { Plugin } from 'vite';
import { buildMessage } from '../build/messages.ts';
import { lineColumnAt, lineStarts } from '../catalog/json-text.ts';
import { messageLocale } from '../catalog/messages/command.ts';

/**
 * `new Worker(new URL('<specifier>', import.meta.url), { type: 'module' })`. A classic worker
 * (no `type: 'module'`) cannot import chunks, so it is left to Vite, which bundles it whole.
 */
const MODULE_WORKER =
  /\bnew\s+Worker\s*\(\s*(?<url>new\s+URL\s*\(\s*(?<quote>['"`])(?<specifier>[^'"`]+)\k<quote>\s*,\s*import\.meta\.url\s*\))\s*,\s*\{\s*type\s*:\s*(?<typeQuote>['"`])module\k<typeQuote>\s*\}/;

/** Where a module starts a module worker: the offsets of its `new URL(…)` argument and the worker's specifier. */
export interface WorkerReference {
  start: number;
  end: number;
  specifier: string;
}

/** The module workers a module's code starts, in order. */
export function workerReferences(code: string): WorkerReference[] {
  return [...code.matchAll(new RegExp(MODULE_WORKER, 'gd'))].map((match) => {
    const [start, end] = match.indices!.groups!['url']!;
    return { start, end, specifier: match.groups!['specifier']! };
  });
}

/** Vite plugin: each module worker the client code starts becomes an entry chunk of the client build. */
export function workerChunksPlugin(): Plugin {
  return {
    name: 'imagicle-care-worker-chunks',
    apply: 'build',
    // Before Vite's worker plugin, which would otherwise bundle the worker on its own.
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    transform: {
      filter: { code: MODULE_WORKER },
      async handler(code, id) {
        const output = new MagicString(code);
        for (const { start, end, specifier } of workerReferences(code)) {
          const resolved = await this.resolve(specifier, id);
          if (!resolved) {
            const { line, column } = lineColumnAt(lineStarts(code), start);
            const file = path.relative(process.cwd(), id.split('?')[0]!);
            this.error(buildMessage(messageLocale(), 'workerNotFound', { file, line, column, specifier }));
          }
          const reference = this.emitFile({ type: 'chunk', id: resolved.id });
          // The emitted chunk's address as the bundler writes it (a URL relative to the importing chunk).
          output.overwrite(start, end, `import.meta.ROLLUP_FILE_URL_${reference}`);
        }
        return { code: output.toString(), map: output.generateMap({ hires: 'boundary' }) };
      },
    },
  };
}
