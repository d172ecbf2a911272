/**
 * What the simulator page shows of a simulation at first (totals and the head of each list) and
 * how it fetches the rest on request, from the simulation in the page or in its worker. Pure.
 */
import type { CaseResult, InputIssue, Simulation, SimulationSummary } from '../../catalog/simulator/simulate.ts';

/** The lists of a simulation of which the page shows a part. */
export type ResultList = 'queue' | 'notCovered';

/** The first view of a simulation: its totals and the head of each list. */
export interface SimulationView {
  summary: SimulationSummary;
  counts: Record<string, number>;
  /** The first issues, and how many there are. */
  issues: InputIssue[];
  issueTotal: number;
  /** The head of the triage queue, and its length. */
  queue: CaseResult[];
  queueTotal: number;
  /** The payloads not covered: their number, and the head of their groups by the id they named. */
  notCoveredTotal: number;
  notCoveredGroups: NotCoveredGroup[];
  notCoveredGroupTotal: number;
}

/** A payload and its position in the list of those not covered (input order). */
export interface PositionedCase {
  result: CaseResult;
  position: number;
}

/**
 * The payloads not covered that named one id: a misconfigured component sends the same wrong id
 * again and again, and the id is what to fix, once.
 */
export interface NotCoveredGroup {
  /** The id the payloads named. */
  id: string;
  /** How many payloads named it. */
  count: number;
  /** The first `GROUP_CASES` of them, in input order; the first tells why the id is not covered. */
  cases: PositionedCase[];
}

/** Payloads listed by index in each group of those not covered; the others are counted. */
export const GROUP_CASES = 5;

/** The payloads not covered, grouped by the id they named, groups in order of first appearance. */
export function groupNotCovered(notCovered: readonly CaseResult[]): NotCoveredGroup[] {
  const groups = new Map<string, NotCoveredGroup>();
  notCovered.forEach((result, position) => {
    const id = result.payload.event;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { id, count: 0, cases: [] }));
    group.count++;
    if (group.cases.length < GROUP_CASES) group.cases.push({ result, position });
  });
  return [...groups.values()];
}

/** Fetches results `[from, to)` of a list. */
export type MoreResults = (list: ResultList, from: number, to: number) => Promise<CaseResult[]>;

/** The view of a simulation with at most `rows` queue rows and groups of payloads not covered, and `issues` issues. */
export function viewOf(simulation: Simulation, rows: number, issues: number): SimulationView {
  const groups = groupNotCovered(simulation.notCovered);
  return {
    summary: simulation.summary,
    counts: simulation.counts,
    issues: simulation.issues.slice(0, issues),
    issueTotal: simulation.issues.length,
    queue: simulation.queue.slice(0, rows),
    queueTotal: simulation.queue.length,
    notCoveredTotal: simulation.notCovered.length,
    notCoveredGroups: groups.slice(0, rows),
    notCoveredGroupTotal: groups.length,
  };
}

/** More results of a simulation held by the page. */
export function localMore(simulation: Simulation): MoreResults {
  return (list, from, to) => Promise.resolve(simulation[list].slice(from, to));
}

/**
 * Which parts of the lists hold the cases at triage positions `[from, to)`: the queue comes
 * first, then the payloads not covered, as a person works through them.
 */
export function orderedRanges(
  queueTotal: number,
  notCoveredTotal: number,
  from: number,
  to: number,
): { list: ResultList; from: number; to: number }[] {
  const end = Math.min(to, queueTotal + notCoveredTotal);
  const ranges: { list: ResultList; from: number; to: number }[] = [];
  if (from < Math.min(end, queueTotal)) ranges.push({ list: 'queue', from, to: Math.min(end, queueTotal) });
  if (end > queueTotal) {
    ranges.push({ list: 'notCovered', from: Math.max(from, queueTotal) - queueTotal, to: end - queueTotal });
  }
  return ranges;
}

/** The cases at triage positions `[from, to)`. */
export async function orderedCases(
  view: SimulationView,
  more: MoreResults,
  from: number,
  to: number,
): Promise<CaseResult[]> {
  const parts = await Promise.all(
    orderedRanges(view.queueTotal, view.notCoveredTotal, from, to).map((range) =>
      more(range.list, range.from, range.to),
    ),
  );
  return parts.flat();
}
