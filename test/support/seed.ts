/**
 * Reads the seed document (the hand-maintained Italian original, kept verbatim in
 * test/fixtures/seed/) into sections and rows, independently of the catalogue code,
 * so that tests compare the catalogue and the site against the original.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Path of the verbatim seed document. */
export const SEED_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/seed/proactive-support.it.txt',
);

/** One row of a section table of the seed. */
export interface SeedRow {
  title: string;
  /** e.g. `P1` */
  priority: string;
  /** e.g. `CRITICO` */
  label: string;
  /** e.g. `< 1 ora` */
  responseTime: string;
}

/** One numbered section of chapter 2 of the seed. */
export interface SeedSection {
  /** e.g. `2.3.1` */
  number: string;
  title: string;
  description: string;
  /** The first column's heading, e.g. `EVENTI MONITORATI` or `DESCRIZIONE`. */
  heading: string;
  rows: SeedRow[];
}

/** The sections of "2 Eventi coperti dal Supporto Proattivo", in order. */
export function readSeedSections(): SeedSection[] {
  const lines = readFileSync(SEED_FILE, 'utf8').split(/\r?\n/);
  const body = lines.slice(lines.findIndex((line) => line.startsWith('2 Eventi coperti')));
  const sections: SeedSection[] = [];
  for (const line of body) {
    const heading = /^(2\.\d+(?:\.\d+)?) (.+)$/.exec(line);
    if (heading) {
      sections.push({ number: heading[1]!, title: heading[2]!.trim(), description: '', heading: '', rows: [] });
      continue;
    }
    const current = sections.at(-1);
    if (!current || line.trim() === '') continue;
    const cells = line.split('\t');
    if (cells.length === 3 && cells[1] === 'LIVELLO DI PRIORITÀ') current.heading = cells[0]!;
    else if (cells.length === 3) {
      const [, priority = '', label = ''] = /^(P\d) (.+)$/.exec(cells[1]!) ?? [];
      current.rows.push({ title: cells[0]!, priority, label, responseTime: cells[2]! });
    } else if (!current.description) current.description = line.trim();
  }
  return sections;
}

/** The definitions paragraph of chapter 1. */
export function readSeedDefinitions(): string {
  const lines = readFileSync(SEED_FILE, 'utf8').split(/\r?\n/);
  const start = lines.findIndex((line) => line === '1 Definizioni');
  return lines
    .slice(start + 1)
    .find((line) => line.trim() !== '')!
    .trim();
}
