/**
 * How messages show a file's path (Node only), apart from `read.ts` so that a command naming a
 * file does not load the validator.
 */
import path from 'node:path';

/** A path as findings show it: relative to the working directory when inside it (`.` for the directory itself). */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  if (relative === '') return '.';
  return !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
