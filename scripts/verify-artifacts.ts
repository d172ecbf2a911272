/**
 * `npm run artifacts:verify [-- DIR]`: checks the artifacts of a build folder (default
 * `ASTRO_OUT_DIR` or `dist`) against their manifest, and the npm tarball's contents.
 * Exit 0 when everything matches, 1 with one line per problem otherwise.
 */
import path from 'node:path';
import { verifyArtifacts } from '../src/artifacts/verify.ts';

const dir = path.resolve(process.argv[2] ?? process.env['ASTRO_OUT_DIR'] ?? 'dist');
let result;
try {
  result = await verifyArtifacts(dir);
} catch (error) {
  // verifyArtifacts reports what it finds as problems; anything else is still one line, no stack.
  console.error(`artifacts:verify: ${path.relative(process.cwd(), dir) || '.'}: ${(error as Error).message}`);
  process.exit(1);
}
const { manifest, checked, tarballFiles, problems } = result;
if (problems.length > 0) {
  for (const problem of problems) console.error(`${path.relative(process.cwd(), dir) || '.'}: ${problem}`);
  console.error(`artifacts:verify: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log(
  `artifacts:verify: catalogue ${manifest?.version}: ${checked} artifacts and ${tarballFiles} files of the package match the manifest`,
);
