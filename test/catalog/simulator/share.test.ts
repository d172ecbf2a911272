/** A simulation in the URL fragment: round trip, compactness and damaged links. */
import { describe, expect, it } from 'vitest';
import {
  decodeSimulation,
  encodeSimulation,
  fragmentParameter,
  simulationFragment,
} from '../../../src/catalog/simulator/share.ts';

const batch = JSON.stringify(
  Array.from({ length: 50 }, (_, index) => ({
    event: index % 2 ? 'voip-stack-crash' : 'disk-space-running-low',
    occurredAt: '2026-03-29T01:30:00+01:00',
    details: { note: 'àèìòù €, <b>' },
  })),
);

describe('share', () => {
  it('round-trips a simulation through the fragment', async () => {
    const simulation = { input: batch, timeZone: 'Europe/Rome', now: '2026-03-29T02:00', event: 'voip-stack-crash' };
    const fragment = await simulationFragment(simulation);
    expect(fragment).toMatch(/^#sim=z[A-Za-z0-9_-]+$/);
    expect(await decodeSimulation(fragmentParameter(fragment)!)).toEqual(simulation);
  });

  it('compresses a repetitive batch well below its size', async () => {
    const encoded = await encodeSimulation({ input: batch });
    expect(encoded.length).toBeLessThan(batch.length / 10);
  });

  it('reads the plain form too', async () => {
    const plain = `j${Buffer.from(JSON.stringify({ input: '{}' })).toString('base64url')}`;
    expect(await decodeSimulation(plain)).toEqual({ input: '{}' });
  });

  it('refuses damaged or foreign values instead of throwing', async () => {
    expect(await decodeSimulation('zAAAA')).toBeUndefined();
    expect(await decodeSimulation('x123')).toBeUndefined();
    expect(await decodeSimulation(`j${Buffer.from('[1]').toString('base64url')}`)).toBeUndefined();
    expect(await decodeSimulation(`j${Buffer.from('{"input": 3}').toString('base64url')}`)).toBeUndefined();
    expect(fragmentParameter('#section-2')).toBeUndefined();
  });
});
