/** Text measured and broken into lines for the PDF editions, with Noto Sans as they embed it. */
import { describe, expect, test } from 'vitest';
import { notoSans } from '../../support/fonts.ts';
import { openFont } from '../../../src/artifacts/pdf/font.ts';
import { lineHeight, textHeight, textWidth, wrapRuns, type TextStyle } from '../../../src/artifacts/pdf/text.ts';

const regular: TextStyle = { font: openFont(notoSans(400).sfnt), size: 10 };
const bold: TextStyle = { font: openFont(notoSans(700).sfnt), size: 10 };
const texts = (lines: ReturnType<typeof wrapRuns>): string[] =>
  lines.map((line) => line.segments.map((segment) => segment.text).join(''));

describe('textWidth', () => {
  test('is the kerned advance at the size, plus the character spacing of each character', () => {
    const { font } = regular;
    const width = textWidth('AVANTI', regular);
    expect(width).toBeCloseTo((font.layout('AVANTI').advanceWidth * 10) / 1000, 9);
    expect(textWidth('AVANTI', { ...regular, characterSpacing: 0.5 })).toBeCloseTo(width + 6 * 0.5, 9);
    expect(textWidth('AVANTI', bold)).toBeGreaterThan(width);
  });

  test('counts a combining accent as the accented letter it composes', () => {
    expect(textWidth('perche\u0301', regular)).toBe(textWidth('perché', regular));
  });
});

describe('wrapRuns', () => {
  const sentence = 'Eventi coperti dal Supporto Proattivo di Imagicle';

  test('fills each line with as many words as fit, breaking after spaces', () => {
    const width = textWidth('Eventi coperti dal Supporto', regular) + 1;
    const lines = wrapRuns([{ text: sentence, style: regular }], width);
    expect(texts(lines)).toEqual(['Eventi coperti dal Supporto ', 'Proattivo di Imagicle']);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(width);
    // A line's width leaves out the space it ends with.
    expect(lines[0]!.width).toBeCloseTo(textWidth('Eventi coperti dal Supporto', regular), 9);
    // One point less, and the last word goes to the next line.
    expect(texts(wrapRuns([{ text: sentence, style: regular }], width - 2))).toEqual([
      'Eventi coperti dal ',
      'Supporto Proattivo di ',
      'Imagicle',
    ]);
  });

  test('everything on one line when the width is unbounded', () => {
    expect(texts(wrapRuns([{ text: sentence, style: regular }], Number.POSITIVE_INFINITY))).toEqual([sentence]);
  });

  test('may break after a hyphen or a dash', () => {
    const width = textWidth('Token/integration-', regular) + 1;
    expect(texts(wrapRuns([{ text: 'Token/integration-problems', style: regular }], width))).toEqual([
      'Token/integration-',
      'problems',
    ]);
  });

  test('splits a word wider than the line between characters', () => {
    const word = 'https://care.imagicle.com/en/proactive-support/integration/';
    const width = 60;
    const lines = wrapRuns([{ text: word, style: regular }], width);
    expect(lines.length).toBeGreaterThan(2);
    expect(texts(lines).join('')).toBe(word);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(width);
  });

  test('keeps runs of different styles and links apart on a line, each where it starts', () => {
    const link = 'https://www.imagicle.com/';
    const [line] = wrapRuns(
      [
        { text: 'See the ', style: regular },
        { text: 'dedicated guide', style: regular, link },
        { text: ' now', style: bold },
      ],
      Number.POSITIVE_INFINITY,
    );
    expect(line!.segments.map((segment) => [segment.text, segment.link, segment.style === bold])).toEqual([
      ['See the ', undefined, false],
      ['dedicated guide', link, false],
      [' now', undefined, true],
    ]);
    expect(line!.segments[1]!.x).toBeCloseTo(textWidth('See ', regular) + textWidth('the ', regular), 9);
  });

  test('the height of wrapped text is its lines times the line height', () => {
    const width = textWidth('Eventi coperti dal Supporto', regular) + 1;
    expect(textHeight([{ text: sentence, style: regular }], width, 2)).toBeCloseTo(2 * lineHeight(regular, 2), 9);
    // Noto Sans: ascent 1069, descent -293, no line gap of its own.
    expect(lineHeight(regular)).toBeCloseTo(13.62, 9);
  });
});
