import { describe, expect, it } from 'vitest';
import { BuildReportError } from '../../src/build/messages.ts';
import { buildReportPlugin, withoutReportStacks } from '../../src/site/build-report.ts';

/** What Astro's MDX plugin does to an error a Markdown plugin throws: renamed, a new stack captured. */
function asMdxPluginRethrows<T extends Error>(error: T): T {
  error.name = 'MDXError';
  Error.captureStackTrace(error);
  return error;
}

const STACK_LINE = /^\s+at /m;

describe('withoutReportStacks', () => {
  it('empties the stack the MDX plugin gave a report, inside the error the bundler gathers, and keeps the message', () => {
    const report = asMdxPluginRethrows(new BuildReportError('page.mdx:9:1: <ArtifactCode sample="nope" /> …'));
    const other = asMdxPluginRethrows(new Error('a bug'));
    expect(report.stack).toMatch(STACK_LINE);
    const bundlerError = Object.assign(new Error('Build failed with 2 errors'), { errors: [report, other] });
    withoutReportStacks(bundlerError);
    expect(report.stack).toBe('');
    expect(report.message).toBe('page.mdx:9:1: <ArtifactCode sample="nope" /> …');
    // Anything else keeps its stack: a bug is reported with where it happened.
    expect(other.stack).toMatch(STACK_LINE);
    expect(bundlerError.stack).toMatch(STACK_LINE);
  });

  it('empties the stack of a report that is the error itself', () => {
    const report = asMdxPluginRethrows(new BuildReportError('the report'));
    withoutReportStacks(report);
    expect(report.stack).toBe('');
  });
});

describe('buildReportPlugin', () => {
  it('runs when a build ends with an error, and only in builds', () => {
    const plugin = buildReportPlugin();
    expect(plugin.apply).toBe('build');
    const report = asMdxPluginRethrows(new BuildReportError('the report'));
    const buildEnd = plugin.buildEnd as (this: unknown, error?: Error) => void;
    buildEnd.call({}, Object.assign(new Error('Build failed'), { errors: [report] }));
    expect(report.stack).toBe('');
    expect(() => buildEnd.call({})).not.toThrow();
  });
});

describe('BuildReportError', () => {
  it('has no stack of its own: its message is the whole report', () => {
    const report = new BuildReportError('catalog/catalog.yaml:42:5: error [unknown-key] …');
    expect(report.stack).toBe('');
    expect(String(report)).toBe('BuildReportError: catalog/catalog.yaml:42:5: error [unknown-key] …');
  });
});
