import { describe, expect, it } from 'vitest';
import { simulateText } from '../../../src/catalog/simulator/simulate.ts';
import {
  GROUP_CASES,
  groupNotCovered,
  localMore,
  orderedCases,
  orderedRanges,
  viewOf,
} from '../../../src/components/simulator/view.ts';
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
    expect([view.queue.length, view.queueTotal, view.notCoveredGroups.length, view.notCoveredTotal]).toEqual([
      2, 3, 2, 2,
    ]);
    expect(view.notCoveredGroupTotal).toBe(2);
    expect([view.issues.length, view.issueTotal]).toEqual([1, simulation.issues.length]);
  });

  it('keeps the head of the groups of payloads not covered, and their number', () => {
    const simulation = simulateText(catalog, text);
    const view = viewOf(simulation, 1, 1);
    expect(view.notCoveredGroups.map((group) => group.id)).toEqual(['nope-1']);
    expect([view.notCoveredTotal, view.notCoveredGroupTotal]).toEqual([2, 2]);
  });
});

describe('groupNotCovered', () => {
  const payload = (event: string) => JSON.stringify({ event, occurredAt: '2026-11-25T10:00:00+01:00' });

  it('groups the payloads by the id they named, in order of first appearance, with their positions', () => {
    const ids = ['nope-b', 'voip-gateway-crash', 'nope-a', 'nope-b', 'nope-b'];
    const { notCovered } = simulateText(catalog, ids.map(payload).join('\n'));
    const groups = groupNotCovered(notCovered);
    expect(groups.map((group) => [group.id, group.count])).toEqual([
      ['nope-b', 3],
      ['nope-a', 1],
    ]);
    // Positions count in the list of payloads not covered; indices in the input.
    expect(groups[0]!.cases.map(({ result, position }) => [result.index, position])).toEqual([
      [0, 0],
      [3, 2],
      [4, 3],
    ]);
  });

  it('lists the first payloads of a group by index and counts the others', () => {
    const { notCovered } = simulateText(catalog, Array.from({ length: 12 }, () => payload('nope-c')).join('\n'));
    const [group] = groupNotCovered(notCovered);
    expect(group!.count).toBe(12);
    expect(group!.cases.map(({ result }) => result.index)).toEqual([...Array(GROUP_CASES).keys()]);
  });

  it('gives a deprecated id and an unknown one their own groups', () => {
    const deprecated = catalog.events.find((event) => event.deprecated)!.id;
    const { notCovered } = simulateText(catalog, [deprecated, 'nope-d', deprecated].map(payload).join('\n'));
    expect(groupNotCovered(notCovered).map((group) => [group.id, group.count, group.cases[0]!.result.outcome])).toEqual(
      [
        [deprecated, 2, 'deprecated'],
        ['nope-d', 1, 'unknown'],
      ],
    );
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
