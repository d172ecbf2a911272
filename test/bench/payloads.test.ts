import { describe, expect, it } from 'vitest';
import { keystrokeSequence } from '../../src/bench/browser.ts';
import { syntheticPayloads } from '../../src/bench/payloads.ts';
import { EventPayload } from '../../src/catalog/payload.ts';

describe('syntheticPayloads', () => {
  const payloads = syntheticPayloads(['voip-stack-crash', 'webex-cdr-download-error'], 1000);
  it('makes the requested number of payloads, every one valid for the simulator’s schema', () => {
    expect(payloads).toHaveLength(1000);
    for (const payload of payloads) expect(EventPayload.safeParse(payload).success).toBe(true);
  });
  it('includes unknown events and optional fields, deterministically', () => {
    expect(payloads.filter((payload) => payload.event.startsWith('unknown-event-'))).toHaveLength(100);
    expect(payloads.some((payload) => payload.host && payload.details)).toBe(true);
    expect(syntheticPayloads(['voip-stack-crash', 'webex-cdr-download-error'], 1000)).toEqual(payloads);
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
