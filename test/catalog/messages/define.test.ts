import { describe, expect, it } from 'vitest';
import { countValues, formatCount, interpolate } from '../../../src/catalog/messages/define.ts';

describe('formatCount', () => {
  it('writes counts as each language does', () => {
    expect(formatCount('en', 1000)).toBe('1,000');
    expect(formatCount('en', 100_000)).toBe('100,000');
    // Italian groups thousands from five digits on.
    expect(formatCount('it', 1000)).toBe('1000');
    expect(formatCount('it', 30_000)).toBe('30.000');
    expect(formatCount('it', 7)).toBe('7');
  });
});

describe('countValues', () => {
  it('formats the numbers of a message and leaves its texts alone', () => {
    const values = countValues('it', { shown: 100, total: 12_345, id: 'voip-stack-crash', version: '1.10.0' });
    expect(values).toEqual({ shown: '100', total: '12.345', id: 'voip-stack-crash', version: '1.10.0' });
    expect(interpolate('Mostrati i primi {shown} eventi su {total}.', values)).toBe(
      'Mostrati i primi 100 eventi su 12.345.',
    );
  });
});
