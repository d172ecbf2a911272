/**
 * The CPU time of the processes a process started, from Linux's `/proc`: Node reports its own
 * process's usage only, while a build runs work in processes of its own (esbuild's service,
 * Pagefind's indexer; `npm run build` runs `astro build` in one).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** `/proc` counts time in USER_HZ ticks, which Linux fixes at 100 per second for every architecture. */
const MS_PER_TICK = 10;

/** What the benchmark reads from a `/proc/<pid>/stat` line. */
export interface ProcessTimes {
  ppid: number;
  /** The process's own user and system CPU time (ms): `utime` and `stime`. */
  ownMs: number;
  /** Its children's that it has waited for (ms): `cutime` and `cstime`. */
  waitedChildrenMs: number;
}

/** The parent and CPU times in the text of a `/proc/<pid>/stat` file, or `undefined` when the text is not one. */
export function processTimes(stat: string): ProcessTimes | undefined {
  // The command name (field 2) is in parentheses and may hold spaces and parentheses itself.
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .trim()
    .split(/\s+/);
  // `fields` starts at field 3 (the state): ppid is field 4, utime to cstime fields 14 to 17.
  const [ppid, utime, stime, cutime, cstime] = [4, 14, 15, 16, 17].map((field) => Number(fields[field - 3]));
  if (![ppid, utime, stime, cutime, cstime].every(Number.isInteger)) return undefined;
  return { ppid: ppid!, ownMs: (utime! + stime!) * MS_PER_TICK, waitedChildrenMs: (cutime! + cstime!) * MS_PER_TICK };
}

/** A process's times, or `undefined` when it is gone or there is no `/proc`. */
function readTimes(pid: number | 'self'): ProcessTimes | undefined {
  try {
    return processTimes(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The CPU time (ms) of the processes this process started: those it has waited for (with the ones
 * they waited for), and those still running, such as esbuild's service, which a build leaves to
 * end with it. `undefined` where there is no `/proc` (not Linux).
 */
export function ownChildrenCpuMs(): number | undefined {
  const self = readTimes('self');
  if (!self) return undefined;
  let total = self.waitedChildrenMs;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const times = readTimes(Number(entry));
    if (times?.ppid === process.pid) total += times.ownMs + times.waitedChildrenMs;
  }
  return total;
}
