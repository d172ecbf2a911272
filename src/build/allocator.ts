/**
 * The environment `npm run build` gives `astro build`. The bundler (rolldown) and Oxc link mimalloc,
 * which commits its arenas eagerly; on Linux with transparent huge pages, the kernel then zeroes
 * whole 2 MiB pages for them. Without eager commit, the 18-event build takes about 0.3 s less CPU
 * time and 190 MiB less memory on a 2-core machine (README, Performance), as the Nuxt command line
 * found and ships. mimalloc reads the option once, when the first module linking it loads, so it is
 * set for the child process, not in the Astro configuration, which loads after the bundler.
 */

/** The allocator settings of a build; a value the user set wins. */
export const BUILD_ALLOCATOR_DEFAULTS: Readonly<Record<string, string>> = {
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
};

/** `env` with the build's allocator defaults for what it leaves unset. */
export function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...BUILD_ALLOCATOR_DEFAULTS, ...env };
}
