/** `npm start`'s port: PORT and --port, the browser tests' port refused, a busy port one sentence. */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PORT, requestedPort } from '../../scripts/cli/start-port.ts';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';

describe('requestedPort', () => {
  it('takes --port, else PORT, else 4321', () => {
    expect(requestedPort([], {}, 'en')).toEqual({ port: DEFAULT_PORT });
    expect(requestedPort([], { PORT: '4330' }, 'en')).toEqual({ port: 4330 });
    expect(requestedPort(['--port', '4331'], { PORT: '4330' }, 'en')).toEqual({ port: 4331 });
    expect(requestedPort(['--port=4332'], {}, 'en')).toEqual({ port: 4332 });
  });

  it('refuses a port that is not a number, in the chosen language', () => {
    expect(requestedPort([], { PORT: 'abc' }, 'en')).toEqual({
      error: 'npm start: port "abc" is not valid: it must be a number from 1 to 65535 (PORT=4330 npm start).',
    });
    expect(requestedPort(['--port', '70000'], {}, 'it')).toEqual({
      error: 'npm start: la porta "70000" non è valida: serve un numero da 1 a 65535 (PORT=4330 npm start).',
    });
  });

  it('refuses the browser tests’ port (4322, or E2E_PORT)', () => {
    expect(requestedPort([], { PORT: '4322' }, 'en')).toHaveProperty('error', expect.stringContaining('browser tests'));
    expect(requestedPort(['--port', '4416'], { E2E_PORT: '4416' }, 'en')).toHaveProperty('error');
  });
});

describe('npm start on a busy port', () => {
  const PORT = 4551;
  let server: Server;
  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('stops with one sentence, exit 1, before building', () => {
    const result = spawnSync('npx', ['node', 'scripts/start.ts'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, PORT: String(PORT), CATALOG_LANG: 'en', ASTRO_OUT_DIR: 'tmp/start-port-never-built' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `npm start: port ${PORT} is already in use (perhaps by another npm start): stop it or choose another port, for example PORT=4330 npm start.`,
    );
    expect(result.stdout).toBe('');
  });
});
