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
  /** The head of the payloads not covered, and their number. */
  notCovered: CaseResult[];
  notCoveredTotal: number;
}

/** Fetches results `[from, to)` of a list. */
export type MoreResults = (list: ResultList, from: number, to: number) => Promise<CaseResult[]>;

/** The view of a simulation with at most `rows` results of each list and `issues` issues. */
export function viewOf(simulation: Simulation, rows: number, issues: number): SimulationView {
  return {
    summary: simulation.summary,
    counts: simulation.counts,
    issues: simulation.issues.slice(0, issues),
    issueTotal: simulation.issues.length,
    queue: simulation.queue.slice(0, rows),
    queueTotal: simulation.queue.length,
    notCovered: simulation.notCovered.slice(0, rows),
    notCoveredTotal: simulation.notCovered.length,
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
