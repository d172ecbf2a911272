/** Types of the virtual module served by `catalogModulePlugin` (src/site/catalog-module.ts). */
declare module 'virtual:imagicle-care/catalog' {
  /** The validated, resolved catalogue of this build. */
  export const catalog: import('../catalog/model.ts').Catalog;
  /** The catalogue of every recorded release, oldest first. */
  export const releases: readonly import('../catalog/model.ts').Catalog[];
}
