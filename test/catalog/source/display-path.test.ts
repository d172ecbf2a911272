import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../../src/catalog/source/display-path.ts';

describe('displayPath', () => {
  it('shows a path inside the working directory from it, the directory itself as `.`, any other as it is', () => {
    const cwd = process.cwd();
    expect(displayPath(path.join(cwd, 'catalog', 'catalog.yaml'))).toBe(path.join('catalog', 'catalog.yaml'));
    expect(displayPath(cwd)).toBe('.');
    expect(displayPath(path.dirname(cwd))).toBe(path.dirname(cwd));
    expect(displayPath('/nope.yaml')).toBe('/nope.yaml');
  });
});
