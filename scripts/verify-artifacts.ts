/**
 * `npm run artifacts:verify [-- DIR] [--lang it|en]`: checks the artifacts of a build folder
 * (default `ASTRO_OUT_DIR` or `dist`) against their manifest, and the npm tarball's contents, in
 * the language of `--lang`, else of `CATALOG_LANG` or the terminal's locale.
 * Exit 0 when everything matches, 1 with one line per problem otherwise, 2 on a mistaken command line.
 */
import path from 'node:path';
import { verifyArtifacts } from '../src/artifacts/verify.ts';
import { displayPath } from '../src/catalog/source/display-path.ts';
import { verifyText } from '../src/artifacts/verify-messages.ts';
import { parseCommandLine, requestedLocale } from '../src/catalog/command/args.ts';
import { commandMessages } from '../src/catalog/messages/command.ts';
import { interpolate } from '../src/catalog/messages/define.ts';

const argv = process.argv.slice(2);
const locale = requestedLocale(argv);
const usage = interpolate(commandMessages[locale].usage, {
  invocation: 'npm run artifacts:verify --',
  options: '[DIR] [--lang it|en]',
});
const parsed = parseCommandLine(argv, { lang: { type: 'string', default: locale } }, usage, locale);
if (!parsed.ok) process.exit(parsed.exitCode);
if (parsed.positionals.length > 1) {
  console.error(`${interpolate(commandMessages[locale].oneFolder, { count: parsed.positionals.length })}\n${usage}`);
  process.exit(2);
}
const t = verifyText(locale);
const dir = path.resolve(parsed.positionals[0] ?? process.env['ASTRO_OUT_DIR'] ?? 'dist');
const shown = displayPath(dir);
let result;
try {
  result = await verifyArtifacts(dir, locale);
} catch (error) {
  // verifyArtifacts reports what it finds as problems; anything else is still one line, no stack.
  console.error(`artifacts:verify: ${shown}: ${(error as Error).message}`);
  process.exit(1);
}
const { manifest, checked, tarballFiles, problems } = result;
if (problems.length > 0) {
  for (const problem of problems) console.error(`${shown}: ${problem}`);
  console.error(t(problems.length === 1 ? 'problemsOne' : 'problemsOther', { count: problems.length }));
  process.exit(1);
}
console.log(t('verified', { version: String(manifest?.version), checked, files: tarballFiles }));
