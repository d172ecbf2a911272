/**
 * The CPU time of the child processes a process has waited for, from Linux's `/proc/self/stat`:
 * Node reports its own process's usage only, and `npm run build` runs `astro build` in a child.
 */
import { readFileSync } from 'node:fs';

/** `/proc` counts time in USER_HZ ticks, which Linux fixes at 100 per second for every architecture. */
const MS_PER_TICK = 10;

/**
 * The user and system CPU time (ms) of the waited-for children in the text of a `/proc/<pid>/stat`
 * file (its `cutime` and `cstime`, fields 16 and 17), or `undefined` when the text is not one.
 */
export function waitedChildrenCpuMs(stat: string): number | undefined {
  // The command name (field 2) is in parentheses and may hold spaces and parentheses itself.
  const fields = stat
    .slice(stat.lastIndexOf(')') + 2)
    .trim()
    .split(/\s+/);
  // `fields` starts at field 3 (the state).
  const [user, system] = [fields[16 - 3], fields[17 - 3]].map(Number);
  if (user === undefined || system === undefined || !Number.isInteger(user) || !Number.isInteger(system))
    return undefined;
  return (user + system) * MS_PER_TICK;
}

/** This process's waited-for children's CPU time (ms); `undefined` where there is no `/proc` (not Linux). */
export function ownChildrenCpuMs(): number | undefined {
  try {
    return waitedChildrenCpuMs(readFileSync('/proc/self/stat', 'utf8'));
  } catch {
    return undefined;
  }
}
