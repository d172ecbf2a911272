/** The benchmark's figures and how they are printed: one table, or JSON. */
import type { Locale } from '../../src/catalog/model.ts';
import { BUDGETS, formatBudget, verdict, type BudgetId, type Unit, type Verdict } from './budgets.ts';
import { BENCH_LOCALE, benchText, formatDecimal } from './messages.ts';
import { round } from './stats.ts';

/** One measured figure. `value` is `null` when it could not be measured (e.g. the page does not exist yet). */
export interface Figure {
  /** Stable key, e.g. `build.ratio@2000`. */
  key: string;
  /** What was measured, in the run's language, e.g. `build wall time, ours`. */
  figure: string;
  /** Which catalogue: `committed (18)`, `500`, `2000`. */
  catalogue: string;
  value: number | null;
  unit: Unit;
  budget?: BudgetId;
  verdict: Verdict;
  /** Why a value is missing, or what it is compared with. */
  note?: string;
  /**
   * The individual measurements the value summarizes; for a ratio of two medians, each round's own ratio
   * (JSON report only).
   */
  samples?: number[];
}

/** Makes a figure and its verdict; the budget only applies when given. */
export function figure(
  key: string,
  name: string,
  catalogue: string,
  value: number | null,
  unit: Unit,
  budget?: BudgetId,
  note?: string,
): Figure {
  return {
    key,
    figure: name,
    catalogue,
    value,
    unit,
    ...(budget ? { budget } : {}),
    verdict: verdict(value, budget ? BUDGETS[budget] : undefined),
    ...(note ? { note } : {}),
  };
}

/** A figure with the measurements it summarizes, when there are several, rounded to `digits` as values are. */
export function withSamples(item: Figure, samples: readonly number[], digits = 1): Figure {
  return samples.length > 1 ? { ...item, samples: samples.map((sample) => round(sample, digits)) } : item;
}

/** A value with its unit, e.g. `12.3 ms`, `1.12×` (`12,3 ms` in Italian). */
export function formatValue(value: number | null, unit: Unit, locale: Locale = BENCH_LOCALE): string {
  if (value === null) return '—';
  if (unit === '×') return `${formatDecimal(value, 2, locale)}×`;
  if (unit === 'pages') return benchText('pages', { value }, locale);
  if (unit === 'CLS') return formatDecimal(value, 3, locale);
  if (unit === 'points') return `${Math.round(value)}`;
  const digits = unit === 'kB' ? 2 : unit === 'MiB' ? 0 : Math.abs(value) < 10 ? 2 : 1;
  return `${formatDecimal(value, digits, locale)} ${unit}`;
}

/** The verdict column's word for each verdict (none for a figure without budget). */
const MARKS = { within: 'within', over: 'over', missing: 'missing' } as const;

/** The figures as one aligned text table: figure, catalogue, value, budget, verdict. */
export function formatTable(figures: readonly Figure[], locale: Locale = BENCH_LOCALE): string {
  const rows = figures.map((item) => [
    item.figure,
    item.catalogue,
    formatValue(item.value, item.unit, locale),
    item.budget ? formatBudget(BUDGETS[item.budget], locale) : '',
    [item.verdict === 'info' ? '' : benchText(MARKS[item.verdict], {}, locale), item.note ?? '']
      .filter(Boolean)
      .join(': '),
  ]);
  const header = (['columnFigure', 'columnCatalogue', 'columnValue', 'columnBudget', 'columnVerdict'] as const).map(
    (key) => benchText(key, {}, locale),
  );
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** Counts of each verdict. */
export function tally(figures: readonly Figure[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { within: 0, over: 0, missing: 0, info: 0 };
  for (const item of figures) counts[item.verdict] += 1;
  return counts;
}

/** `--check` fails when a budgeted figure is over budget or a figure could not be measured. */
export function failsCheck(figures: readonly Figure[]): boolean {
  return figures.some((item) => item.verdict === 'over' || item.verdict === 'missing');
}
