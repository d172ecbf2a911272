/**
 * Colours the guide's code blocks with Prism's tokenizer and the code theme's own colours, instead of
 * Expressive Code's Shiki: the guide shows short samples in four languages, and highlighting them took
 * the build's thread 0.58 s with Shiki's TextMate grammars, 0.18 s with Prism's (profiles, issue 17). Each Prism token type is given a TextMate scope, and the scope
 * the colour the theme gives it, so the colours stay the theme's (contrast included).
 */
import type { ExpressiveCodePlugin, ExpressiveCodeTheme } from '@astrojs/starlight/expressive-code';
import { InlineStyleAnnotation } from '@astrojs/starlight/expressive-code';
import Prism from 'prismjs';
import { buildMessage } from '../build/messages.ts';
import { messageLocale } from '../catalog/messages/command.ts';
import type { Locale } from '../catalog/model.ts';
import 'prismjs/components/prism-bash.js';
import 'prismjs/components/prism-typescript.js';
import 'prismjs/components/prism-json.js';

/** A coloured stretch of one line: columns `start` (included) to `end` (excluded). */
export interface ScopedRange {
  line: number;
  start: number;
  end: number;
  /** A TextMate scope (`keyword.ts`, `string.json`, `comment.shell`…), which themes give colours to. */
  scope: string;
}

/** A Prism grammar, the code block languages it colours, and its suffix in TextMate scopes. */
interface Grammar {
  grammar: string;
  /** As in `support.type.property-name.json`: themes use it to colour languages apart. */
  suffix: string;
  languages: readonly string[];
}

/** The code block languages the guide colours, by the Prism grammar that colours them. */
const GRAMMAR_LIST: readonly Grammar[] = [
  { grammar: 'bash', suffix: 'shell', languages: ['sh', 'bash', 'shell', 'shellscript', 'zsh'] },
  { grammar: 'javascript', suffix: 'js', languages: ['js', 'javascript', 'mjs'] },
  { grammar: 'typescript', suffix: 'ts', languages: ['ts', 'typescript'] },
  { grammar: 'json', suffix: 'json', languages: ['json', 'jsonl'] },
];

/** The grammar of each code block language the guide colours. */
const GRAMMARS: ReadonlyMap<string, Grammar> = new Map(
  GRAMMAR_LIST.flatMap((grammar) => grammar.languages.map((language) => [language, grammar] as const)),
);

/** The code block languages the guide colours. */
export const COLOURED_LANGUAGES: readonly string[] = [...GRAMMARS.keys()];

/** Languages written as plain text on purpose. */
const PLAIN = new Set(['', 'txt', 'text', 'plaintext', 'plain']);

/** The TextMate scope of each Prism token type (or alias), as VS Code themes know them. */
const SCOPES: Readonly<Record<string, string>> = {
  comment: 'comment',
  shebang: 'comment',
  string: 'string',
  'template-string': 'string.template',
  'template-punctuation': 'string.template',
  char: 'string',
  regex: 'string.regexp',
  url: 'string',
  number: 'constant.numeric',
  boolean: 'constant.language.boolean',
  null: 'constant.language',
  constant: 'variable.other.constant',
  keyword: 'keyword',
  builtin: 'support.type',
  'class-name': 'entity.name.type',
  function: 'entity.name.function',
  'function-name': 'entity.name.function',
  operator: 'keyword.operator',
  punctuation: 'punctuation',
  'interpolation-punctuation': 'punctuation.definition.template-expression',
  property: 'support.type.property-name',
  'literal-property': 'meta.object-literal.key',
  parameter: 'variable.parameter',
  variable: 'variable',
  'assign-left': 'variable.other.assignment',
  environment: 'variable.other.constant',
  entity: 'constant.character.escape',
};

/** Where a grammar's token type means something else: a shell's builtins are commands, not types. */
const GRAMMAR_SCOPES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  bash: { builtin: 'support.function.builtin' },
};

/** The scope of a Prism token in a grammar: its type's, else its first alias with one. */
function scopeOf(token: Prism.Token, grammar: string): string | undefined {
  const aliases = token.alias === undefined ? [] : Array.isArray(token.alias) ? token.alias : [token.alias];
  return [token.type, ...aliases]
    .map((name) => GRAMMAR_SCOPES[grammar]?.[name] ?? SCOPES[name])
    .find((scope) => scope !== undefined);
}

/** Whether a code block in `language` stays plain though not written as plain text (the build warns). */
export function uncoloured(language: string): boolean {
  return !GRAMMARS.has(language) && !PLAIN.has(language);
}

