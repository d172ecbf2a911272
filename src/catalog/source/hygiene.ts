/**
 * Input hygiene: what must never be published even though YAML accepts it. Bytes that are not
 * UTF-8, invisible control characters, characters that reverse the direction of text, line breaks
 * in one-line texts, characters the PDF edition cannot print, and nesting deeper than any
 * catalogue. Cheap on a clean file: one pass over the values with one regular expression each,
 * and nothing located until something is wrong.
 */
import { findingText } from '../messages/findings.ts';
import type { Locale } from '../model.ts';
import { formatPath, type Finding } from './findings.ts';
import type { DocPath, LoadedDocument } from './load.ts';
import { describePath } from './where.ts';

/** The deepest a catalogue nests (root › events › event › deprecated › reason), plus one for good measure. */
export const MAX_DEPTH = 6;

/** C0 and C1 control characters and DEL, except tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Embeddings, overrides and isolates: they reorder the text a reader sees (Trojan Source). */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/**
 * Every character both weights of the PDF edition's typeface (Noto Sans, Latin subset, from
 * `@fontsource/noto-sans`) can draw, as the body of a regular expression class. A test derives
 * it from the font files, so that a font update that changes it cannot go unnoticed.
 */
export const PDF_CHARACTERS =
  '\\u0020-\\u007E\\u00A0-\\u00FF\\u0131\\u0152\\u0153\\u02BB\\u02BC\\u02C6\\u02DA\\u02DC\\u0300\\u0301\\u0303\\u0304' +
  '\\u0308\\u0309\\u0323\\u0329\\u2002\\u2009\\u200B\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2022\\u2026' +
  '\\u2032\\u2033\\u2039\\u203A\\u2044\\u20AC\\u2122\\u2212\\uFEFF\\uFFFD';
const SUSPECT = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;
/**
 * A character the PDF cannot print: white space aside (the PDF lays it out as space), and the
 * SUSPECT characters, which the control, direction and line-break findings report.
 */
const UNPRINTABLE = new RegExp(`[^${PDF_CHARACTERS}\\s${SUSPECT.source.slice(1, -1)}]`, 'u');
/**
 * Whether the text could hold a value that `hygieneFindings` refuses: a raw suspect character, a
 * backslash (a double-quoted escape such as `\e` or `\n`), a block scalar (`|`, `>`, which keep
 * line breaks) or a character the PDF cannot print. False for a typical clean file, which then
 * needs no walk over its values.
 */
export function mayNeedHygiene(text: string): boolean {
  return RAW_SUSPECT.test(text) || BLOCK_SCALAR.test(text) || UNPRINTABLE.test(text);
}
const RAW_SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029\\]/;
const BLOCK_SCALAR = /:[ \t]+[|>][-+0-9]*[ \t]*(?:#.*)?$/m;

/** Fields whose texts may run over several lines. */
const MULTILINE_FIELDS = new Set(['description', 'reason']);

const CONTROL_NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'BS',
  0x0b: 'VT',
  0x0c: 'FF',
  0x1b: 'ESC',
  0x7f: 'DEL',
};

/** `U+001B`. */
function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1 when all is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length =
      byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1]!;
    // Overlong forms, surrogates and code points past U+10FFFF.
    if ((byte === 0xe0 && second < 0xa0) || (byte === 0xed && second > 0x9f)) return i;
    if ((byte === 0xf0 && second < 0x90) || (byte === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** The finding for a file that is not UTF-8: the line and column of its first bad byte. */
export function encodingFinding(bytes: Uint8Array, offset: number, file: string, locale: Locale = 'en'): Finding {
  const t = findingText(locale);
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters, as an editor does; the valid part of the line decodes cleanly.
  const col = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    rule: 'encoding',
    level: 'error',
    message: t('invalidUtf8', { byte }),
    hint: t('invalidUtf8Hint'),
    path: '',
    file,
    line,
    col,
  };
}

/** Control and direction characters, line breaks in one-line texts, unprintable characters, and nesting too deep. */
export function hygieneFindings(data: unknown, loaded: LoadedDocument, locale: Locale = 'en'): Finding[] {
  const t = findingText(locale);
  const findings: Finding[] = [];
  const report = (rule: string, path: DocPath, message: string, hint: string) => {
    findings.push({
      rule,
      level: 'error',
      message,
      hint,
      path: formatPath(path),
      file: loaded.file,
      ...loaded.locate(path),
    });
  };
  const visit = (value: unknown, path: (string | number)[], depth: number): void => {
    if (typeof value === 'string') {
      const unprintable = UNPRINTABLE.exec(value);
      if (!unprintable && !SUSPECT.test(value)) return;
      const where = describePath(path, data, t);
      if (unprintable) {
        const [char] = unprintable;
        report(
          'pdf-character',
          path,
          // Characters as a reader counts them: an emoji is one, not two UTF-16 units.
          t('unprintableChar', {
            where,
            char,
            code: codePoint(char),
            position: [...value.slice(0, unprintable.index)].length + 1,
          }),
          t('unprintableCharHint'),
        );
      }
      const control = CONTROL.exec(value);
      if (control) {
        const code = control[0].charCodeAt(0);
        const name = CONTROL_NAMES[code] ?? '';
        const position = control.index + 1;
        report(
          'control-character',
          path,
          t('controlChar', { where, code: codePoint(control[0]), name, position }).replace(' )', ')'),
          t('controlCharHint'),
        );
      }
      const bidi = BIDI.exec(value);
      if (bidi) {
        report(
          'bidi-character',
          path,
          t('bidiChar', { where, code: codePoint(bidi[0]), position: bidi.index + 1 }),
          t('bidiCharHint'),
        );
      }
      if (!path.some((part) => MULTILINE_FIELDS.has(String(part))) && LINE_BREAK.test(value.trimEnd())) {
        report('control-character', path, t('lineBreak', { where }), t('lineBreakHint'));
      }
      return;
    }
    if (!value || typeof value !== 'object') return;
    if (depth > MAX_DEPTH) {
      report('nesting-depth', path, t('nestingTooDeep', { depth: MAX_DEPTH }), t('nestingTooDeepHint'));
      return;
    }
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index], depth + 1));
    else for (const [key, item] of Object.entries(value)) visit(item, [...path, key], depth + 1);
  };
  visit(data, [], 1);
  return findings;
}
