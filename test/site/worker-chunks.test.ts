import path from 'node:path';
import { rolldown } from 'rolldown';
import { describe, expect, it, vi } from 'vitest';
import { workerChunksPlugin, workerReferences } from '../../src/site/worker-chunks.ts';

const FIXTURE = path.join(import.meta.dirname, '../fixtures/site/worker-chunks');

describe('workerReferences', () => {
  it("finds each module worker's URL argument and specifier, in order", () => {
    const code = `const a = new Worker(new URL('./a.ts', import.meta.url), { type: 'module' });
const b = new  Worker( new URL("./b/c.ts" , import.meta.url ) , {type:"module"});`;
    const found = workerReferences(code);
    expect(found.map((reference) => reference.specifier)).toEqual(['./a.ts', './b/c.ts']);
    expect(found.map(({ start, end }) => code.slice(start, end))).toEqual([
      "new URL('./a.ts', import.meta.url)",
      'new URL("./b/c.ts" , import.meta.url )',
    ]);
  });

  it('leaves other workers and URLs alone', () => {
    expect(workerReferences("new Worker('/worker.js'); new URL('./x.png', import.meta.url);")).toEqual([]);
    expect(workerReferences("new Worker(new URL(name, import.meta.url), { type: 'module' })")).toEqual([]);
    // A classic worker cannot import chunks: Vite bundles it whole.
    expect(workerReferences("new Worker(new URL('./a.ts', import.meta.url))")).toEqual([]);
  });
});

describe('workerChunksPlugin', () => {
  it('bundles the worker with the page: one build, the shared module in a chunk both import', async () => {
    const bundle = await rolldown({
      input: { page: path.join(FIXTURE, 'page.ts') },
      plugins: [workerChunksPlugin()],
    });
    const { output } = await bundle.generate({
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name].js',
    });
    const chunks = output.filter((file) => file.type === 'chunk');
    const page = chunks.find((chunk) => chunk.name === 'page')!;
    const worker = chunks.find((chunk) => chunk.name === 'worker')!;
    expect(worker.isEntry).toBe(true);
    // The page starts the worker chunk by its address, relative to the page's own.
    expect(page.code).toMatch(/new Worker\(new URL\(["']worker\.js["'], import\.meta\.url\)/);
    // The code both run is bundled once, in a chunk the worker imports, and never the page's entry.
    expect(chunks.filter((chunk) => chunk.code.includes('simulated in the'))).toHaveLength(1);
    const shared = chunks.find((chunk) => chunk.code.includes('simulated in the'))!;
    expect(worker.imports).toContain(shared.fileName);
    expect(worker.imports).not.toContain(page.fileName);
  });

  it("stops on a worker that does not exist, at its line and column, in the maintainer's language", async () => {
    const missing = path.join(FIXTURE, 'missing-worker.ts');
    const build = async () => (await rolldown({ input: missing, plugins: [workerChunksPlugin()] })).generate({});
    vi.stubEnv('CATALOG_LANG', 'en');
    await expect(build()).rejects.toThrow(
      /worker-chunks[\\/]missing-worker\.ts:3:34: the worker "\.\/nowhere\.ts" does not exist/,
    );
    vi.stubEnv('CATALOG_LANG', 'it');
    try {
      await expect(build()).rejects.toThrow(/missing-worker\.ts:3:34: il worker «\.\/nowhere\.ts» non esiste/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
