/** The page weight figures of a built site, against Starlight's budgets and the own-script ones. */
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';
import type { Locale } from '../../src/catalog/model.ts';
import { BENCH_LOCALE, benchText, type BenchMessageKey } from './messages.ts';
import { figure, type Figure } from './report.ts';
import { round } from './stats.ts';
import { projectModuleNames, weighSite, type PageWeight } from './weights.ts';

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
  const broken = new Set<string>();
  for (const page of pages) {
    if (page.found && page.missing.length) broken.add(page.type);
    const name = (what: BenchMessageKey): string =>
      benchText('weight', { type: benchText(page.type, {}, locale), what: benchText(what, {}, locale) }, locale);
    const value = (bytes: number): number | null => (page.found ? kB(bytes) : null);
    const note = page.found
      ? page.missing.length
        ? benchText('missingFiles', { files: page.missing.join(', ') }, locale)
        : undefined
      : benchText('pageNotBuilt', { route: page.route }, locale);
    const key = (what: string): string => `weight.${page.type.replace(' ', '-')}.${what}@${slug}`;
    if (!budgeted) {
      figures.push(figure(key('total'), name('weightTotal'), label, value(page.total), 'kB', undefined, note));
      continue;
    }
    figures.push(
      figure(key('html'), name('weightHtml'), label, value(page.html), 'kB', undefined, note),
      figure(key('html-frame'), name('weightHtmlFrame'), label, value(page.htmlFrame), 'kB', 'pageHtml', note),
      figure(
        key('html-content'),
        name('weightHtmlContent'),
        label,
        value(page.html - page.htmlFrame),
        'kB',
        'pageContent',
        note,
      ),
      figure(key('css'), name('weightCss'), label, value(page.css), 'kB', 'pageCss', note),
      figure(key('js'), name('weightJs'), label, value(page.js), 'kB', undefined, note),
      figure(key('starlight-js'), name('weightStarlightJs'), label, value(page.js - page.ownJs), 'kB', 'pageJs', note),
      figure(key('own-js'), name('weightOwnJs'), label, value(page.ownJs), 'kB', OWN_BUDGET[page.type], note),
      figure(key('total'), name('weightTotal'), label, value(page.total), 'kB', undefined, note),
    );
  }
  // A page referencing a file that is not there is broken: it cannot be within budget.
  const isBroken = (item: Figure): boolean =>
    [...broken].some((type) => item.key.startsWith(`weight.${type.replace(' ', '-')}.`));
  return figures.map((item) => (isBroken(item) && item.verdict === 'within' ? { ...item, verdict: 'over' } : item));
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
