/**
 * A `BuildReportError` thrown inside the bundler stays its own report. Astro's MDX plugin captures
 * a new stack for any error a Markdown plugin throws (an `<ArtifactCode>` sample that does not
 * exist), and Astro prints every stack line of a failed build under the message, which already
 * says where and what.
 */
import type { Plugin } from 'vite';
import { BuildReportError } from '../build/messages.ts';

/** Empties the stack of a `BuildReportError` and of each one a bundler error gathers (`errors`). */
export function withoutReportStacks(error: Error & { errors?: unknown }): void {
  const gathered = Array.isArray(error.errors) ? error.errors : [];
  for (const each of [error, ...gathered]) {
    if (each instanceof BuildReportError) each.stack = '';
  }
}

/** Vite plugin giving the build's reports back their bare message when a build fails. */
export function buildReportPlugin(): Plugin {
  return {
    name: 'imagicle-care-build-report',
    apply: 'build',
    buildEnd(error) {
      if (error) withoutReportStacks(error);
    },
  };
}
