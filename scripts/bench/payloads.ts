/** Synthetic monitoring payloads for the simulator benchmark (the shape of `src/catalog/payload.ts`). */
import type { EventPayload } from '../../src/catalog/simulator/payload.ts';

/**
 * `count` payloads cycling through `eventIds`, deterministic. Every tenth names an event the
 * catalogue does not have, as a misconfigured component would: one of five misspelt ids, sent
 * again and again (the simulator must report them and suggest the right one). Every third
 * carries a host and details.
 */
export function syntheticPayloads(eventIds: readonly string[], count: number): EventPayload[] {
  if (eventIds.length === 0) throw new RangeError('no event ids to build payloads from');
  const misspelt = Array.from({ length: 5 }, (_, index) => misspell(eventIds[(index * 7) % eventIds.length]!));
  return Array.from({ length: count }, (_, index) => {
    const minute = String(index % 60).padStart(2, '0');
    const hour = String(8 + (Math.floor(index / 60) % 10)).padStart(2, '0');
    const payload: EventPayload = {
      event:
        index % 10 === 9 ? misspelt[Math.floor(index / 10) % misspelt.length]! : eventIds[index % eventIds.length]!,
      occurredAt: `2026-11-25T${hour}:${minute}:00+01:00`,
    };
    if (index % 3 === 0) {
      payload.host = `ucx-${(index % 7) + 1}.example.com`;
      payload.details = { sequence: index, source: 'bench' };
    }
    return payload;
  });
}

/** An id with a typo no catalogue id has: a doubled first letter and a `-x` suffix, still kebab-case. */
function misspell(id: string): string {
  return `${id.charAt(0)}${id}-x`;
}
