/**
 * One build per output folder at a time: a lock file beside the folder (`dist.lock`) names the
 * process that holds it. A lock whose process is gone (a build killed with SIGKILL) is stale and
 * taken over; a live one is refused with a message naming that process.
 */
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';

/** Who holds a lock. */
export interface LockOwner {
  pid: number;
  /** ISO 8601 instant the build started. */
  started: string;
  /** The folder the build writes. */
  folder: string;
}

/** A held lock; `release` removes it. */
export interface HeldLock {
  release(): void;
}

/** Whether a process with this id is running (EPERM: it runs, under another user); a zombie is not. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed build whose parent died too stays a zombie until something reaps it (containers often
  // have no init that does): on Linux its state in /proc says so.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** The lock's owner as written in the file, or undefined when it is unreadable or half written. */
export function readLockOwner(lockFile: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock for `owner`, or returns the live owner that holds it. A stale lock (its process
 * is gone, or it names none) is removed and taken.
 */
export function acquireLock(lockFile: string, owner: LockOwner): HeldLock | { heldBy: LockOwner } {
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(lockFile, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLockOwner(lockFile);
      if (holder && holder.pid !== owner.pid && processAlive(holder.pid)) return { heldBy: holder };
      rmSync(lockFile, { force: true });
      continue;
    }
    writeSync(fd, `${JSON.stringify(owner)}\n`);
    closeSync(fd);
    return {
      release: () => {
        if (readLockOwner(lockFile)?.pid === owner.pid) rmSync(lockFile, { force: true });
      },
    };
  }
  const holder = readLockOwner(lockFile);
  if (holder) return { heldBy: holder };
  throw new Error(`cannot take the lock ${lockFile}`);
}
