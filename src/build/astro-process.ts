/**
 * How the project's commands start Astro: its command-line entry, and the environment a build or
 * the dev server gets. The bundler (rolldown) and Oxc link mimalloc, which commits its arenas
 * eagerly; on Linux with transparent huge pages, the kernel then zeroes whole 2 MiB pages for
 * them. Without eager commit, `npm run build` at 18 events takes about 0.4 s less CPU time and
 * 190 MiB less memory on a 2-core machine, and the dev server 130–280 MiB less (README,
 * Performance), as the Nuxt command line found and ships. mimalloc reads the option once, when the
 * first module linking it loads: before Astro loads its configuration, so it is set here.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../catalog/source/project-root.ts';

/** Astro's command-line entry, run with the project's Node. */
export const ASTRO_BIN = path.join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The allocator settings of a build or dev server; a value the user set wins. */
const ASTRO_ALLOCATOR_DEFAULTS: Readonly<Record<string, string>> = {
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
};

/** `env` with the allocator defaults for what it leaves unset. */
export function astroEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...ASTRO_ALLOCATOR_DEFAULTS, ...env };
}
