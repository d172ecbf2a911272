/**
 * The PDF edition, read back with Debian's poppler-utils as a customer's viewer would. From the
 * committed catalogue, what the seed document shows: its structure and rows in both languages, the
 * table of contents with page numbers, the legal lines and the definitions. From the logic catalogue
 * (test/fixtures/logic/catalog.yaml), what holds for any catalogue: version and "page n of m" on every
 * page, tags, title, bookmarks, embedded fonts, and the same bytes twice; from a synthetic one, table
 * heads repeated and never left alone at the foot of a page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pdfFiles } from '../../src/artifacts/pdf/pdf.ts';
import { pdfPath } from '../../src/artifacts/paths.ts';
import type { Catalog, Locale } from '../../src/catalog/model.ts';
import { resolveCatalog } from '../../src/catalog/source/resolve.ts';
import { DEFAULT_CATALOG_FILE, loadCatalog } from '../../src/catalog/source/read.ts';
import { synthesizeCatalog } from '../../src/catalog/source/synth.ts';
import { COMPANY_LEGAL } from '../../src/guide/company.ts';
import { ENGLISH_SECTIONS } from '../site/seed-en.ts';
import { logicCatalog } from '../support/logic-catalog.ts';
import { readSeedSections } from '../support/seed.ts';

const SITE = 'https://care.imagicle.com/';
const dir = mkdtempSync(path.join(tmpdir(), 'care-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a catalogue's PDFs to the temporary folder; returns their files by locale. */
async function writePdfs(catalog: Catalog, name: string): Promise<Record<Locale, string>> {
  const files = await pdfFiles(catalog, SITE);
  const paths = {} as Record<Locale, string>;
  for (const locale of ['it', 'en'] as const) {
    const file = files.find((candidate) => candidate.path === pdfPath(locale));
    if (!file) throw new Error(`no PDF for ${locale}`);
    paths[locale] = path.join(dir, `${name}.${locale}.pdf`);
    writeFileSync(paths[locale], file.bytes);
  }
  return paths;
}

const poppler = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });
/** The text in content order, whitespace collapsed: rows read "title badge response". */
const rawText = (file: string, page?: number): string =>
  poppler('pdftotext', '-raw', '-enc', 'UTF-8', ...(page ? ['-f', `${page}`, '-l', `${page}`] : []), file, '-')
    .replace(/\s+/g, ' ')
    .trim();
/** The text as laid out on the page (a table-of-contents line keeps its page number), whitespace collapsed. */
const layoutText = (file: string, page: number): string =>
  poppler('pdftotext', '-layout', '-enc', 'UTF-8', '-f', `${page}`, '-l', `${page}`, file, '-')
    .replace(/\s+/g, ' ')
    .trim();
const pageCount = (file: string): number => Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', file))?.[1]);

/** A PDF literal string's text: escapes undone, UTF-16 (with its byte-order mark) decoded. */
function pdfString(body: string): string {
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  const bytes = Buffer.from(
    body.replace(/\\([0-7]{1,3}|[^0-7])/g, (_, code: string) =>
      /^[0-7]/.test(code) ? String.fromCharCode(parseInt(code, 8)) : (escapes[code] ?? code),
    ),
    'latin1',
  );
  return bytes[0] === 0xfe && bytes[1] === 0xff
    ? bytes.subarray(2).swap16().toString('utf16le')
    : bytes.toString('latin1');
}

/** The titles of the PDF's bookmarks (outline items: objects with a /Title and a /Parent), in file order. */
function outlineTitles(file: string): string[] {
  return readFileSync(file)
    .toString('latin1')
    .split('endobj')
    .filter((object) => /\/Parent \d+ 0 R/.test(object))
    .flatMap((object) => {
      const title = /\/Title \(((?:\\[\s\S]|[^\\)])*)\)/.exec(object)?.[1];
      return title === undefined ? [] : [pdfString(title)];
    });
}

