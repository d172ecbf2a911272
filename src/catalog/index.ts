/**
 * Entry of the npm package `@imagicle/care-catalog`: every browser-safe module of the catalogue,
 * the same code the site and the simulator run. Node-only modules (`read.ts`, `releases.ts`) stay
 * out; the catalogue's data comes from the `@imagicle/care-catalog/catalog` subpath.
 */
export * from './versions/changelog.ts';
export * from './time/datetime.ts';
export * from './versions/diff-render.ts';
export * from './versions/diff.ts';
export * from './time/duration.ts';
export * from './source/findings.ts';
export * from './json-text.ts';
export * from './source/load.ts';
export * from './model.ts';
export * from './simulator/notification-templates.ts';
export * from './simulator/notification.ts';
export * from './patterns.ts';
export * from './simulator/payload.ts';
export * from './published.ts';
export * from './query.ts';
export * from './source/rules.ts';
export * from './source/schema.ts';
export * from './search.ts';
export * from './simulator/share.ts';
export * from './simulator/simulate-text.ts';
export * from './simulator/simulate.ts';
export * from './suggest.ts';
export * from './source/synth.ts';
export * from './source/validate.ts';
