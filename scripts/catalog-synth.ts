/** `npm run catalog:synth -- --events N --out FILE`: writes a valid synthetic catalogue of N events. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { synthesizeCatalogYaml } from '../src/catalog/source/synth.ts';

const USAGE = 'usage: npm run catalog:synth -- --events N --out FILE';

try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { events: { type: 'string' }, out: { type: 'string' } },
  });
  const count = Number(values.events);
  if (!Number.isInteger(count) || count < 1 || !values.out) {
    console.error(`--events must be a whole number of at least 1, and --out a file\n${USAGE}`);
    process.exitCode = 2;
  } else {
    mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
    writeFileSync(values.out, synthesizeCatalogYaml(count));
    console.log(`Wrote ${count} events to ${values.out}`);
  }
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exitCode = 2;
}
