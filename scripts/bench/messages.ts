/**
 * What the benchmark prints, in Italian and English: the table (its columns, verdicts, figures and
 * notes), the summary, the progress lines and the refusals. The language is `--lang`, else the
 * environment's (`CATALOG_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`), as for the other tools. The JSON
 * report keeps its keys and budgets' sources in English; its figures' names and notes are printed
 * in the run's language.
 */
import { requestedLocale } from '../../src/catalog/command/args.ts';
import { defineMessages, messageFunction } from '../../src/catalog/messages/define.ts';
import type { Locale } from '../../src/catalog/model.ts';

const TEXTS = defineMessages({
  it: {
    usage:
      'uso: npm run bench [-- --quick] [--bytes] [--phases] [--check] [--lighthouse] [--json FILE] [--dist CARTELLA] [--port N] [--lang it|en]',
    unexpectedArgument: 'argomento inatteso "{argument}"',
    bytesOrPhases: '--bytes e --phases non vanno insieme: --bytes pesa una build già fatta, --phases ne fa di nuove',
    badPort: '--port deve essere un numero di porta da 1024 a 65525, non "{value}"',
    noBuild: 'nessuna build in {dir}: esegui prima npm run build (oppure indica --dist CARTELLA)',
    unexpected: 'il benchmark si è interrotto per un errore inatteso: {message}',
    columnFigure: 'figura',
    columnCatalogue: 'catalogo',
    columnValue: 'valore',
    columnBudget: 'limite',
    columnVerdict: 'esito',
    within: 'entro',
    over: 'OLTRE',
    missing: 'MANCANTE',
    summary:
      '{total} figure: {within} entro il limite, {over} oltre, {missing} mancanti, {info} senza limite ({seconds} s, {cpus} CPU, Node {node}, carico medio {before} prima e {after} dopo).',
    busy: 'La macchina era occupata da altro lavoro: i tempi sono gonfiati; per confrontarli, ripeti su una macchina inattiva.',
    wrote: 'Scritto {file}',
    rotted:
      'Figure che non si sono potute misurare: {count}. Il benchmark non funziona più: vedi MANCANTE nella tabella.',
    medianOf: ' (mediana di {runs})',
    pages: '{value} pagine',
    committed: 'nel repository ({events})',
    logCheck: 'catalog:check sul catalogo {catalogue}, esecuzioni: {runs}',
    logWarmup: 'catalogo {catalogue}: prima una build di ciascun sito, non misurata',
    logBuildOurs: 'build della guida con il catalogo {catalogue} in {dir}/',
    logBuildBare: 'build di un sito Starlight essenziale di {pages} pagine in {dir}/',
    logCommand: 'lo script di npm run build in {dir}/, esecuzioni: {runs}',
    logInteractions: 'misura della tabella e del simulatore in Chromium sulla build {catalogue}',
    logLayoutShift: 'misura dello spostamento del layout di ogni tipo di pagina sulla build {catalogue}',
    logLighthouse: 'Lighthouse (mobile) su ogni tipo di pagina della build {catalogue}, esecuzioni per pagina: {runs}',
    checkWall: 'tempo reale di catalog:check{runs}',
    checkWallNote: 'avvio di Node compreso',
    checkFailed: 'catalog:check è uscito con codice {code}: {line}',
    checkRss: 'memoria di picco di catalog:check',
    checkValidate: 'validazione del catalogo nel processo{runs}',
    pagesBuilt: 'pagine HTML generate, la nostra',
    buildWallOurs: 'tempo reale della build, la nostra{runs}',
    buildWallBare: 'tempo reale della build, Starlight essenziale{runs}',
    buildRatio: 'tempo della build, la nostra / Starlight essenziale',
    buildCpuRatio: 'tempo CPU della build, la nostra / Starlight essenziale',
    buildCpuNote:
      '{ours} s / {bare} s della build e dei processi che avvia; più stabile del tempo reale su una macchina occupata',
    buildCpuNoteProcessOnly:
      '{ours} s / {bare} s del processo della build (senza /proc i processi che avvia non si contano); più stabile del tempo reale su una macchina occupata',
    roundRatios: 'nei singoli round da {low}× a {high}×',
    phaseFigure: 'tempo CPU della build, la nostra − Starlight essenziale: {phase}{runs}',
    phaseSetup: 'configurazione e sincronizzazione dei contenuti',
    phaseServer: 'bundle del server',
    phaseClient: 'bundle del client',
    phasePages: 'pagine',
    phaseEnd: 'fine (artefatti, Pagefind, sitemap)',
    phaseChildren: 'processi che avvia (servizio di esbuild, Pagefind)',
    phaseNote: 'la nostra {ours} s, Starlight essenziale {bare} s',
    phasesMissing: 'fasi non lette: Astro non ha scritto le righe che le chiudono',
    buildRssOurs: 'memoria di picco della build, la nostra',
    buildRssBare: 'memoria di picco della build, Starlight essenziale',
    buildRssRatio: 'memoria di picco della build, la nostra / Starlight essenziale',
    buildFailed: 'build non riuscita (codice {code}): {cause}',
    commandWall: 'tempo reale di npm run build{runs}',
    commandWallNote: 'la build in staging, come la eseguono i maintainer e la CI; a freddo (senza la sua cache)',
    commandCpu: 'tempo CPU di npm run build{runs}',
    commandCpuNote:
      'il processo del comando, quello di Astro, che avvia con l’eager commit di mimalloc disattivato (src/build/astro-process.ts), e quello di Pagefind; non il servizio di esbuild, che sopravvive ad Astro',
    toUpdatedLayout: '{name}: fino al layout aggiornato',
    toNextPaint: '{name}: fino al disegno successivo',
    maxMs: 'massimo {value} ms',
    nextFrameNote: 'compresa l’attesa del fotogramma successivo',
    lastRun: '; ultima esecuzione: simulazione {simulate} ms, primi risultati {results} ms',
    keystroke: 'tasto nella ricerca della tabella{runs}',
    simulatorBatch: 'simulatore, {payloads} payload{runs}',
    rows: '{rows} righe',
    largePaste: 'simulatore, {payloads} payload: task più lungo',
    largePasteNote: '{count} task oltre 50 ms; {seconds} s dall’incolla ai risultati; {phases}',
    layoutShift: '{type}: spostamento del layout (il peggiore tra mobile/desktop, it/en)',
    worst: 'peggiore: {viewport}, {lang}',
    pageNotBuilt: 'pagina non generata (/{route})',
    pageNotBuiltHttp: 'pagina non generata (/{route}: HTTP {status})',
    httpFor: 'HTTP {status} per {url}',
    noElement: 'la pagina non ha #{id}',
    noSimulatedCount: 'il simulatore non ha impostato data-simulated-count entro {ms} ms',
    pageWeights: 'pesi delle pagine',
    browserFigures: 'figure del browser',
    buildDidNotSucceed: 'la build non è riuscita',
    weight: '{type}: {what}',
    weightTotal: 'trasferito in tutto, gzip',
    weightHtml: 'HTML gzip, pagina intera',
    weightHtmlFrame: 'HTML gzip, cornice (senza il contenuto di <main>)',
    weightHtmlContent: 'HTML gzip, contenuto di <main> (intera − cornice)',
    weightCss: 'CSS gzip',
    weightJs: 'JS gzip, tutto',
    weightStarlightJs: 'JS gzip, script di Starlight',
    weightOwnJs: 'JS gzip, script propri',
    missingFiles: 'rimanda a file che mancano: {files}',
    lighthouse: '{type}: Lighthouse {category} (mobile)',
    performance: 'prestazioni',
    accessibility: 'accessibilità',
    'best-practices': 'best practice',
    seo: 'SEO',
    lighthouseMedian: 'esecuzione mediana di {runs}',
    lighthouseNoResult: 'Lighthouse non ha dato alcun risultato',
    lighthouseDidNotRun: 'Lighthouse non è partito',
    home: 'home',
    guide: 'guida',
    'event page': 'pagina di un evento',
    table: 'tabella',
    simulator: 'simulatore',
    portsInUse: 'le porte {first}-{last} sono tutte occupate (scegline altre con --port)',
    childUsage: 'uso: BENCH_REPORT=FILE node scripts/bench/child.ts rss SCRIPT [ARGOMENTI…] | validate FILE',
    childUnknownMode: 'modo sconosciuto "{mode}" (rss o validate)',
  },
  en: {
    usage:
      'usage: npm run bench [-- --quick] [--bytes] [--phases] [--check] [--lighthouse] [--json FILE] [--dist DIR] [--port N] [--lang it|en]',
    unexpectedArgument: 'unexpected argument "{argument}"',
    bytesOrPhases: '--bytes and --phases do not go together: --bytes weighs a finished build, --phases makes new ones',
    badPort: '--port must be a port number from 1024 to 65525, not "{value}"',
    noBuild: 'no build at {dir}: run npm run build first (or pass --dist DIR)',
    unexpected: 'bench failed unexpectedly: {message}',
    columnFigure: 'figure',
    columnCatalogue: 'catalogue',
    columnValue: 'value',
    columnBudget: 'budget',
    columnVerdict: 'verdict',
    within: 'within',
    over: 'OVER',
    missing: 'MISSING',
    summary:
      '{total} figures: {within} within budget, {over} over, {missing} missing, {info} without budget ({seconds} s, {cpus} CPUs, Node {node}, load average {before} before and {after} after).',
    busy: 'The machine was busy with other work: timings are inflated; run again on an idle machine to compare.',
    wrote: 'Wrote {file}',
    rotted: '{count} figure(s) could not be measured: the benchmark has rotted, see MISSING in the table.',
    medianOf: ' (median of {runs})',
    pages: '{value} pages',
    committed: 'committed ({events})',
    logCheck: 'catalog:check on the {catalogue} catalogue, {runs} run(s)',
    logWarmup: '{catalogue} catalogue: one unmeasured build of each site first',
    logBuildOurs: 'building the guide with the {catalogue} catalogue into {dir}/',
    logBuildBare: 'building a bare Starlight site of {pages} pages in {dir}/',
    logCommand: "running npm run build's script {runs} time(s) into {dir}/",
    logInteractions: 'measuring the table and the simulator in Chromium on the {catalogue} build',
    logLayoutShift: 'measuring the layout shift of each page type on the {catalogue} build',
    logLighthouse: 'running Lighthouse (mobile) {runs} time(s) on each page type of the {catalogue} build',
    checkWall: 'catalog:check wall time{runs}',
    checkWallNote: 'Node start-up included',
    checkFailed: 'catalog:check exited {code}: {line}',
    checkRss: 'catalog:check peak memory',
    checkValidate: 'catalogue validation in process{runs}',
    pagesBuilt: 'HTML pages built, ours',
    buildWallOurs: 'build wall time, ours{runs}',
    buildWallBare: 'build wall time, bare Starlight{runs}',
    buildRatio: 'build time ours / bare Starlight',
    buildCpuRatio: 'build CPU time ours / bare Starlight',
    buildCpuNote:
      '{ours} s / {bare} s of the build and the processes it starts; steadier than wall time on a busy machine',
    buildCpuNoteProcessOnly:
      '{ours} s / {bare} s of the build process (the processes it starts are not counted without /proc); steadier than wall time on a busy machine',
    roundRatios: 'rounds {low}× to {high}×',
    phaseFigure: 'build CPU time, ours − bare Starlight: {phase}{runs}',
    phaseSetup: 'configuration and content sync',
    phaseServer: 'server bundle',
    phaseClient: 'client bundle',
    phasePages: 'pages',
    phaseEnd: 'end (artifacts, Pagefind, sitemap)',
    phaseChildren: 'processes it starts (esbuild’s service, Pagefind)',
    phaseNote: 'ours {ours} s, bare Starlight {bare} s',
    phasesMissing: 'phases not read: Astro did not write the lines that end them',
    buildRssOurs: 'build peak memory, ours',
    buildRssBare: 'build peak memory, bare Starlight',
    buildRssRatio: 'build peak memory ours / bare Starlight',
    buildFailed: 'build failed (exit {code}): {cause}',
    commandWall: 'npm run build wall time{runs}',
    commandWallNote: 'the staged build, as maintainers and CI run it; cold (its cache removed first)',
    commandCpu: 'npm run build CPU time{runs}',
    commandCpuNote:
      "the command's process, Astro's, which it starts with mimalloc's eager commit off (src/build/astro-process.ts), and Pagefind's; not esbuild's service, which outlives Astro",
    toUpdatedLayout: '{name}: to updated layout',
    toNextPaint: '{name}: to next paint',
    maxMs: 'max {value} ms',
    nextFrameNote: 'includes the wait for the next frame',
    lastRun: '; last run: simulate {simulate} ms, to first results {results} ms',
    keystroke: 'table keystroke{runs}',
    simulatorBatch: 'simulator, {payloads} payloads{runs}',
    rows: '{rows} rows',
    largePaste: 'simulator, {payloads} payloads: longest task',
    largePasteNote: '{count} tasks over 50 ms; {seconds} s from the paste to the results; {phases}',
    layoutShift: '{type}: layout shift (worst of mobile/desktop, it/en)',
    worst: 'worst: {viewport}, {lang}',
    pageNotBuilt: 'page not built (/{route})',
    pageNotBuiltHttp: 'page not built (/{route}: HTTP {status})',
    httpFor: 'HTTP {status} for {url}',
    noElement: 'the page has no #{id}',
    noSimulatedCount: 'the simulator set no data-simulated-count within {ms} ms',
    pageWeights: 'page weights',
    browserFigures: 'browser figures',
    buildDidNotSucceed: 'the build failed',
    weight: '{type}: {what}',
    weightTotal: 'total transferred, gzipped',
    weightHtml: 'HTML gzipped, whole page',
    weightHtmlFrame: 'HTML gzipped, frame (without <main> content)',
    weightHtmlContent: 'HTML gzipped, <main> content (whole − frame)',
    weightCss: 'CSS gzipped',
    weightJs: 'JS gzipped, all',
    weightStarlightJs: "JS gzipped, Starlight's scripts",
    weightOwnJs: 'JS gzipped, own scripts',
    missingFiles: 'references missing files: {files}',
    lighthouse: '{type}: Lighthouse {category} (mobile)',
    performance: 'performance',
    accessibility: 'accessibility',
    'best-practices': 'best practices',
    seo: 'SEO',
    lighthouseMedian: 'run median of {runs}',
    lighthouseNoResult: 'Lighthouse returned no result',
    lighthouseDidNotRun: 'Lighthouse did not run',
    home: 'home',
    guide: 'guide',
    'event page': 'event page',
    table: 'table',
    simulator: 'simulator',
    portsInUse: 'ports {first}-{last} are all in use (choose others with --port)',
    childUsage: 'usage: BENCH_REPORT=FILE node scripts/bench/child.ts rss SCRIPT [ARGS…] | validate FILE',
    childUnknownMode: 'unknown mode "{mode}" (rss or validate)',
  },
});

/** A text of the benchmark. */
export type BenchMessageKey = keyof (typeof TEXTS)['it'];

/** The language of this run: `--lang`, else the environment's (read once: the benchmark is one command). */
export const BENCH_LOCALE: Locale = requestedLocale(process.argv.slice(2));

const message = messageFunction(TEXTS);

/** A benchmark text in `locale` (default: the run's), its `{placeholders}` filled. */
export function benchText(
  key: BenchMessageKey,
  values: Record<string, string | number> = {},
  locale: Locale = BENCH_LOCALE,
): string {
  return message(locale, key, values);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A measured number as the locale writes it, without grouping (`2971,1` in Italian, `2971.1` in
 * English), so that the table's columns line up and a value reads as one word: `digits` decimals,
 * or up to `digits` when `exact` is false (`3,9`, `12`).
 */
export function formatDecimal(value: number, digits: number, locale: Locale = BENCH_LOCALE, exact = true): string {
  const key = `${locale}|${digits}|${exact}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: exact ? digits : 0,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** `" (median of 3)"` for several runs, nothing for one: the figure's name says what its value is. */
export function medianOf(runs: number, locale: Locale = BENCH_LOCALE): string {
  return runs > 1 ? benchText('medianOf', { runs }, locale) : '';
}
