/** The allocator settings `npm run build` gives `astro build`. */
import { describe, expect, it } from 'vitest';
import { buildEnvironment } from '../../src/build/allocator.ts';

describe('the build environment', () => {
  it('turns off mimalloc’s eager arena commit and keeps everything else', () => {
    const env = buildEnvironment({ PATH: '/usr/bin', LANG: 'it_IT.UTF-8' });
    expect(env).toEqual({ PATH: '/usr/bin', LANG: 'it_IT.UTF-8', MIMALLOC_ARENA_EAGER_COMMIT: '0' });
  });

  it('keeps a value the user set', () => {
    expect(buildEnvironment({ MIMALLOC_ARENA_EAGER_COMMIT: '1' })['MIMALLOC_ARENA_EAGER_COMMIT']).toBe('1');
  });
});
