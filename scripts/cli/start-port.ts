/**
 * The port `npm start` serves at: `--port N`, else `PORT`, else 4321. It never moves to another
 * port by itself (Astro would take the next free one, 4322, which is the browser tests' port),
 * and it refuses the browser tests' port outright.
 */
import { createServer } from 'node:net';
import type { Locale } from '../../src/catalog/model.ts';
import { defineMessages, interpolate } from '../../src/catalog/messages/define.ts';

/** The port when none is asked for. */
export const DEFAULT_PORT = 4321;
/** The port the browser tests serve the build at, unless `E2E_PORT` says otherwise (playwright.config.ts). */
export const DEFAULT_TEST_PORT = 4322;

const MESSAGES = defineMessages({
  it: {
    invalid: 'npm start: la porta "{value}" non è valida: serve un numero da 1 a 65535 (PORT=4330 npm start).',
    testPort:
      'npm start: la porta {port} è quella dei test nel browser; scegline un’altra, ad esempio PORT=4330 npm start.',
    busy: 'npm start: la porta {port} è già in uso (forse da un altro npm start): chiudilo o scegli un’altra porta, ad esempio PORT={next} npm start.',
  },
  en: {
    invalid: 'npm start: port "{value}" is not valid: it must be a number from 1 to 65535 (PORT=4330 npm start).',
    testPort: 'npm start: port {port} is the browser tests’ port; choose another one, for example PORT=4330 npm start.',
    busy: 'npm start: port {port} is already in use (perhaps by another npm start): stop it or choose another port, for example PORT={next} npm start.',
  },
});

/** The port asked for, or the one sentence that says why it cannot be used. */
export function requestedPort(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  locale: Locale,
): { port: number } | { error: string } {
  const t = MESSAGES[locale];
  const flag = args.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const value = flag === -1 ? env['PORT'] || String(DEFAULT_PORT) : (args[flag]!.split('=')[1] ?? args[flag + 1] ?? '');
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(port >= 1 && port <= 65535)) return { error: interpolate(t.invalid, { value }) };
  const testPort = Number(env['E2E_PORT'] || DEFAULT_TEST_PORT);
  if (port === testPort) return { error: interpolate(t.testPort, { port }) };
  return { port };
}

/** The sentence for a port already taken. */
export function busyMessage(port: number, locale: Locale): string {
  return interpolate(MESSAGES[locale].busy, { port, next: port === 4330 ? 4331 : 4330 });
}

/** True when nothing listens on the port at this host (checked by listening on it briefly). */
export function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}
