/**
 * The layers of the project, checked by `npm run check:layers` (part of `npm test`): folders depend
 * downwards only, and the catalogue core (the npm package) knows nothing of the site.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment: 'Two folders import each other: the data flow must go one way (see README, How it fits together).',
      from: { path: '^src/' },
      to: { circular: true },
      scope: 'folder',
    },
    {
      name: 'no-module-cycle',
      severity: 'error',
      comment: 'A module imports itself through others.',
      from: { path: '^(src|scripts)/' },
      to: { circular: true },
    },
    {
      name: 'catalogue-knows-no-site',
      severity: 'error',
      comment:
        'src/catalog is the npm package and the site’s data layer: it imports nothing from the site, Astro or Starlight.',
      from: { path: '^src/catalog/' },
      to: { path: ['^src/(site|components|pages|i18n|artifacts|bench)/', 'node_modules/(astro|@astrojs)/'] },
    },
    {
      name: 'core-knows-no-pipeline',
      severity: 'error',
      comment:
        'The browser-safe core (src/catalog/*.ts, time/, messages/) does not import validation, versions, the simulator or commands.',
      from: { path: '^src/catalog/(?:[^/]+\\.ts$|time/|messages/)' },
      to: { path: '^src/catalog/(source|versions|simulator|command)/' },
    },
    {
      name: 'core-is-browser-safe',
      severity: 'error',
      comment: 'Only read.ts, digest.ts, project-root.ts, display-path.ts, releases.ts and the commands may use Node.',
      from: {
        path: '^src/catalog/',
        pathNot: '^src/catalog/(source/(read|digest|project-root|display-path)|versions/releases|command/)',
      },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'components-are-leaves',
      severity: 'error',
      comment:
        'Components (and their page scripts) present what the layers below compute; the guide, the artifacts (the PDF too) and the site plugin never import them.',
      from: { path: '^src/', pathNot: '^src/(components|pages)/' },
      to: { path: '^src/components/' },
    },
    {
      name: 'build-loads-no-typescript-compiler',
      severity: 'error',
      comment:
        'Loading the TypeScript compiler costs every build about 0.4 s and 70 MB (issue 17): the artifacts read and declare TypeScript with Oxc (src/artifacts/syntax.ts). Tests may type-check with it. (A refused declaration reads TypeScript\u2019s Italian texts, a JSON file: src/artifacts/compiler-diagnostics.ts.)',
      from: { path: '^(src|scripts)/' },
      to: { path: 'node_modules/typescript/' },
    },
    {
      name: 'build-command-loads-no-validator',
      severity: 'error',
      comment:
        'npm run build, npm start and npm run dev only start Astro (which validates the catalogue once): loading the validator (zod, the YAML parsers) in the command itself cost it 0.18 s of CPU time before Astro started.',
      from: { path: '^scripts/(build|start|dev)\\.ts$' },
      to: { path: '^src/catalog/source/(read|validate)\\.ts$', reachable: true },
    },
    {
      name: 'src-knows-no-scripts-or-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|test)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'] },
  },
};
