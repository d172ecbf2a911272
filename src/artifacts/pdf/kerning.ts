/**
 * Pair kerning read straight from a font's GPOS table (the `kern` feature's pair adjustments), and
 * words laid out with it. For the PDF editions' two languages kerning is the only adjustment a
 * shaper would make besides ligatures, which the editions do without, so that every character
 * stays a glyph of its own (a test compares every word of both editions with fontkit's shaper).
 */
import { FontTableError, readSfnt, tagAt } from './sfnt.ts';

/** How a pair adjustment moves a glyph, in font units (OpenType's ValueRecord, device tables aside). */
export interface GlyphAdjustment {
  xPlacement: number;
  yPlacement: number;
  xAdvance: number;
  yAdvance: number;
}

/** The adjustments of a kerned pair: the first glyph's, and the second's when the font moves it too. */
export interface PairAdjustment {
  first: GlyphAdjustment;
  second: GlyphAdjustment | undefined;
}

/** One pair-adjustment lookup: the adjustment of a glyph pair, or `undefined` when the lookup does not kern it. */
export type PairLookup = (first: number, second: number) => PairAdjustment | undefined;

/** A glyph: its id and its advance in font units. */
export interface LaidOutGlyph {
  id: number;
  advanceWidth: number;
}

/** Where a glyph goes, in font units (OpenType's and fontkit's GlyphPosition). */
export interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** A laid-out word: its glyphs, where each goes, and its whole advance, in font units. */
export interface KernedRun<Glyph extends LaidOutGlyph> {
  glyphs: Glyph[];
  positions: GlyphPosition[];
  readonly advanceWidth: number;
}

/**
 * Positions `glyphs` with their advances and every lookup's pair adjustments, lookup after lookup
 * over the whole word and each pair by the first lookup subtable that kerns it, as fontkit applies them.
 */
