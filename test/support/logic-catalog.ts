/**
 * The catalogue of the logic tests (`test/fixtures/logic/catalog.yaml`), read with the project's own
 * loader. Logic tests take their expected values from that file, never from `catalog/catalog.yaml`:
 * only the tests about the seed document read the committed catalogue, so that raising a priority
 * there breaks the tests about that priority and no others.
 */
import path from 'node:path';
import type { Catalog } from '../../src/catalog/model.ts';
import { loadCatalog, PROJECT_ROOT } from '../../src/catalog/source/read.ts';

/** The logic tests' catalogue, relative to the project root (as commands and findings show it). */
export const LOGIC_CATALOG = 'test/fixtures/logic/catalog.yaml';

/** The same file as an absolute path, for tests that run from another folder. */
export const LOGIC_CATALOG_FILE = path.join(PROJECT_ROOT, LOGIC_CATALOG);

/** The resolved logic catalogue; findings, if it ever became invalid, in English. */
export function logicCatalog(): Catalog {
  return loadCatalog(LOGIC_CATALOG_FILE, 'en');
}
