/** Where the checkout is (Node only), apart from `read.ts` so that a module needing the path does not load the validator. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the project checkout. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
