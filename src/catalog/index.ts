/**
 * Entry of the npm package `@imagicle/care-catalog`: every browser-safe module of the catalogue,
 * the same code the site and the simulator run. Node-only modules (`read.ts`, `releases.ts`) stay
 * out; the catalogue's data comes from the `@imagicle/care-catalog/catalog` subpath.
 */
export * from './changelog.ts';
export * from './datetime.ts';
export * from './diff-render.ts';
export * from './diff.ts';
export * from './duration.ts';
export * from './findings.ts';
export * from './json-text.ts';
export * from './load.ts';
export * from './model.ts';
export * from './notification-templates.ts';
export * from './notification.ts';
export * from './patterns.ts';
export * from './payload.ts';
export * from './published.ts';
export * from './query.ts';
export * from './rules.ts';
export * from './schema.ts';
export * from './search.ts';
export * from './share.ts';
export * from './simulate-text.ts';
export * from './simulate.ts';
export * from './suggest.ts';
export * from './synth.ts';
export * from './validate.ts';
