import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockedPackage>;
};
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  overrides?: Record<string, Record<string, string> | string>;
};

/** Package name of a lock-file key such as `node_modules/@scope/name`. */
function packageName(key: string): string {
  return key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

// A dependency asked for by dist-tag ("latest") resolves to whatever the registry says today, so
// `npm ci` on a fresh clone fails as soon as the tag moves past the locked version. Each one must
// be pinned by an override in package.json.
describe('package-lock.json', () => {
  it('pins every dependency requested by a dist-tag, so npm ci keeps working when the tag moves', () => {
    const unpinned: string[] = [];
    for (const [key, entry] of Object.entries(lock.packages)) {
      if (key === '') continue;
      const requested = { ...entry.dependencies, ...entry.optionalDependencies };
      for (const [dependency, range] of Object.entries(requested)) {
        if (!/^[a-z][\w-]*$/i.test(range)) continue;
        const scoped = manifest.overrides?.[packageName(key)];
        const global = manifest.overrides?.[dependency];
        const pinned = (typeof scoped === 'object' && scoped[dependency]) || typeof global === 'string';
        if (!pinned) unpinned.push(`${packageName(key)} → ${dependency}@${range}`);
      }
    }
    expect(unpinned).toEqual([]);
  });
});
