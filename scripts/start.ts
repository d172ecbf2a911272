/**
 * `npm start`: builds the guide and its artifacts when `dist/` is missing or older than the
 * sources (or incomplete: no manifest), then serves `dist/` at http://127.0.0.1:4321 (`PORT=N` or `-- --port N` to change
 * it; a busy port stops it with one sentence, before building).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { completedAt } from '../src/build/staging.ts';
import { PROJECT_ROOT } from '../src/catalog/source/project-root.ts';
import { messageLocale } from '../src/catalog/messages/command.ts';
import { busyMessage, portIsFree, requestedPort } from './cli/start-port.ts';

const HOST = '127.0.0.1';
const locale = messageLocale();
const requested = requestedPort(process.argv.slice(2), process.env, locale);
if ('error' in requested) {
  console.error(requested.error);
  process.exit(2);
}
const { port } = requested;
if (!(await portIsFree(port, HOST))) {
  console.error(busyMessage(port, locale));
  process.exit(1);
}

const outDir = path.resolve(PROJECT_ROOT, process.env['ASTRO_OUT_DIR'] ?? 'dist');
const SOURCES = ['catalog', 'content', 'src', 'astro.config.mjs', 'package.json'];

/** Newest modification time under a path. */
function newest(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((latest, name) => Math.max(latest, newest(path.join(target, name))), stat.mtimeMs);
}

// The artifact manifest is the completion marker: only a complete build has one (see src/build/staging.ts).
const builtAt = completedAt(outDir) ?? 0;
const changedAt = Math.max(...SOURCES.map((source) => newest(path.join(PROJECT_ROOT, source))));
const run = (args: string[]) => spawnSync('npm', args, { cwd: PROJECT_ROOT, stdio: 'inherit' }).status ?? 1;

if ((process.env['CATALOG_FILE'] || changedAt > builtAt) && run(['run', 'build']) !== 0) process.exit(1);
process.exit(run(['exec', '--', 'astro', 'preview', '--host', HOST, '--port', String(port)]));
