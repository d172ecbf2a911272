/**
 * Text measured and broken into lines, for the PDF editions' layout: widths from the fonts'
 * kerned advances, line breaks after spaces and dashes (a word wider than the line is split
 * between characters), runs of different fonts and links kept apart on each line. Pure.
 */
import type { FontGlyph, PdfFont } from './font.ts';
import { printableText } from './font.ts';
import type { KernedRun } from './kerning.ts';

/** How a run of text is set. */
export interface TextStyle {
  font: PdfFont;
  size: number;
  /** Extra space after each character, in points. */
  characterSpacing?: number | undefined;
}

/** A run of text in one style, linking somewhere or not. */
export interface StyledRun {
  text: string;
  style: TextStyle;
  link?: string | undefined;
}

/** A piece of a line: one run's words on it, laid out, and where it starts. */
export interface LineSegment {
  /** The run's index among those wrapped: a run that goes on over two lines has a segment on each. */
  run: number;
  text: string;
  style: TextStyle;
  link: string | undefined;
  words: KernedRun<FontGlyph>[];
  x: number;
  width: number;
}

/** A line: its segments, and its width without the spaces it ends with. */
export interface Line {
  segments: LineSegment[];
  width: number;
}

/** The width of a laid-out word in a style, in points. */
function wordWidth(word: KernedRun<FontGlyph>, style: TextStyle): number {
  return (
    (word.advanceWidth * style.size) / style.font.metrics.unitsPerEm +
    (style.characterSpacing ?? 0) * word.glyphs.length
  );
}

/** The width of some text on one line, in points. */
export function textWidth(text: string, style: TextStyle): number {
  return wordWidth(style.font.layout(printableText(text)), style);
}

/** The height of one line of a style: the font's ascent to descent and line gap, plus `lineGap`. */
export function lineHeight(style: TextStyle, lineGap = 0): number {
  const { ascent, descent, lineGap: fontGap, unitsPerEm } = style.font.metrics;
  return ((ascent - descent + fontGap) * style.size) / unitsPerEm + lineGap;
}

/** Where a line may break: after a space, a hyphen or a dash. */
const BREAK_AFTER = /(?<=[ \-\u2013\u2014])/;

/** A word of a run, with the room it takes and the room it takes at the end of a line. */
interface Word {
  run: StyledRun;
  index: number;
  text: string;
  laidOut: KernedRun<FontGlyph>;
  width: number;
  /** Without its trailing spaces. */
  inkWidth: number;
}

function measureWord(run: StyledRun, index: number, text: string): Word {
  const laidOut = run.style.font.layout(text);
  const width = wordWidth(laidOut, run.style);
  // The text is printable already: its trimmed form is laid out as it is.
  const trimmed = text.trimEnd();
  const inkWidth = trimmed === text ? width : wordWidth(run.style.font.layout(trimmed), run.style);
  return { run, index, text, laidOut, width, inkWidth };
}

/** The words of a run; a word wider than `width` is split between characters so that each piece fits. */
function wordsOf(run: StyledRun, index: number, width: number): Word[] {
  return printableText(run.text)
    .split(BREAK_AFTER)
    .filter((text) => text !== '')
    .flatMap((text) => {
      const word = measureWord(run, index, text);
      if (word.inkWidth <= width) return [word];
      const pieces: Word[] = [];
      let piece = '';
      for (const char of text) {
        if (piece !== '' && textWidth(piece + char, run.style) > width) {
          pieces.push(measureWord(run, index, piece));
          piece = '';
        }
        piece += char;
      }
      if (piece !== '') pieces.push(measureWord(run, index, piece));
      return pieces;
    });
}

/** Breaks runs into lines no wider than `width` (points), filling each line with as many words as fit. */
export function wrapRuns(runs: readonly StyledRun[], width: number): Line[] {
  const lines: Line[] = [];
  let words: Word[] = [];
  let used = 0;
  const flush = (): void => {
    if (words.length === 0) return;
    const segments: LineSegment[] = [];
    let x = 0;
    for (const word of words) {
      const last = segments.at(-1);
      if (last !== undefined && last.run === word.index) {
        last.text += word.text;
        last.words.push(word.laidOut);
        last.width += word.width;
      } else {
        segments.push({
          run: word.index,
          text: word.text,
          style: word.run.style,
          link: word.run.link,
          words: [word.laidOut],
          x,
          width: word.width,
        });
      }
      x += word.width;
    }
    const end = words.at(-1)!;
    lines.push({ segments, width: x - end.width + end.inkWidth });
    words = [];
    used = 0;
  };
  for (const [index, run] of runs.entries()) {
    for (const word of wordsOf(run, index, width)) {
      if (words.length > 0 && used + word.inkWidth > width) flush();
      words.push(word);
      used += word.width;
    }
  }
  flush();
  return lines;
}

/** How far apart the lines of runs set together are: the tallest of their styles' line heights. */
export function runsLineHeight(runs: readonly StyledRun[], lineGap = 0): number {
  return Math.max(0, ...runs.map((run) => lineHeight(run.style, lineGap)));
}

/** The height of text wrapped to `width`: its lines, each `runsLineHeight` apart. */
export function textHeight(runs: readonly StyledRun[], width: number, lineGap = 0): number {
  return wrapRuns(runs, width).length * runsLineHeight(runs, lineGap);
}
