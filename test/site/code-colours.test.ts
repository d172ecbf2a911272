import { ExpressiveCodeEngine, ExpressiveCodeTheme } from '@astrojs/starlight/expressive-code';
import { describe, expect, it } from 'vitest';
import {
  codeColours,
  uncoloured,
  scopedRanges,
  scopeStyle,
  uncolouredWarning,
  type ScopedRange,
} from '../../src/site/code-colours.ts';

/** The text of each range, with its scope. */
const pieces = (code: string, ranges: ScopedRange[]) =>
  ranges.map((range) => [code.split('\n')[range.line]!.slice(range.start, range.end), range.scope]);

describe('scopedRanges', () => {
  it('gives TypeScript keywords, strings and comments their scopes, at their lines and columns', () => {
    const code = "import { x } from './a.js';\n// the answer\nconst y = 42;";
    const found = pieces(code, scopedRanges(code, 'ts'));
    expect(found).toContainEqual(['import', 'keyword.ts']);
    expect(found).toContainEqual(["'./a.js'", 'string.ts']);
    expect(found).toContainEqual(['// the answer', 'comment.ts']);
    expect(found).toContainEqual(['const', 'keyword.ts']);
    expect(found).toContainEqual(['42', 'constant.numeric.ts']);
    expect(scopedRanges(code, 'ts').find((range) => range.scope === 'comment.ts')).toMatchObject({
      line: 1,
      start: 0,
      end: 13,
    });
  });

  it('colours shell commands, options and comments, and JSON keys apart from JSON strings', () => {
    const shell = 'curl -sO https://x.invalid/a.json # or, from the npm registry';
    expect(pieces(shell, scopedRanges(shell, 'sh'))).toEqual(
      expect.arrayContaining([
        ['curl', 'entity.name.function.shell'],
        ['-sO', 'variable.parameter.shell'],
        ['# or, from the npm registry', 'comment.shell'],
      ]),
    );
    const json = '{"event": "disk-space-running-low", "count": 2}\n{"event": "x"}';
    const found = pieces(json, scopedRanges(json, 'jsonl'));
    expect(found).toContainEqual(['"event"', 'support.type.property-name.json']);
    expect(found).toContainEqual(['"disk-space-running-low"', 'string.json']);
    expect(found).toContainEqual(['2', 'constant.numeric.json']);
    expect(scopedRanges(json, 'jsonl').filter((range) => range.line === 1)).not.toHaveLength(0);
  });

  it('gives each character one range at most, the innermost token’s', () => {
    const shell = 'echo "home is $HOME"';
    const ranges = scopedRanges(shell, 'sh');
    expect(pieces(shell, ranges)).toEqual([
      ['echo', 'support.function.builtin.shell'],
      ['"home is ', 'string.shell'],
      ['$HOME', 'variable.other.constant.shell'],
      ['"', 'string.shell'],
    ]);
    const covered = ranges.flatMap((range) =>
      Array.from({ length: range.end - range.start }, (_, index) => range.start + index),
    );
    expect(new Set(covered).size).toBe(covered.length);
  });

  it('colours nothing in plain text or in a language it does not know', () => {
    expect(scopedRanges('key: value # comment', 'yaml')).toEqual([]);
    expect(scopedRanges('const x = 1', 'txt')).toEqual([]);
    expect(uncoloured('yaml')).toBe(true);
    expect(uncoloured('constructor')).toBe(true);
    expect(uncoloured('txt')).toBe(false);
    expect(uncoloured('sh')).toBe(false);
  });
});

describe('scopeStyle', () => {
  const theme = {
    settings: [
      { scope: ['keyword'], settings: { foreground: '#111111' } },
      { scope: ['keyword.operator'], settings: { foreground: '#222222', fontStyle: 'italic bold' } },
      { scope: ['keyword'], settings: { foreground: '#333333' } },
      { scope: ['source.json string'], settings: { foreground: '#444444' } },
      { scope: ['keyword.operatorial'], settings: { foreground: '#555555' } },
    ],
  } as unknown as Pick<ExpressiveCodeTheme, 'settings'>;

  it('applies the longest matching selector, the later rule on a tie, at dot boundaries only', () => {
    expect(scopeStyle(theme, 'keyword.control.ts')).toEqual({ color: '#333333', italic: false, bold: false });
    expect(scopeStyle(theme, 'keyword.operator.ts')).toEqual({ color: '#222222', italic: true, bold: true });
  });

  it('ignores selectors that need parent scopes, and gives no colour where no rule applies', () => {
    expect(scopeStyle(theme, 'string.json').color).toBeUndefined();
    expect(scopeStyle(theme, 'comment.ts')).toEqual({ color: undefined, italic: false, bold: false });
  });
});

describe('codeColours', () => {
  const themes = [
    new ExpressiveCodeTheme({
      name: 'test',
      type: 'dark',
      colors: { 'editor.background': '#000000', 'editor.foreground': '#ffffff' },
      settings: [
        { scope: 'keyword', settings: { foreground: '#ff66ff' } },
        { scope: 'comment', settings: { foreground: '#99bb99', fontStyle: 'italic' } },
      ],
    }),
  ];

  it('renders each token in its theme colour, and warns once about a language it cannot colour', async () => {
    const warnings: string[] = [];
    const engine = new ExpressiveCodeEngine({
      themes,
      plugins: [codeColours()],
      logger: { warn: (message: string) => warnings.push(message) },
    });
    const { renderedGroupAst } = await engine.render({ code: 'const x = 1; // one', language: 'ts' });
    const html = JSON.stringify(renderedGroupAst);
    expect(html).toMatch(/--0:#ff66ff[^"]*"\},"children":\[\{"type":"text","value":"const"/);
    expect(html).toMatch(/--0:#99bb99;--0fs:italic[^"]*"\},"children":\[\{"type":"text","value":"\/\/ one"/);
    expect(warnings).toEqual([]);
    await engine.render({ code: 'key: value', language: 'yaml' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('yaml');
  });
});

describe('uncolouredWarning', () => {
  it('names the file, the language and the coloured languages, in Italian and English', () => {
    const italian = uncolouredWarning('yaml', 'content/docs/guida.mdx', 'it');
    expect(italian).toBe(
      'content/docs/guida.mdx: il blocco di codice in «yaml» resta senza colori; i linguaggi colorati sono sh, bash, shell, shellscript, zsh, js, javascript, mjs, ts, typescript, json, jsonl (o txt per il testo semplice).',
    );
    expect(uncolouredWarning('yaml', undefined, 'en')).toBe(
      'MDX: the code block in "yaml" stays uncoloured; the coloured languages are sh, bash, shell, shellscript, zsh, js, javascript, mjs, ts, typescript, json, jsonl (or txt for plain text).',
    );
  });
});
