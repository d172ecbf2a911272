/**
 * `npm run dev`: Astro's dev server, started in this process with the allocator settings a build
 * gets (`src/build/astro-process.ts`), set before Astro loads the bundler that reads them.
 */
import { pathToFileURL } from 'node:url';
import { ASTRO_BIN, astroEnvironment } from '../src/build/astro-process.ts';

Object.assign(process.env, astroEnvironment(process.env));
process.argv = [process.argv[0]!, ASTRO_BIN, 'dev', ...process.argv.slice(2)];
await import(pathToFileURL(ASTRO_BIN).href);