/** Asserts that the parts occur in the text in this order. */
function expectInOrder(text: string, parts: readonly string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

let seed: Record<Locale, string>;
let logic: Record<Locale, string>;
beforeAll(async () => {
  seed = await writePdfs(loadCatalog(DEFAULT_CATALOG_FILE), 'seed');
  logic = await writePdfs(logicCatalog(), 'logic');
});

/** Chapter 2 as the seed prints it, per locale: [section heading, column heads, rows]. */
const expectedSections: Record<Locale, { heading: string; columns: string; rows: string[] }[]> = {
  it: readSeedSections().map((section) => ({
    heading: `${section.number} ${section.title}`,
    columns: `${section.heading} LIVELLO DI PRIORITÀ TEMPO DI RISPOSTA`,
    rows: section.rows.map((row) => `${row.title} ${row.priority} ${row.label} ${row.responseTime}`),
  })),
  en: ENGLISH_SECTIONS.map((section) => ({
    heading: `${section.number} ${section.title}`,
    columns: `${section.firstColumn.toUpperCase()} PRIORITY LEVEL RESPONSE TIME`,
    rows: section.rows.map((row) => row.join(' ')),
  })),
};

/** The edition's own words per locale, and the logic catalogue's version line and section headings. */
const TEXT = {
  it: {
    title: 'Eventi coperti dal Supporto Proattivo',
    chapters: ['1 Definizioni', '2 Eventi coperti dal Supporto Proattivo'],
    contents: 'Indice',
    // The logic catalogue's version and date.
    footer: 'Catalogo versione 2.3.0 del 15 febbraio 2027',
    logicSections: [
      '2.1 Degradazione del servizio',
      '2.2 Anomalie e malfunzionamenti del servizio',
      '2.3 Saturazione dello spazio',
      '2.3.1 Saturazione della capacità',
      '2.3.2 Errore di connessione al Cloud',
    ],
    page: (n: number, m: number) => `Pagina ${n} di ${m}`,
    url: `${SITE}proactive-support/`,
  },
  en: {
    title: 'Events covered by Proactive Support',
    chapters: ['1 Definitions', '2 Events covered by Proactive Support'],
    contents: 'Contents',
    footer: 'Catalogue version 2.3.0 of February 15, 2027',
    logicSections: [
      '2.1 Service degradation',
      '2.2 Service anomalies and malfunctions',
      '2.3 Space saturation',
      '2.3.1 Capacity saturation',
      '2.3.2 Cloud connection error',
    ],
    page: (n: number, m: number) => `Page ${n} of ${m}`,
    url: `${SITE}en/proactive-support/`,
  },
};

describe.each(['it', 'en'] as const)('the PDF edition of the committed catalogue, the seed’s (%s)', (locale) => {
  const t = TEXT[locale];

  test('shows the 18 rows in the seed order, under their sections and the seed column headings', () => {
    const text = rawText(seed[locale]);
    const sections = expectedSections[locale];
    expect(sections.flatMap((section) => section.rows)).toHaveLength(18);
    expectInOrder(text, [
      t.chapters[1]!,
      ...sections.flatMap((section) => [section.heading, section.columns, ...section.rows]),
    ]);
  });

  test('opens with the title, the table of contents with page numbers and the company block with its legal lines', () => {
    const cover = rawText(seed[locale], 1);
    const headings = [...t.chapters, ...expectedSections[locale].map((section) => section.heading)];
    expectInOrder(cover, [t.title, t.contents]);
    // Every entry is followed by the page its heading is on.
    for (const heading of headings) {
      const page = Number(
        new RegExp(`${heading.replace(/[.()]/g, '\\$&')} (\\d+)`).exec(layoutText(seed[locale], 1))?.[1],
      );
      expect(page, heading).toBeGreaterThan(1);
      expect(rawText(seed[locale], page)).toContain(heading);
    }
    expectInOrder(cover, ['Imagicle spa', 'Via Fondacci, 272', '55054 Massarosa (LU) Italy', 'T +39.0584.943232']);
    expectInOrder(cover, [...COMPANY_LEGAL[locale]]);
  });

  test('keeps bold words and the definitions prose', () => {
    const text = rawText(seed[locale]);
    expect(text).toContain(
      locale === 'it'
        ? "il servizio di Supporto Proattivo prevede l'invio di notifiche proattive ai clienti"
        : 'the Proactive Support service sends customers proactive notifications',
    );
    // The bold runs are set in the bold font: pdftotext cannot tell, the font list can.
    expect(poppler('pdffonts', seed[locale])).toContain('NotoSans-Bold');
  });

  test('tags each link where it is read, its annotation inside it, described by its text', () => {
    const structure = poppler('pdfinfo', '-struct-text', seed[locale]);
    const guide = locale === 'it' ? 'guida di ImagicleCare' : 'ImagicleCare guide';
    // Link elements in the definitions' paragraph, in reading order, each with its own annotation.
    expect(structure).toMatch(new RegExp(`Link \\(inline\\)\\n\\s+"${guide}"\\n\\s+Object \\d+ 0\\n`));
    const chapter = structure.lastIndexOf(`"${t.chapters[0]}"`);
    const definitions = structure.slice(chapter, structure.indexOf('H2', chapter));
    expect(definitions.match(/Link \(inline\)\n\s+"[^"]+"\n\s+Object \d+ 0\n/g)).toHaveLength(2);
    // Each table-of-contents entry: its text and page number, each a link to the heading.
    expect(structure).toMatch(/Reference \(inline\)\n\s+"1 [^"]+"\n\s+Object \d+ 0\n\s+" \d+"\n\s+Object \d+ 0\n/);
    const raw = readFileSync(seed[locale]).toString('latin1');
    const links = raw.split('endobj').filter((object) => object.includes('/Subtype /Link'));
    expect(links.length).toBeGreaterThan(14);
    for (const link of links) expect(link).toMatch(/\/Contents \(.+?\) \/StructParent \d+/);
    // Every link inside the document goes to a named destination the document defines.
    const destinations = /\/Dests <<\/Names \[(.*?)\]>>/s.exec(raw)?.[1] ?? '';
    const defined = new Set([...destinations.matchAll(/\(([^()]*)\) \[/g)].map((match) => match[1]));
    const targets = links.flatMap((link) => /\/Dest \(([^()]*)\)/.exec(link)?.[1] ?? []);
    expect(targets.length).toBeGreaterThan(13);
    for (const target of targets) expect(defined, target).toContain(target);
    // Every page's links are in the structure's order for keyboard users.
    expect(raw.match(/\/Type \/Page /g)).toHaveLength(pageCount(seed[locale]));
    expect(raw.match(/\/Tabs \/S/g)).toHaveLength(pageCount(seed[locale]));
  });
});

describe.each(['it', 'en'] as const)('the PDF edition of the logic catalogue (%s)', (locale) => {
  const t = TEXT[locale];

  test('prints the version, date, address and "page n of m" on every page, and the version under the title', () => {
    expectInOrder(rawText(logic[locale], 1), [t.title, t.footer, t.contents]);
    const pages = pageCount(logic[locale]);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let page = 1; page <= pages; page += 1) {
      const text = rawText(logic[locale], page);
      expect(text, `page ${page}`).toContain(t.footer);
      expect(text, `page ${page}`).toContain(t.url);
      expect(text, `page ${page}`).toContain(t.page(page, pages));
    }
  });

  test('is tagged, in its language, with its title shown and every font embedded', () => {
    const info = poppler('pdfinfo', logic[locale]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${t.title}$`, 'm'));
    const fonts = poppler('pdffonts', logic[locale]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    // Columns: name, type, encoding, emb, sub, uni, object, generation.
    for (const font of fonts) expect(font.split(/\s+/).at(-5), font).toBe('yes');
    const structure = poppler('pdfinfo', '-struct', logic[locale]);
    expect(structure).toMatch(/^Document/m);
    for (const tag of ['H1', 'H2', 'H3', 'H4', 'TOC', 'TOCI', 'Table', 'THead', 'TBody', 'TR', 'TH', 'TD'])
      expect(structure).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    // One header cell per column of each table (5 sections, 3 columns), and one per row (13 events).
    const headerCells = structure.split('\n').filter((line) => /^\s*TH\b/.test(line)).length;
    expect(headerCells).toBe(5 * 3 + 13);
    const raw = poppler('pdfinfo', '-meta', logic[locale]);
    expect(raw).toContain(t.title);
  });

  test('has a bookmark for every chapter and section', () => {
    expect(outlineTitles(logic[locale]).sort()).toEqual([t.contents, ...t.chapters, ...t.logicSections].sort());
  });
});

describe('the PDF edition of a long catalogue', () => {
  let files: Record<Locale, string>;
  beforeAll(async () => {
    files = await writePdfs(resolveCatalog(synthesizeCatalog(150), 'synthetic'), 'long');
  });

  test.each(['it', 'en'] as const)(
    'repeats a table head after a page break and never leaves one alone (%s)',
    (locale) => {
      const head =
        locale === 'it'
          ? 'EVENTI MONITORATI LIVELLO DI PRIORITÀ TEMPO DI RISPOSTA'
          : 'MONITORED EVENTS PRIORITY LEVEL RESPONSE TIME';
      const row = locale === 'it' ? /^\S.* n\. \d+ P\d \S+ < \d+ ore?\b/ : /^\S.* no\. \d+ P\d \S+ < \d+ hours?\b/;
      const pages = pageCount(files[locale]);
      expect(pages).toBeGreaterThan(4);
      let continued = 0;
      for (let page = 2; page <= pages; page += 1) {
        // The page's body, without its footer (drawn last on each page).
        const text = rawText(files[locale], page).split(' ImagicleCare · ')[0]!;
        const heads = text.split(head);
        // Whatever follows a table head starts with an event row.
        for (const after of heads.slice(1)) expect(after.trim(), `page ${page}`).toMatch(row);
        // A page that does not open with a heading continues a table: it opens with its head.
        if (!/^\d+(\.\d+)* /.test(text)) {
          expect(text.startsWith(head), `page ${page} opens with the table head`).toBe(true);
          continued += 1;
        }
        // No section heading is the last thing on a page.
        expect(text, `page ${page}`).not.toMatch(
          /\b2\.\d+(\.\d+)? Sezione sintetica \d+$|\b2\.\d+(\.\d+)? Synthetic section \d+$/,
        );
      }
      expect(continued).toBeGreaterThan(0);
    },
  );
});

test('the same catalogue gives the same bytes', async () => {
  const catalog = logicCatalog();
  const [first, second] = [await pdfFiles(catalog, SITE), await pdfFiles(catalog, SITE)];
  expect(first.map((file) => file.path)).toEqual([pdfPath('it'), pdfPath('en')]);
  first.forEach((file, index) => expect(Buffer.from(file.bytes).equals(Buffer.from(second[index]!.bytes))).toBe(true));
  // A different catalogue date is a different document date.
  const later = await pdfFiles({ ...catalog, updated: '2027-01-01' }, SITE);
  expect(Buffer.from(later[0]!.bytes).equals(Buffer.from(first[0]!.bytes))).toBe(false);
});

test('a character the embedded fonts cannot draw stops the PDF with a clear message, in the maintainer’s language', async () => {
  const catalog = logicCatalog();
  const [first, ...rest] = catalog.events;
  const odd = { ...catalog, events: [{ ...first!, title: { ...first!.title, en: 'Łódź 東京 outage' } }, ...rest] };
  await expect(pdfFiles(odd, SITE, 'en')).rejects.toThrow(
    'The PDF edition cannot print the character "Ł" (U+0141) in "Łódź 東京 outage": its typeface (Noto Sans, Latin) has no glyph for it; replace it in the text.',
  );
  await expect(pdfFiles(odd, SITE, 'it')).rejects.toThrow(
    'L’edizione PDF non può stampare il carattere «Ł» (U+0141) di «Łódź 東京 outage»: il suo carattere tipografico (Noto Sans, latino) non ha quel glifo; sostituiscilo nel testo.',
  );
});
