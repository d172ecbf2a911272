/**
 * A strict JSON (RFC 8259) reader that says where things are: the offset and kind of the first
 * syntax error, and the offset of every value down to a given depth, so that a schema violation
 * can be reported at its line and column too. `JSON.parse` gives neither portably (each engine
 * words and locates its errors differently). Browser-safe.
 */

/** Kinds of JSON syntax error. */
export type JsonSyntaxCode =
  | 'unterminated-string'
  | 'control-character'
  | 'invalid-unicode-escape'
  | 'invalid-escape'
  | 'expected-property-name'
  | 'expected-colon'
  | 'expected-comma-or-brace'
  | 'expected-comma-or-bracket'
  | 'expected-value'
  | 'too-deep'
  | 'trailing-text';

/** A JSON syntax error at an offset of the text. */
export interface JsonSyntaxError {
  /** 0-based offset of the offending character (the text's length at an unexpected end). */
  offset: number;
  /** What went wrong, for a localized message. */
  code: JsonSyntaxCode;
  /** The offending character as a JSON string (`"}"`), or `""` at the end of the text. */
  found: string;
}

/** The outcome of reading a JSON text. */
export type JsonReadResult =
  { ok: true; value: unknown; positions: Map<string, number> } | { ok: false; error: JsonSyntaxError };

/** A 1-based line and column, as editors show them. */
export interface LineColumn {
  line: number;
  column: number;
}

/** Key of a value's position: its path joined with `/` (`""` for the root, `"0/occurredAt"`). */
export function positionKey(path: readonly (string | number)[]): string {
  return path.join('/');
}

class JsonSyntaxFailure extends Error {
  readonly offset: number;
  readonly code: JsonSyntaxCode;
  constructor(offset: number, code: JsonSyntaxCode) {
    super(code);
    this.offset = offset;
    this.code = code;
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
/** Deeper documents are refused rather than overflowing the stack. */
const MAX_NESTING = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = [
  ['true', true],
  ['false', false],
  ['null', null],
] as const;

/** The character at an offset as a JSON string (`"}"`, `"\n"`); `""` at the end of the text. */
function foundAt(text: string, offset: number): string {
  const codePoint = text.codePointAt(offset);
  return codePoint === undefined ? '' : JSON.stringify(String.fromCodePoint(codePoint));
}

/**
 * Reads a JSON text. `maxDepth` bounds which value positions are recorded (0 = the root only):
 * payload batches need their items and fields, not every nested detail.
 */
export function readJson(text: string, maxDepth = 3): JsonReadResult {
  let at = 0;
  const positions = new Map<string, number>();
  const fail = (code: JsonSyntaxCode): never => {
    throw new JsonSyntaxFailure(at, code);
  };
  const skipSpace = (): void => {
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === 32 || c === 10 || c === 13 || c === 9) at++;
      else break;
    }
  };
  const readString = (): string => {
    at++; // the opening quote
    let result = '';
    let start = at;
    for (;;) {
      if (at >= text.length) fail('unterminated-string');
      const c = text.charCodeAt(at);
      if (c === 34) break;
      if (c < 32) fail('control-character');
      if (c === 92) {
        result += text.slice(start, at);
        const escape = text[at + 1] ?? '';
        if (escape === 'u') {
          const hex = text.slice(at + 2, at + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            at += 1;
            fail('invalid-unicode-escape');
          }
          result += String.fromCharCode(parseInt(hex, 16));
          at += 6;
        } else {
          const value = ESCAPES[escape];
          if (value === undefined) {
            at += 1;
            fail('invalid-escape');
          }
          result += value;
          at += 2;
        }
        start = at;
      } else at++;
    }
    result += text.slice(start, at);
    at++; // the closing quote
    return result;
  };
  // Paths are built only down to `maxDepth`; deeper values are read without bookkeeping.
  const readValue = (path: (string | number)[], depth: number): unknown => {
    skipSpace();
    if (depth <= maxDepth) positions.set(positionKey(path), at);
    if (depth > MAX_NESTING) fail('too-deep');
    const childPath = (key: string | number): (string | number)[] => (depth < maxDepth ? [...path, key] : path);
    const char = text[at];
    if (char === '{') {
      at++;
      const object: Record<string, unknown> = {};
      skipSpace();
      if (text[at] === '}') {
        at++;
        return object;
      }
      for (;;) {
        skipSpace();
        if (text[at] !== '"') fail('expected-property-name');
        const key = readString();
        skipSpace();
        if (text[at] !== ':') fail('expected-colon');
        at++;
        // defineProperty, so that a key named `__proto__` stays plain data as with JSON.parse.
        Object.defineProperty(object, key, {
          value: readValue(childPath(key), depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        skipSpace();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === '}') {
          at++;
          return object;
        }
        fail('expected-comma-or-brace');
      }
    }
    if (char === '[') {
      at++;
      const array: unknown[] = [];
      skipSpace();
      if (text[at] === ']') {
        at++;
        return array;
      }
      for (;;) {
        array.push(readValue(childPath(array.length), depth + 1));
        skipSpace();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === ']') {
          at++;
          return array;
        }
        fail('expected-comma-or-bracket');
      }
    }
    if (char === '"') return readString();
    for (const [word, value] of LITERALS) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (number) {
      at += number[0].length;
      return Number(number[0]);
    }
    return fail('expected-value');
  };
  try {
    const value = readValue([], 0);
    skipSpace();
    if (at < text.length) return { ok: false, error: { offset: at, code: 'trailing-text', found: foundAt(text, at) } };
    return { ok: true, value, positions };
  } catch (error) {
    if (error instanceof JsonSyntaxFailure) {
      return { ok: false, error: { offset: error.offset, code: error.code, found: foundAt(text, error.offset) } };
    }
    throw error;
  }
}

/** Offsets at which each line of a text starts, for `lineColumnAt`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line and column of an offset, given the text's `lineStarts`. */
export function lineColumnAt(starts: readonly number[], offset: number): LineColumn {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}
