/**
 * The YAML mistakes people make most often, recognised in the text itself and explained in plain
 * words at the line to change: a tab, indentation too deep or too shallow, a colon or ` #` inside an
 * unquoted text, a missing space after a colon, an unclosed quote or bracket, a list item where a
 * text belongs. The YAML parser only says *that* the file is broken, often a line late and in its own
 * jargon; this scan says *what* to type. Pure and line-based, so it costs nothing on a clean file.
 */

/** A recognised mistake: its rule, where the maintainer acts, and the values its message needs. */
export interface YamlMistake {
  rule:
    | 'tab-indentation'
    | 'indentation'
    | 'unquoted-colon'
    | 'comment-in-text'
    | 'missing-space'
    | 'unclosed-quote'
    | 'unexpected-list'
    | 'yaml-syntax';
  kind:
    | 'tabIndent'
    | 'indentDeep'
    | 'indentShallow'
    | 'unquotedColon'
    | 'commentInText'
    | 'missingSpace'
    | 'unclosedQuote'
    | 'unexpectedList'
    | 'unclosedBracket';
  /** 1-based line and column. */
  line: number;
  col: number;
  values: Record<string, string | number>;
}

/** Every key of the catalogue format, to tell `priority:P2` (a missing space) from a text with a colon. */
const FORMAT_KEYS = new Set([
  '$schema',
  'version',
  'updated',
  'priorities',
  'applications',
  'categories',
  'events',
  'id',
  'label',
  'responseTime',
  'name',
  'parent',
  'title',
  'description',
  'eventsHeading',
  'category',
  'priority',
  'application',
  'deprecated',
  'since',
  'reason',
  'replacedBy',
  'it',
  'en',
]);

const KEY = /^([A-Za-z_$][\w$-]*)[ \t]*:(?=[ \t]|$)/;
const NO_SPACE = /^([A-Za-z_$][\w$]*):(\S.*)$/;

/** `key: "text"`, quoted so that YAML reads it as one text. */
function quoted(key: string, text: string): string {
  return `${key}: ${JSON.stringify(text.trim())}`;
}

/** Where a plain (unquoted) value's comment starts: the first `#` after a space or tab, or -1. */
function commentStart(value: string): number {
  const match = /[ \t]#/.exec(value);
  return match ? match.index + 1 : -1;
}

/**
 * Texts cut short by ` #` (YAML starts a comment there): `en: Webex sync failure #2` publishes
 * "Webex sync failure". Found in plain values of `it`, `en` and `name`, in block and flow style.
 */
export function commentCuts(text: string): YamlMistake[] {
  const found: YamlMistake[] = [];
  // Only the lines with a space before a `#` can hide one: find those without splitting the file.
  const hashes = /[ \t]#/g;
  let previousLine = -1;
  // Lines are counted as the hits move down the file, once.
  let counted = 0;
  let lineIndex = 0;
  for (let hit = hashes.exec(text); hit; hit = hashes.exec(text)) {
    const start = text.lastIndexOf('\n', hit.index) + 1;
    if (start === previousLine) continue;
    previousLine = start;
    const end = text.indexOf('\n', hit.index);
    const line = text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
    if (line.trimStart().startsWith('#')) continue;
    for (let at = text.indexOf('\n', counted); at !== -1 && at < start; at = text.indexOf('\n', at + 1)) lineIndex++;
    counted = start;
    const index = lineIndex;
    const pattern = /(^|[{,])([ \t]*(?:-[ \t]+)?)(it|en|name)[ \t]*:[ \t]+/g;
    for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
      if (match[1] === '' && line.slice(0, match.index).trim() !== '') continue;
      const start = match.index + match[0].length;
      if (/^["'{[|>!&*#]/.test(line.slice(start))) continue;
      const flow = line.lastIndexOf('{', match.index) !== -1 && match[1] !== '';
      let rest = line.slice(start);
      if (flow) {
        const end = rest.search(/[,}]/);
        const hash = commentStart(rest);
        if (hash === -1 || (end !== -1 && end < hash)) continue;
      }
      const hash = commentStart(rest);
      if (hash === -1) continue;
      const kept = rest.slice(0, hash).trim();
      // In a flow mapping the text the maintainer meant ends at the next `,` or `}`.
      if (flow) rest = rest.slice(0, hash) + rest.slice(hash).split(/[,}]/)[0];
      found.push({
        rule: 'comment-in-text',
        kind: 'commentInText',
        line: index + 1,
        col: start + hash + 1,
        values: { key: match[3]!, kept, fixed: quoted(match[3]!, rest) },
      });
      break;
    }
  }
  return found;
}

