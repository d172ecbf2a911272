/**
 * The simulator's worker: runs the shared simulation (`simulateText`) of a large paste off the
 * page's main thread, reports its progress, answers with the first view, and keeps the
 * simulation to answer requests for more of it. The page terminates it to cancel.
 */
import type { Catalog } from '../../catalog/model.ts';
import { simulateText, type CaseResult, type Simulation } from '../../catalog/simulator/simulate.ts';
import { viewOf, type ResultList, type SimulationView } from './view.ts';

/** What the page asks the worker. */
export type WorkerRequest =
  | { type: 'simulate'; catalog: Catalog; text: string; rows: number; issues: number }
  | { type: 'more'; id: number; list: ResultList; from: number; to: number };

/** What the worker answers. */
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; view: SimulationView; simulateMs: number }
  | { type: 'more'; id: number; results: CaseResult[] };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (reply: WorkerReply) => void;
};

let simulation: Simulation | undefined;

scope.onmessage = ({ data }) => {
  if (data.type === 'simulate') {
    const started = performance.now();
    simulation = simulateText(data.catalog, data.text, {
      onProgress: (done, total) => scope.postMessage({ type: 'progress', done, total }),
    });
    const simulateMs = performance.now() - started;
    scope.postMessage({ type: 'done', view: viewOf(simulation, data.rows, data.issues), simulateMs });
  } else {
    scope.postMessage({ type: 'more', id: data.id, results: simulation?.[data.list].slice(data.from, data.to) ?? [] });
  }
};
