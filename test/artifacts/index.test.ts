/** The npm package's entry re-exports every browser-safe module of `src/catalog/`, and only those. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/catalog/read.ts';

const dir = path.join(PROJECT_ROOT, 'src/catalog');
const modules = readdirSync(dir).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
const nodeOnly = modules.filter((name) => /from ['"]node:/.test(readFileSync(path.join(dir, name), 'utf8')));
const exported = [
  ...readFileSync(path.join(dir, 'index.ts'), 'utf8').matchAll(/export \* from '\.\/([\w-]+\.ts)';/g),
].map((match) => match[1]);

describe('src/catalog/index.ts', () => {
  it('re-exports every browser-safe module', () => {
    expect(exported.sort()).toEqual(modules.filter((name) => !nodeOnly.includes(name)).sort());
  });

  it('leaves the Node-only modules out', () => {
    expect(nodeOnly).toContain('read.ts');
    for (const name of nodeOnly) expect(exported).not.toContain(name);
  });
});