interface Level {
  col: number;
  kind: 'key' | 'dash';
  name: string;
  line: number;
}

interface Previous {
  line: number;
  col: number;
  name: string;
  /** The line ends with `key:` (or `-`), so deeper lines belong to it. */
  opens: boolean;
}

/** A double- or single-quoted value: the index just after its closing quote, or -1 when it stays open. */
function closingQuote(value: string): number {
  const quote = value[0];
  for (let i = 1; i < value.length; i++) {
    if (quote === '"' && value[i] === '\\') i++;
    else if (value[i] === quote) {
      if (quote === "'" && value[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

/** A flow value (`{ … }` or `[ … ]`) on one line: whether its brackets close, ignoring quoted texts and comments. */
function flowCloses(value: string): boolean {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '"' || char === "'") {
      const end = closingQuote(value.slice(i));
      if (end === -1) return false;
      i += end - 1;
    } else if (char === '#' && /[ \t]/.test(value[i - 1] ?? '')) break;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return depth <= 0;
}

/**
 * The first common mistake in the text, scanning from the top, or `undefined`. Approximate by
 * design: it runs only once the parser has refused the file, to name the mistake the parser hit.
 */
export function firstYamlMistake(text: string): YamlMistake | undefined {
  const lines = text.split('\n');
  const stack: Level[] = [];
  let previous: Previous | undefined;
  let blockScalar: number | undefined;
  let openQuote: { line: number; col: number; keyCol: number; name: string; value: string; quote: string } | undefined;
  let openFlow: { line: number; col: number; keyCol: number; name: string; bracket: string } | undefined;

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!.replace(/\r$/, '');
    const lineNo = index + 1;
    const leading = /^[ \t]*/.exec(raw)![0];
    const content = raw.slice(leading.length);
    if (blockScalar !== undefined) {
      if (content === '' || leading.length > blockScalar) continue;
      blockScalar = undefined;
    }
    if (content === '' || content.startsWith('#')) continue;
    const startsKey = KEY.test(content.replace(/^(?:-[ \t]+)+/, ''));
    if (openQuote) {
      // A new key at the quote's own level means the text was meant to end on its line.
      if (startsKey && leading.length <= openQuote.keyCol) return unclosedQuote(openQuote);
      if (content.includes(openQuote.quote)) openQuote = undefined;
      continue;
    }
    if (openFlow) {
      if (startsKey && leading.length <= openFlow.keyCol) return unclosedFlow(openFlow);
      if (/[}\]]/.test(content)) openFlow = undefined;
      continue;
    }
    if (leading.includes('\t')) {
      return { rule: 'tab-indentation', kind: 'tabIndent', line: lineNo, col: leading.indexOf('\t') + 1, values: {} };
    }
    if (content === '---' || content === '...') continue;

    let col = leading.length;
    let rest = content;
    let afterDash = false;
    for (let dash = /^-(?:[ ]+|$)/.exec(rest); dash; dash = /^-(?:[ ]+|$)/.exec(rest)) {
      const mistake = place(stack, previous, col, 'dash', '-', lineNo, afterDash);
      if (mistake) return mistake;
      afterDash = true;
      col += dash[0].length;
      rest = rest.slice(dash[0].length);
    }
    if (rest === '') {
      previous = { line: lineNo, col: col - 1, name: '-', opens: true };
      continue;
    }
    const key = KEY.exec(rest);
    if (!key) {
      const glued = NO_SPACE.exec(rest);
      if (glued && FORMAT_KEYS.has(glued[1]!)) {
        return {
          rule: 'missing-space',
          kind: 'missingSpace',
          line: lineNo,
          col: col + glued[1]!.length + 1,
          values: { key: glued[1]!, fixed: `${glued[1]}: ${glued[2]}` },
        };
      }
      // A list item's text, or the continuation of a long text on the next line.
      if (afterDash) previous = { line: lineNo, col, name: '-', opens: false };
      continue;
    }
    const name = key[1]!;
    const mistake = place(stack, previous, col, 'key', name, lineNo, afterDash);
    if (mistake) return mistake;
    const valueOffset = key[0].length + (/^[ \t]*/.exec(rest.slice(key[0].length))?.[0].length ?? 0);
    const value = rest.slice(valueOffset).trimEnd();
    const valueCol = col + valueOffset;
    previous = { line: lineNo, col, name, opens: value === '' || value.startsWith('#') };
    if (previous.opens) continue;
    if (/^[|>]/.test(value)) {
      blockScalar = col;
    } else if (value.startsWith('"') || value.startsWith("'")) {
      if (closingQuote(value) === -1) {
        openQuote = { line: lineNo, col: valueCol + 1, keyCol: col, name, value, quote: value[0]! };
      }
    } else if (value.startsWith('{') || value.startsWith('[')) {
      const colon = flowColon(value);
      if (colon) {
        return {
          rule: 'unquoted-colon',
          kind: 'unquotedColon',
          line: lineNo,
          col: valueCol + colon.at + 1,
          values: { key: colon.key, fixed: quoted(colon.key, colon.text) },
        };
      }
      if (!flowCloses(value)) {
        openFlow = { line: lineNo, col: valueCol + 1, keyCol: col, name, bracket: value[0]! };
      }
    } else {
      const hash = commentStart(value);
      const text = hash === -1 ? value : value.slice(0, hash);
      const colon = /:(?:[ \t]|$)/.exec(text.trimEnd());
      if (colon && !/^[&*!]/.test(text)) {
        return {
          rule: 'unquoted-colon',
          kind: 'unquotedColon',
          line: lineNo,
          col: valueCol + colon.index + 1,
          values: { key: name, fixed: quoted(name, text) },
        };
      }
    }
  }
  if (openQuote) return unclosedQuote(openQuote);
  if (openFlow) return unclosedFlow(openFlow);
  return undefined;
}

/** `key: text` pairs inside a one-line flow mapping whose text has an unquoted `: `. */
function flowColon(value: string): { key: string; text: string; at: number } | undefined {
  const pattern = /([{,][ \t]*)([A-Za-z_$][\w$-]*)[ \t]*:[ \t]+([^,}"'{[]*)/g;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    const text = match[3]!;
    const colon = /:(?:[ \t]|$)/.exec(text);
    if (colon) {
      const textStart = match.index + match[0].length - text.length;
      return { key: match[2]!, text: text.replace(/[ \t]*$/, ''), at: textStart + colon.index };
    }
  }
  return undefined;
}

function unclosedQuote(open: { line: number; col: number; name: string; value: string; quote: string }): YamlMistake {
  const text = open.value.slice(1).replace(/["']\s*$/, '');
  return {
    rule: 'unclosed-quote',
    kind: 'unclosedQuote',
    line: open.line,
    col: open.col,
    values: { key: open.name, quote: open.quote, fixed: quoted(open.name, text) },
  };
}

function unclosedFlow(open: { line: number; col: number; name: string; bracket: string }): YamlMistake {
  return {
    rule: 'yaml-syntax',
    kind: 'unclosedBracket',
    line: open.line,
    col: open.col,
    values: { key: open.name, bracket: open.bracket, closing: open.bracket === '{' ? '}' : ']' },
  };
}

/**
 * Fits a key or a list dash at `col` into the indentation levels open so far; a mistake when the
 * column matches none of them, or when a deeper line follows a line that already has its value.
 */
function place(
  stack: Level[],
  previous: Previous | undefined,
  col: number,
  kind: 'key' | 'dash',
  name: string,
  line: number,
  afterDash: boolean,
): YamlMistake | undefined {
  let popped: Level | undefined;
  while (stack.length && stack.at(-1)!.col > col) popped = stack.pop();
  const top = stack.at(-1);
  const push = () => {
    stack.push({ col, kind, name, line });
    return undefined;
  };
  if (afterDash) return push();
  if (top && top.col === col) {
    // `- item` where a key at the same column already has its text: not part of any list.
    if (kind === 'dash' && top.kind === 'key' && !(previous?.opens && previous.col === col)) {
      return { rule: 'unexpected-list', kind: 'unexpectedList', line, col: col + 1, values: { key: top.name } };
    }
    stack.pop();
    return push();
  }
  if (popped) {
    return {
      rule: 'indentation',
      kind: 'indentShallow',
      line,
      col: col + 1,
      values: { key: name, above: popped.name, aboveLine: popped.line, column: popped.col + 1 },
    };
  }
  if (previous && !previous.opens) {
    if (kind === 'dash') {
      return { rule: 'unexpected-list', kind: 'unexpectedList', line, col: col + 1, values: { key: previous.name } };
    }
    return {
      rule: 'indentation',
      kind: 'indentDeep',
      line,
      col: col + 1,
      values: { key: name, above: previous.name, aboveLine: previous.line, column: previous.col + 1 },
    };
  }
  return push();
}