export function kernedRun<Glyph extends LaidOutGlyph>(
  glyphs: Glyph[],
  lookups: readonly PairLookup[],
): KernedRun<Glyph> {
  const positions = glyphs.map((glyph) => ({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
  for (const lookup of lookups) {
    for (let index = 0; index + 1 < glyphs.length; index++) {
      const pair = lookup(glyphs[index]!.id, glyphs[index + 1]!.id);
      if (pair === undefined) continue;
      adjust(positions[index]!, pair.first);
      if (pair.second) adjust(positions[index + 1]!, pair.second);
    }
  }
  return { glyphs, positions, advanceWidth: positions.reduce((sum, position) => sum + position.xAdvance, 0) };
}

function adjust(position: GlyphPosition, by: GlyphAdjustment): void {
  position.xAdvance += by.xAdvance;
  position.yAdvance += by.yAdvance;
  position.xOffset += by.xPlacement;
  position.yOffset += by.yPlacement;
}

const PAIR_ADJUSTMENT = 2;
const EXTENSION = 9;

/**
 * The `kern` feature's pair-adjustment lookups of a font (its sfnt bytes), in the order they
 * apply, for `script` (OpenType tag; its default language) or the default script. A font without
 * GPOS or kerning has none. Contextual lookups of the feature are left out: they match only
 * around combining marks, which the editions compose first (`font.ts`).
 */
export function readPairKerning(sfnt: Uint8Array, script = 'latn'): PairLookup[] {
  const { view, tables } = readSfnt(sfnt);
  const gpos = tables.get('GPOS')?.offset;
  if (gpos === undefined) return [];
  const at = (offset: number): number => {
    if (offset + 2 > view.byteLength) throw new FontTableError(`GPOS: offset ${offset} past the end of the font`);
    return view.getUint16(offset);
  };
  const scriptList = gpos + at(gpos + 4);
  const featureList = gpos + at(gpos + 6);
  const lookupList = gpos + at(gpos + 8);

  const scripts = new Map<string, number>();
  for (let index = 0, count = at(scriptList); index < count; index++) {
    const record = scriptList + 2 + index * 6;
    scripts.set(tagAt(view, record), scriptList + at(record + 4));
  }
  const scriptTable = scripts.get(script) ?? scripts.get('DFLT');
  if (scriptTable === undefined || at(scriptTable) === 0) return [];
  const langSys = scriptTable + at(scriptTable);
  const featureIndices = Array.from({ length: at(langSys + 4) }, (_, index) => at(langSys + 6 + index * 2));

  const lookupIndices = new Set<number>();
  for (const featureIndex of featureIndices) {
    const record = featureList + 2 + featureIndex * 6;
    if (tagAt(view, record) !== 'kern') continue;
    const feature = featureList + at(record + 4);
    for (let index = 0, count = at(feature + 2); index < count; index++) lookupIndices.add(at(feature + 4 + index * 2));
  }

  const lookups: PairLookup[] = [];
  for (const lookupIndex of [...lookupIndices].sort((a, b) => a - b)) {
    const lookup = lookupList + at(lookupList + 2 + lookupIndex * 2);
    const type = at(lookup);
    const subtables: PairLookup[] = [];
    for (let index = 0, count = at(lookup + 4); index < count; index++) {
      let subtable = lookup + at(lookup + 6 + index * 2);
      let subtableType = type;
      if (type === EXTENSION) {
        subtableType = at(subtable + 2);
        subtable += view.getUint32(subtable + 4);
      }
      if (subtableType === PAIR_ADJUSTMENT) subtables.push(pairSubtable(view, subtable, at));
    }
    if (subtables.length === 0) continue;
    lookups.push((first, second) => {
      for (const subtable of subtables) {
        const pair = subtable(first, second);
        if (pair !== undefined) return pair;
      }
      return undefined;
    });
  }
  return lookups;
}

/** A PairPos subtable (format 1: glyph pairs; format 2: class pairs), read when a pair is asked for. */
function pairSubtable(view: DataView, subtable: number, at: (offset: number) => number): PairLookup {
  const format = at(subtable);
  const coverage = coverageOf(subtable + at(subtable + 2), at);
  const valueFormat1 = at(subtable + 4);
  const valueFormat2 = at(subtable + 6);
  const size1 = valueRecordSize(valueFormat1);
  const size2 = valueRecordSize(valueFormat2);
  const pairOf = (record: number): PairAdjustment => ({
    first: valueRecord(view, record, valueFormat1),
    second: valueFormat2 === 0 ? undefined : valueRecord(view, record + size1, valueFormat2),
  });
  if (format === 1) {
    const sets = new Map<number, Map<number, PairAdjustment>>();
    return (first, second) => {
      const index = coverage.get(first);
      if (index === undefined) return undefined;
      let set = sets.get(index);
      if (set === undefined) {
        set = new Map();
        const pairSet = subtable + at(subtable + 10 + index * 2);
        for (let pair = 0, count = at(pairSet); pair < count; pair++) {
          const record = pairSet + 2 + pair * (2 + size1 + size2);
          set.set(at(record), pairOf(record + 2));
        }
        sets.set(index, set);
      }
      return set.get(second);
    };
  }
  if (format === 2) {
    const classDef1 = classDefOf(subtable + at(subtable + 8), at);
    const classDef2 = classDefOf(subtable + at(subtable + 10), at);
    const class2Count = at(subtable + 14);
    const records = subtable + 16;
    return (first, second) => {
      if (!coverage.has(first)) return undefined;
      const class1 = classDef1.get(first) ?? 0;
      const class2 = classDef2.get(second) ?? 0;
      return pairOf(records + (class1 * class2Count + class2) * (size1 + size2));
    };
  }
  throw new FontTableError(`GPOS: pair adjustment subtable of unknown format ${format}`);
}

/** Glyph id → coverage index. */
function coverageOf(table: number, at: (offset: number) => number): Map<number, number> {
  const coverage = new Map<number, number>();
  const format = at(table);
  if (format === 1) {
    for (let index = 0, count = at(table + 2); index < count; index++) coverage.set(at(table + 4 + index * 2), index);
  } else if (format === 2) {
    for (let range = 0, count = at(table + 2); range < count; range++) {
      const record = table + 4 + range * 6;
      const [start, end, startIndex] = [at(record), at(record + 2), at(record + 4)];
      for (let glyph = start; glyph <= end; glyph++) coverage.set(glyph, startIndex + glyph - start);
    }
  } else {
    throw new FontTableError(`GPOS: coverage table of unknown format ${format}`);
  }
  return coverage;
}

/** Glyph id → class (glyphs not listed are class 0). */
function classDefOf(table: number, at: (offset: number) => number): Map<number, number> {
  const classes = new Map<number, number>();
  const format = at(table);
  if (format === 1) {
    const start = at(table + 2);
    for (let index = 0, count = at(table + 4); index < count; index++)
      classes.set(start + index, at(table + 6 + index * 2));
  } else if (format === 2) {
    for (let range = 0, count = at(table + 2); range < count; range++) {
      const record = table + 4 + range * 6;
      const [start, end, value] = [at(record), at(record + 2), at(record + 4)];
      for (let glyph = start; glyph <= end; glyph++) classes.set(glyph, value);
    }
  } else {
    throw new FontTableError(`GPOS: class definition table of unknown format ${format}`);
  }
  return classes;
}

/** Bytes of a ValueRecord: two for each field its format has. */
function valueRecordSize(format: number): number {
  let size = 0;
  for (let bit = format; bit !== 0; bit >>= 1) size += (bit & 1) * 2;
  return size;
}

/** The placement and advance fields of a ValueRecord (the device-table offsets after them are skipped). */
function valueRecord(view: DataView, record: number, format: number): GlyphAdjustment {
  const adjustment: GlyphAdjustment = { xPlacement: 0, yPlacement: 0, xAdvance: 0, yAdvance: 0 };
  const fields = ['xPlacement', 'yPlacement', 'xAdvance', 'yAdvance'] as const;
  let offset = record;
  fields.forEach((field, bit) => {
    if ((format & (1 << bit)) === 0) return;
    adjustment[field] = view.getInt16(offset);
    offset += 2;
  });
  return adjustment;
}
