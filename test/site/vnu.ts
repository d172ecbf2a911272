/**
 * The W3C Nu Html Checker (`vnu-jar`) over a built site: one Java run checks every page, because
 * starting the JVM costs more than checking a page. Needs `java` on PATH (`.ci/run` installs
 * Debian's `default-jre-headless` when it is missing).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/** One message of the checker, as its JSON output gives it. */
export interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** The path of `vnu.jar` in the installed `vnu-jar` package. */
export function vnuJarPath(): string {
  return String(createRequire(import.meta.url)('vnu-jar'));
}

/** Runs the checker over every HTML file below a folder; resolves to its errors (none: valid). */
export function checkFolder(folder: string): Promise<VnuMessage[]> {
  const args = ['-jar', vnuJarPath(), '--errors-only', '--format', 'json', '--skip-non-html', folder];
  return new Promise((resolve, reject) => {
    execFile('java', args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      // vnu exits 1 when it found errors; its report is on stderr either way.
      if (error && 'code' in error && error.code === 'ENOENT') {
        reject(new Error('vnu needs a Java runtime: install one (Debian: apt-get install default-jre-headless)'));
        return;
      }
      try {
        resolve((JSON.parse(stderr || stdout) as { messages: VnuMessage[] }).messages);
      } catch {
        reject(new Error(`vnu gave no report: ${error?.message ?? ''}\n${stderr}`));
      }
    });
  });
}

/** A message as one line: `en/index.html:12:40: message («extract»)`. */
export function formatVnuMessage(folder: string, message: VnuMessage): string {
  const file = message.url ? path.relative(folder, new URL(message.url).pathname) : '?';
  return `${file}:${message.lastLine ?? 0}:${message.firstColumn ?? 0}: ${message.message} («${message.extract ?? ''}»)`;
}
