/**
 * The `care-catalog` command of the npm package (Node only): `care-catalog simulate FILE …` runs
 * the simulator over the catalogue the package ships, for a monitoring team's CI.
 */
import type { Catalog } from '../model.ts';
import { runSimulateCommand } from './simulate.ts';

/** The package's command name, as its usage line shows it. */
const INVOCATION = 'care-catalog';

/** Runs the package's command with its arguments over `catalog`; returns the exit code. */
export function runPackageCommand(argv: string[], catalog: Catalog): number {
  const [command, ...rest] = argv;
  if (command === 'simulate') {
    return runSimulateCommand(rest, { invocation: `${INVOCATION} simulate`, loadCatalog: () => catalog });
  }
  if (command === '--version' || command === '-v') {
    console.log(catalog.version);
    return 0;
  }
  const usage = `usage: ${INVOCATION} simulate FILE [options]   (catalogue ${catalog.version}; ${INVOCATION} simulate --help for the options)`;
  if (command === undefined || command === '--help' || command === '-h') {
    console.log(usage);
    return 0;
  }
  console.error(`unknown command "${command}"\n${usage}`);
  return 2;
}
