/** The page weight figures of a built site, against Starlight's budgets and the own-script ones. */
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/catalog/source/read.ts';
import { figure, type Figure } from './report.ts';
import { round } from './stats.ts';
import { projectModuleNames, weighSite, type PageWeight } from './weights.ts';

const OWN_BUDGET: Record<string, 'tableOwnJs' | 'simulatorOwnJs' | undefined> = {
  table: 'tableOwnJs',
  simulator: 'simulatorOwnJs',
};
const kB = (bytes: number): number => round(bytes / 1000, 2);

/** Page weight figures; Starlight's and own-script budgets apply when `budgeted`. */
export function weightFigures(pages: PageWeight[], label: string, slug: string, budgeted: boolean): Figure[] {
  const figures: Figure[] = [];
  for (const page of pages) {
    const name = (what: string): string => `${page.type}: ${what}`;
    const value = (bytes: number): number | null => (page.found ? kB(bytes) : null);
    const note = page.found
      ? page.missing.length
        ? `references missing files: ${page.missing.join(', ')}`
        : undefined
      : `page not built (/${page.route})`;
    const key = (what: string): string => `weight.${page.type.replace(' ', '-')}.${what}@${slug}`;
    if (!budgeted) {
      figures.push(
        figure(key('total'), name('total transferred, gzipped'), label, value(page.total), 'kB', undefined, note),
      );
      continue;
    }
    figures.push(
      figure(key('html'), name('HTML gzipped, whole page'), label, value(page.html), 'kB', undefined, note),
      figure(
        key('html-frame'),
        name('HTML gzipped, frame (without <main> content)'),
        label,
        value(page.htmlFrame),
        'kB',
        'pageHtml',
        note,
      ),
      figure(
        key('html-content'),
        name('HTML gzipped, <main> content (whole − frame)'),
        label,
        value(page.html - page.htmlFrame),
        'kB',
        'pageContent',
        note,
      ),
      figure(key('css'), name('CSS gzipped'), label, value(page.css), 'kB', 'pageCss', note),
      figure(key('js'), name('JS gzipped, all'), label, value(page.js), 'kB', undefined, note),
      figure(
        key('starlight-js'),
        name("JS gzipped, Starlight's scripts"),
        label,
        value(page.js - page.ownJs),
        'kB',
        'pageJs',
        note,
      ),
      figure(
        key('own-js'),
        name('JS gzipped, own scripts'),
        label,
        value(page.ownJs),
        'kB',
        OWN_BUDGET[page.type],
        note,
      ),
      figure(key('total'), name('total transferred, gzipped'), label, value(page.total), 'kB', undefined, note),
    );
  }
  // A page referencing a file that is not there is broken: it cannot be within budget.
  return figures.map((item) =>
    item.note?.startsWith('references missing') && item.verdict === 'within' ? { ...item, verdict: 'over' } : item,
  );
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
