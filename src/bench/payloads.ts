/** Synthetic monitoring payloads for the simulator benchmark (the shape of `src/catalog/payload.ts`). */
import type { EventPayload } from '../catalog/payload.ts';

/**
 * `count` payloads cycling through `eventIds`, deterministic: every tenth names an unknown
 * event (the simulator must report it), every third carries host and details.
 */
export function syntheticPayloads(eventIds: readonly string[], count: number): EventPayload[] {
  if (eventIds.length === 0) throw new RangeError('no event ids to build payloads from');
  return Array.from({ length: count }, (_, index) => {
    const minute = String(index % 60).padStart(2, '0');
    const hour = String(8 + (Math.floor(index / 60) % 10)).padStart(2, '0');
    const payload: EventPayload = {
      event: index % 10 === 9 ? `unknown-event-${index}` : eventIds[index % eventIds.length]!,
      occurredAt: `2026-11-25T${hour}:${minute}:00+01:00`,
    };
    if (index % 3 === 0) {
      payload.host = `ucx-${(index % 7) + 1}.example.com`;
      payload.details = { sequence: index, source: 'bench' };
    }
    return payload;
  });
}