/**
 * The coloured ranges of `code` in `language`, line by line (lines split at `\n`), each character in
 * at most one, with the scope of the innermost token that has one; none for a language the guide
 * does not colour.
 */
export function scopedRanges(code: string, language: string): ScopedRange[] {
  const known = GRAMMARS.get(language);
  const grammar = known ? Prism.languages[known.grammar] : undefined;
  if (!known || !grammar) return [];
  const ranges: ScopedRange[] = [];
  let line = 0;
  let column = 0;
  const walk = (stream: Prism.TokenStream, inherited: string | undefined): void => {
    if (typeof stream === 'string') {
      const parts = stream.split('\n');
      parts.forEach((part, index) => {
        if (index > 0) {
          line++;
          column = 0;
        }
        if (inherited && part.length > 0)
          ranges.push({ line, start: column, end: column + part.length, scope: inherited });
        column += part.length;
      });
      return;
    }
    if (Array.isArray(stream)) {
      for (const item of stream) walk(item, inherited);
      return;
    }
    walk(stream.content, scopeOf(stream, known.grammar) ?? inherited);
  };
  walk(Prism.tokenize(code, grammar), undefined);
  return ranges.map((range) => ({ ...range, scope: `${range.scope}.${known.suffix}` }));
}

/** A theme's colour and font style for a scope. */
export interface ScopeStyle {
  color: string | undefined;
  italic: boolean;
  bold: boolean;
}

/** Whether a theme rule's selector (`keyword.control`) selects `scope` (`keyword.control.import`). */
const selects = (selector: string, scope: string): boolean => scope === selector || scope.startsWith(`${selector}.`);

/**
 * The style a theme gives a scope, as TextMate resolves it for a token with that one scope: the
 * rule with the longest matching selector wins, the later one on a tie; rules whose selectors
 * name parent scopes (`source.json string`) do not apply to a token without parents.
 */
export function scopeStyle(theme: Pick<ExpressiveCodeTheme, 'settings'>, scope: string): ScopeStyle {
  let color: { value: string; length: number } | undefined;
  let fontStyle: { value: string; length: number } | undefined;
  for (const rule of theme.settings) {
    const length = Math.max(
      -1,
      ...(rule.scope ?? []).filter((selector) => selects(selector.trim(), scope)).map((selector) => selector.length),
    );
    if (length < 0) continue;
    const { foreground, fontStyle: style } = rule.settings;
    if (foreground && length >= (color?.length ?? 0)) color = { value: foreground, length };
    if (style !== undefined && length >= (fontStyle?.length ?? 0)) fontStyle = { value: style, length };
  }
  const styles = fontStyle?.value.split(/\s+/) ?? [];
  return { color: color?.value, italic: styles.includes('italic'), bold: styles.includes('bold') };
}

/** The build's warning for a code block in a language the guide does not colour (it stays plain). */
export function uncolouredWarning(
  language: string,
  document: string | undefined,
  locale: Locale = messageLocale(),
): string {
  return buildMessage(locale, 'uncolouredCode', {
    language,
    document: document ?? 'MDX',
    languages: COLOURED_LANGUAGES.join(', '),
  });
}

/** The Expressive Code plugin colouring code blocks (with `shiki: false` in `ec.config.mjs`). */
export function codeColours(): ExpressiveCodePlugin {
  const styles = new WeakMap<object, Map<string, ScopeStyle>>();
  const styleFor = (theme: ExpressiveCodeTheme, scope: string): ScopeStyle => {
    let cache = styles.get(theme);
    if (!cache) styles.set(theme, (cache = new Map()));
    let style = cache.get(scope);
    if (!style) cache.set(scope, (style = scopeStyle(theme, scope)));
    return style;
  };
  return {
    name: 'code-colours',
    hooks: {
      performSyntaxAnalysis: ({ codeBlock, styleVariants, config: { logger } }) => {
        const language = codeBlock.language;
        if (uncoloured(language)) logger.warn(uncolouredWarning(language, codeBlock.parentDocument?.sourceFilePath));
        const lines = codeBlock.getLines();
        for (const range of scopedRanges(codeBlock.code, language)) {
          styleVariants.forEach(({ theme }, styleVariantIndex) => {
            const style = styleFor(theme, range.scope);
            if (!style.color && !style.italic && !style.bold) return;
            lines[range.line]?.addAnnotation(
              new InlineStyleAnnotation({
                styleVariantIndex,
                ...(style.color ? { color: style.color } : {}),
                italic: style.italic,
                bold: style.bold,
                inlineRange: { columnStart: range.start, columnEnd: range.end },
                renderPhase: 'earliest',
              }),
            );
          });
        }
      },
    },
  };
}
