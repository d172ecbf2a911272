/**
 * The `care-catalog` command of the npm package (Node only): `care-catalog simulate FILE …` runs
 * the simulator over the catalogue the package ships, for a monitoring team's CI.
 */
import type { Catalog } from '../model.ts';
import { commandMessages } from '../messages/command.ts';
import { interpolate } from '../messages/define.ts';
import { requestedLocale } from './args.ts';
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
  const t = commandMessages[requestedLocale(rest)];
  const usage = interpolate(t.packageUsage, { invocation: INVOCATION, version: catalog.version });
  if (command === undefined || command === '--help' || command === '-h') {
    console.log(usage);
    return 0;
  }
  console.error(`${interpolate(t.unknownCommand, { command })}\n${usage}`);
  return 2;
}
