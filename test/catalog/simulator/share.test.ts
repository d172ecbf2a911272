/** A simulation in the URL fragment: round trip, compactness and damaged links. */
import { describe, expect, it } from 'vitest';
import {
  decodeSimulation,
  encodeSimulation,
  fragmentParameter,
  MAX_SHARED_BYTES,
  readSharedSimulation,
  simulationFragment,
} from '../../../src/catalog/simulator/share.ts';
import { deflateRawSync } from 'node:zlib';

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

  it('stops inflating a decompression bomb at 2 MB and says the link is too large', async () => {
    // About 100 kB of link that inflates to 100 MB.
    const bomb = `z${deflateRawSync(Buffer.alloc(100 * 1024 * 1024, 0x20), { level: 9 }).toString('base64url')}`;
    expect(bomb.length).toBeLessThan(200_000);
    const before = process.memoryUsage().arrayBuffers;
    expect(await readSharedSimulation(bomb)).toEqual({ problem: 'too-large' });
    // Checked while inflating: far less than the 100 MB it would have taken is ever held.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * 1024 * 1024);
    expect(await decodeSimulation(bomb)).toBeUndefined();
  });

  it('accepts a link just under the bound, refuses one just over it, deflated or plain', async () => {
    const json = (length: number) => JSON.stringify({ input: 'x'.repeat(length - '{"input":""}'.length) });
    const deflated = (text: string) => `z${deflateRawSync(Buffer.from(text)).toString('base64url')}`;
    const plain = (text: string) => `j${Buffer.from(text).toString('base64url')}`;
    for (const encode of [deflated, plain]) {
      expect(await readSharedSimulation(encode(json(MAX_SHARED_BYTES)))).toHaveProperty('simulation');
      expect(await readSharedSimulation(encode(json(MAX_SHARED_BYTES + 1)))).toEqual({ problem: 'too-large' });
    }
    expect(await readSharedSimulation('zAAAA')).toEqual({ problem: 'damaged' });
  });
});
