/** The environment the project's commands give Astro. */
import { describe, expect, it } from 'vitest';
import { astroEnvironment } from '../../src/build/astro-process.ts';

describe('the environment of Astro’s process', () => {
  it('turns off mimalloc’s eager arena commit and keeps everything else', () => {
    const env = astroEnvironment({ PATH: '/usr/bin', LANG: 'it_IT.UTF-8' });
    expect(env).toEqual({ PATH: '/usr/bin', LANG: 'it_IT.UTF-8', MIMALLOC_ARENA_EAGER_COMMIT: '0' });
  });

  it('keeps a value the user set', () => {
    expect(astroEnvironment({ MIMALLOC_ARENA_EAGER_COMMIT: '1' })['MIMALLOC_ARENA_EAGER_COMMIT']).toBe('1');
  });
});
