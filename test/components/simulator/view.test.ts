import { describe, expect, it } from 'vitest';
import { simulateText } from '../../../src/catalog/simulator/simulate.ts';
import { localMore, orderedCases, orderedRanges, viewOf } from '../../../src/components/simulator/view.ts';
import { logicCatalog } from '../../support/logic-catalog.ts';

const catalog = logicCatalog();
// Three covered payloads of the logic catalogue and two unknown ids, one a line.
const text = ['voip-gateway-crash', 'nope-1', 'attendant-crash', 'nope-2', 'disk-space-low']
  .map((event) => JSON.stringify({ event, occurredAt: '2026-11-25T10:00:00+01:00' }))
  .join('\n');

describe('viewOf', () => {
  it('keeps the totals and the head of each list', () => {
    const simulation = simulateText(catalog, `${text}\n{"event": 1}\n{"event": 2}`);
    const view = viewOf(simulation, 2, 1);
    expect(view.summary).toEqual(simulation.summary);
    expect([view.queue.length, view.queueTotal, view.notCovered.length, view.notCoveredTotal]).toEqual([2, 3, 2, 2]);
    expect([view.issues.length, view.issueTotal]).toEqual([1, simulation.issues.length]);
  });
});

describe('orderedRanges', () => {
  it('maps triage positions to the queue first, then the payloads not covered', () => {
    expect(orderedRanges(3, 2, 0, 2)).toEqual([{ list: 'queue', from: 0, to: 2 }]);
    expect(orderedRanges(3, 2, 2, 10)).toEqual([
      { list: 'queue', from: 2, to: 3 },
      { list: 'notCovered', from: 0, to: 2 },
    ]);
    expect(orderedRanges(3, 2, 4, 5)).toEqual([{ list: 'notCovered', from: 1, to: 2 }]);
    expect(orderedRanges(0, 0, 0, 10)).toEqual([]);
  });

  it('fetches the cases of a range in that order', async () => {
    const simulation = simulateText(catalog, text);
    const cases = await orderedCases(viewOf(simulation, 1, 1), localMore(simulation), 1, 5);
    expect(cases.map((result) => result.payload.event)).toEqual([
      ...simulation.queue.slice(1).map((result) => result.payload.event),
      'nope-1',
      'nope-2',
    ]);
  });
});
