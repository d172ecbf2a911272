/**
 * Measuring harness for `npm run bench`, run as a child process with the Node 24 binary:
 * - `rss SCRIPT [ARGS…]` runs a Node script in this process and, on exit, writes its peak
 *   resident memory (`process.resourceUsage().maxRSS`, KiB) and CPU time as JSON to `BENCH_REPORT`;
 * - `validate FILE` times the in-process validation of a catalogue (cold, as a CLI run is)
 *   and writes `{ validateMs, maxRssKiB, events, findings }` to `BENCH_REPORT`.
 * Peak memory and CPU time of worker threads count (same process). The CPU time of the processes
 * the script started (esbuild's service and Pagefind's indexer for `astro build`; `astro build`
 * for `npm run build`) is reported apart, as `childrenCpuMs`, on Linux; their memory is not.
 * With `BENCH_MARKS=1`, `rss` also reports each line the script writes with the process's CPU time
 * then, as `marks` (`[cpuMs, line]`), which `phases.ts` reads Astro's phases from.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { ownChildrenCpuMs } from './proc-stat.ts';

const [mode, target, ...rest] = process.argv.slice(2);
const reportFile = process.env['BENCH_REPORT'];
// The messages are loaded only to refuse: the process is the one measured.
const refuse = async (key: 'childUsage' | 'childUnknownMode'): Promise<never> => {
  const { benchText } = await import('./messages.ts');
  console.error(benchText(key, { mode: mode ?? '' }));
  process.exit(2);
};
if (!reportFile || !mode || !target) await refuse('childUsage');
/** The process's CPU time so far (ms), all threads: it varies less than wall time on a shared machine. */
const cpuNow = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

const write = (data: Record<string, unknown>): void => {
  const cpuMs = cpuNow();
  const childrenCpuMs = ownChildrenCpuMs();
  writeFileSync(
    reportFile!,
    JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, cpuMs, childrenCpuMs, ...data }),
  );
};

/** Records every line written to stdout and stderr with the CPU time when it was written. */
function recordMarks(marks: [number, string][]): void {
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...args: unknown[]) => {
      const at = cpuNow();
      for (const line of String(chunk).split('\n')) if (line.trim()) marks.push([at, line]);
      return original(chunk, ...args);
    }) as typeof stream.write;
  }
}

if (mode === 'rss') {
  const script = path.resolve(target!);
  process.argv = [process.argv[0]!, script, ...rest];
  const marks: [number, string][] = [];
  if (process.env['BENCH_MARKS'] === '1') recordMarks(marks);
  process.on('exit', (code) => write({ exitCode: code, ...(marks.length ? { marks } : {}) }));
  await import(pathToFileURL(script).href);
} else if (mode === 'validate') {
  const { checkCatalogFile } = await import('../../src/catalog/source/read.ts');
  const start = performance.now();
  const result = checkCatalogFile(path.resolve(target!));
  const validateMs = performance.now() - start;
  write({ validateMs, events: result.catalog?.events.length ?? null, findings: result.findings.length });
} else {
  await refuse('childUnknownMode');
}
