/** What the benchmark measures (the full run or CI's quick one) and the catalogues it measures on. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkCatalogFile, DEFAULT_CATALOG_FILE } from '../../src/catalog/source/read.ts';
import { synthesizeCatalogYaml } from '../../src/catalog/source/synth.ts';
import { WORK } from './run-child.ts';
import { benchText } from './messages.ts';

/** How much to measure: the full benchmark or the quick CI run. */
export interface Plan {
  /** Synthetic catalogue sizes, besides the committed catalogue. */
  sizes: number[];
  /** The size whose check, keystroke and simulator figures are budgeted (none in quick mode). */
  budgetSize: number | undefined;
  /** Whether the build budgets apply, at every size built (not in quick mode: timings are not judged). */
  buildBudgets: boolean;
  runs: number;
  /** Builds of each synthetic size, ours and bare alternately. */
  buildRounds: number;
  /**
   * Builds of the committed catalogue: cheap (seconds each), and the ratio nearest its budget, whose spread
   * between runs of the same code (bare Starlight's build moves by 0.1 s) is as wide as its margin: more of
   * them steady the median (its rounds' CPU ratios spread over 0.15–0.4; the median of 9 moved by about
   * ±0.04 between runs of the same code, and one of 15 is expected to move √(9/15) as much, about ±0.03).
   */
  committedBuildRounds: number;
  /**
   * Unmeasured builds of each side, before a catalogue's measured rounds: the first build after other work
   * is slower whichever site it builds (one build each after 40 s idle: 0.4 s for bare Starlight, 1 s for ours),
   * and ours, built first in every round, would take that penalty alone.
   */
  warmupRounds: number;
  /** Runs of `npm run build`'s script on the committed catalogue (figures for its users, not budgeted). */
  commandBuildRounds: number;
  keystrokes: number;
  payloads: number;
  simulatorRuns: number;
  /** Payloads of the large paste whose longest main-thread task is measured (quick: just above the worker threshold). */
  largePayloads: number;
  /** Whether Lighthouse runs (it needs the `lighthouse` package and Chromium). */
  lighthouse: boolean;
  /** Lighthouse runs per page type, of which the median run is reported. */
  lighthouseRuns: number;
}

/** The full benchmark. */
export const FULL: Plan = {
  sizes: [500, 2000],
  budgetSize: 2000,
  buildBudgets: true,
  runs: 5,
  buildRounds: 3,
  committedBuildRounds: 15,
  warmupRounds: 1,
  commandBuildRounds: 3,
  keystrokes: 50,
  payloads: 1000,
  simulatorRuns: 5,
  largePayloads: 100_000,
  lighthouse: true,
  lighthouseRuns: 3,
};

/** CI's quick run: every figure measured once, on small inputs, none judged. */
export const QUICK: Plan = {
  sizes: [40],
  budgetSize: undefined,
  buildBudgets: false,
  runs: 1,
  buildRounds: 1,
  committedBuildRounds: 1,
  warmupRounds: 0,
  commandBuildRounds: 1,
  keystrokes: 6,
  payloads: 50,
  simulatorRuns: 1,
  largePayloads: 3000,
  lighthouse: false,
  lighthouseRuns: 1,
};

/** A catalogue to measure. */
export interface Catalogue {
  /** `committed (18)` or the number of synthetic events. */
  label: string;
  /** Folder-safe name. */
  slug: string;
  file: string;
  events: number;
  synthetic: boolean;
}

/** How many times a catalogue is built (ours and bare alternately). */
export function buildRoundsOf(plan: Plan, catalogue: Pick<Catalogue, 'synthetic'>): number {
  return catalogue.synthetic ? plan.buildRounds : plan.committedBuildRounds;
}

/** Whether the size-specific budgets (check, keystroke, simulator) apply to this catalogue. */
export function atBudgetSize(plan: Plan, catalogue: Catalogue): boolean {
  return plan.budgetSize === catalogue.events && catalogue.synthetic;
}

/** The committed catalogue and the synthetic ones of the plan, written to `tmp/bench-work/`. */
export function catalogues(plan: Plan): Catalogue[] {
  const committed = checkCatalogFile(DEFAULT_CATALOG_FILE).catalog?.events.length ?? 0;
  const list: Catalogue[] = [
    {
      label: benchText('committed', { events: committed }),
      slug: 'committed',
      file: DEFAULT_CATALOG_FILE,
      events: committed,
      synthetic: false,
    },
  ];
  mkdirSync(WORK, { recursive: true });
  for (const size of plan.sizes) {
    const file = path.join(WORK, `catalog-${size}.yaml`);
    writeFileSync(file, synthesizeCatalogYaml(size));
    list.push({ label: String(size), slug: String(size), file, events: size, synthetic: true });
  }
  return list;
}
