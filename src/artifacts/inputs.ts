/**
 * Reads what the artifacts are generated from out of the checkout (Node only): the resolved
 * catalogue, the source of `src/catalog/`, and the dependency ranges of the project.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../catalog/model.ts';
import { PROJECT_ROOT } from '../catalog/source/project-root.ts';
import type { ArtifactInputs } from './generate.ts';
import type { ModuleSources } from './inline.ts';

/** `src/` of the checkout. */
export const SRC_DIR = path.join(PROJECT_ROOT, 'src');

/** The TypeScript sources of `src/catalog/` and its folders, by path relative to it (`time/duration.ts`). */
export function readCatalogSources(srcDir: string = SRC_DIR): ModuleSources {
  const dir = path.join(srcDir, 'catalog');
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((name) => name.split(path.sep).join('/'))
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

/** What the published package takes from the project's own `package.json`: its licence and repository. */
export function projectIdentity(root: string = PROJECT_ROOT): {
  license: string;
  repository: { type: string; url: string };
} {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    license: string;
    repository: { type: string; url: string };
  };
  return { license: manifest.license, repository: manifest.repository };
}

/** The site's public address as a base ending in a slash (a site under a sub-path, on GitHub Pages, keeps it). */
export function siteBase(site: URL | string | undefined): string {
  return String(site ?? 'https://care.imagicle.com/').replace(/\/?$/, '/');
}

/** Everything `generateArtifacts` needs, for a catalogue and the site's address. */
export function artifactInputs(catalog: Catalog, site: URL | string | undefined): ArtifactInputs {
  const base = siteBase(site);
  return {
    catalog,
    sources: readCatalogSources(),
    srcDir: SRC_DIR,
    ...projectIdentity(),
    guides: {
      it: new URL('proactive-support/integration/', base).href,
      en: new URL('en/proactive-support/integration/', base).href,
    },
    site: base,
  };
}
