/** The page weight figures of a built site, against Starlight's budgets and the own-script ones. */
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';
import type { Locale } from '../../src/catalog/model.ts';
import { BENCH_LOCALE, benchText, type BenchMessageKey } from './messages.ts';
import type { BudgetId } from './budgets.ts';
import { figure, type Figure } from './report.ts';
import { round } from './stats.ts';
import { pageTypeKey, projectModuleNames, weighSite, type PageWeight } from './weights.ts';

const OWN_BUDGET: Record<string, 'tableOwnJs' | 'simulatorOwnJs' | undefined> = {
  table: 'tableOwnJs',
  simulator: 'simulatorOwnJs',
};
const kB = (bytes: number): number => round(bytes / 1000, 2);

/** Page weight figures; Starlight's and own-script budgets apply when `budgeted`. */
export function weightFigures(
  pages: PageWeight[],
  label: string,
  slug: string,
  budgeted: boolean,
  locale: Locale = BENCH_LOCALE,
): Figure[] {
  const figures: Figure[] = [];
  for (const page of pages) {
    const note = page.found
      ? page.missing.length
        ? benchText('missingFiles', { files: page.missing.join(', ') }, locale)
        : undefined
      : benchText('pageNotBuilt', { route: page.route }, locale);
    // A page referencing a file that is not there is broken: it cannot be within budget.
    const broken = page.found && page.missing.length > 0;
    const weight = (key: string, what: BenchMessageKey, bytes: number, budget?: BudgetId): Figure => {
      const name = benchText(
        'weight',
        { type: benchText(page.type, {}, locale), what: benchText(what, {}, locale) },
        locale,
      );
      const item = figure(
        `weight.${pageTypeKey(page.type)}.${key}@${slug}`,
        name,
        label,
        page.found ? kB(bytes) : null,
        'kB',
        budget,
        note,
      );
      return broken && item.verdict === 'within' ? { ...item, verdict: 'over' } : item;
    };
    if (!budgeted) {
      figures.push(weight('total', 'weightTotal', page.total));
      continue;
    }
    figures.push(
      weight('html', 'weightHtml', page.html),
      weight('html-frame', 'weightHtmlFrame', page.htmlFrame, 'pageHtml'),
      weight('html-content', 'weightHtmlContent', page.html - page.htmlFrame, 'pageContent'),
      weight('css', 'weightCss', page.css, 'pageCss'),
      weight('js', 'weightJs', page.js),
      weight('starlight-js', 'weightStarlightJs', page.js - page.ownJs, 'pageJs'),
      weight('own-js', 'weightOwnJs', page.ownJs, OWN_BUDGET[page.type]),
      weight('total', 'weightTotal', page.total),
    );
  }
  return figures;
}

/** The project's own module names, to tell its chunks from Starlight's. */
export function ownModules(): Set<string> {
  return projectModuleNames(path.join(PROJECT_ROOT, 'src'));
}

/** Bytes mode: the weights of an existing build. */
export function benchBytes(distDir: string): { figures: Figure[]; pages: Record<string, PageWeight[]> } {
  const pages = weighSite(distDir, ownModules());
  const label = path.relative(PROJECT_ROOT, distDir) || distDir;
  return { figures: weightFigures(pages, `${label}/`, 'dist', true), pages: { [label]: pages } };
}
