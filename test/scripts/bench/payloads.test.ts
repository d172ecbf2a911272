import { describe, expect, it } from 'vitest';
import { keystrokeSequence } from '../../../scripts/bench/browser.ts';
import { syntheticPayloads } from '../../../scripts/bench/payloads.ts';
import { EventPayload } from '../../../src/catalog/simulator/payload.ts';

describe('syntheticPayloads', () => {
  const payloads = syntheticPayloads(['voip-stack-crash', 'webex-cdr-download-error'], 1000);
  it('makes the requested number of payloads, every one valid for the simulator’s schema', () => {
    expect(payloads).toHaveLength(1000);
    for (const payload of payloads) expect(EventPayload.safeParse(payload).success).toBe(true);
  });
  it('includes a few misspelt events, repeated, and optional fields, deterministically', () => {
    const unknown = payloads.filter(
      (payload) => !['voip-stack-crash', 'webex-cdr-download-error'].includes(payload.event),
    );
    expect(unknown).toHaveLength(100);
    expect(new Set(unknown.map((payload) => payload.event)).size).toBeLessThanOrEqual(5);
    expect(payloads.some((payload) => payload.host && payload.details)).toBe(true);
    expect(syntheticPayloads(['voip-stack-crash', 'webex-cdr-download-error'], 1000)).toEqual(payloads);
  });
  it('misspells ids into valid kebab-case ids', () => {
    const short = syntheticPayloads(['a-b'], 10);
    expect(short[9]!.event).toBe('aa-b-x');
    for (const payload of short) expect(EventPayload.safeParse(payload).success).toBe(true);
  });
  it('needs at least one event id', () => expect(() => syntheticPayloads([], 3)).toThrow(RangeError));
});

describe('keystrokeSequence', () => {
  it('types words and erases them, so that the results change with each key', () => {
    const keys = keystrokeSequence(50);
    expect(keys).toHaveLength(50);
    expect(keys.slice(0, 10)).toEqual([
      'd',
      'i',
      's',
      'c',
      'o',
      'Backspace',
      'Backspace',
      'Backspace',
      'Backspace',
      'Backspace',
    ]);
  });
});
