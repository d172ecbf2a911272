/** Command-line parsing shared by the scripts: usage errors are one line and exit code 2, never a stack. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What a command does with its arguments: run with them, or stop with this exit code. */
export type CommandLine<T> = { ok: true; values: T; positionals: string[] } | { ok: false; exitCode: number };

/** Parses `argv` with `options`; prints `usage` for `--help` (exit 0) or with the error (exit 2). */
export function parseCommandLine<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
  usage: string,
): CommandLine<ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>['values']> {
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
    });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      return { ok: false, exitCode: 0 };
    }
    return { ok: true, values: parsed.values as never, positionals: parsed.positionals };
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return { ok: false, exitCode: 2 };
  }
}
