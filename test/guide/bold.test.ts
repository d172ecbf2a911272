import { describe, expect, test } from 'vitest';
import { escapeHtml, renderBold, stripBold } from '../../src/guide/bold.ts';

describe('renderBold', () => {
  test('renders **bold** as <strong>', () => {
    expect(renderBold('La saturazione del **Database** o del **Disco**.')).toBe(
      'La saturazione del <strong>Database</strong> o del <strong>Disco</strong>.',
    );
  });
  test('escapes everything else, inside bold too', () => {
    expect(renderBold('<script>x</script> & **<i>a</i>** "q"')).toBe(
      '&lt;script&gt;x&lt;/script&gt; &amp; <strong>&lt;i&gt;a&lt;/i&gt;</strong> &quot;q&quot;',
    );
  });
  test('leaves unpaired or empty markers as typed', () => {
    expect(renderBold('a ** b')).toBe('a ** b');
    expect(renderBold('a **** b')).toBe('a **** b');
    expect(renderBold('**a\nb**')).toBe('**a\nb**');
  });
});

test('stripBold keeps the words', () => {
  expect(stripBold('a **b** c')).toBe('a b c');
});

test('escapeHtml escapes quotes for attributes', () => {
  expect(escapeHtml(`'"`)).toBe('&#39;&quot;');
});
