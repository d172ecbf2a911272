import { describe, expect, it } from 'vitest';
import { codeBlockLocale, escapeCustomProperties, makeValid, type HastNode } from '../../src/site/code-blocks.ts';

describe('escapeCustomProperties', () => {
  it('escapes custom property names that start with a digit, and only those', () => {
    expect(escapeCustomProperties('--0:#82AAFF;--1:#3B61B0;--0fs:italic')).toBe(
      '--\\30 :#82AAFF;--\\31 :#3B61B0;--\\30 fs:italic',
    );
    expect(escapeCustomProperties('--ecMaxLine:90ch;color:red')).toBe('--ecMaxLine:90ch;color:red');
  });
});

describe('makeValid', () => {
  it('turns divs below code and button into spans, escapes colours and keeps line breaks of the copied code', () => {
    const block: HastNode = {
      type: 'element',
      tagName: 'figure',
      children: [
        {
          type: 'element',
          tagName: 'pre',
          children: [
            {
              type: 'element',
              tagName: 'code',
              children: [
                {
                  type: 'element',
                  tagName: 'div',
                  properties: { className: ['ec-line'] },
                  children: [{ type: 'element', tagName: 'span', properties: { style: '--0:#fff' } }],
                },
              ],
            },
          ],
        },
        {
          type: 'element',
          tagName: 'div',
          properties: { className: ['copy'] },
          children: [
            {
              type: 'element',
              tagName: 'button',
              properties: { dataCode: 'a\u007fb' },
              children: [{ type: 'element', tagName: 'div' }],
            },
          ],
        },
      ],
    };
    makeValid(block);
    const [pre, copy] = block.children ?? [];
    const line = pre?.children?.[0]?.children?.[0];
    expect(line?.tagName).toBe('span');
    expect(line?.children?.[0]?.properties).toEqual({ style: '--\\30 :#fff' });
    expect(copy?.tagName).toBe('div');
    expect(copy?.children?.[0]?.properties).toEqual({ dataCode: 'a\nb' });
    expect(copy?.children?.[0]?.children?.[0]?.tagName).toBe('span');
  });
});

describe('codeBlockLocale', () => {
  it('reads the language from the page address or the content file', () => {
    expect(codeBlockLocale({ file: { path: '', url: new URL('https://x/en/proactive-support/integration/') } })).toBe(
      'en',
    );
    expect(codeBlockLocale({ file: { path: '', url: new URL('https://x/proactive-support/integration/') } })).toBe(
      'it',
    );
    expect(codeBlockLocale({ file: { path: 'content/docs/en/proactive-support/integration.mdx' } })).toBe('en');
    expect(codeBlockLocale({ file: { path: 'content/docs/proactive-support/integration.mdx' } })).toBe('it');
  });
});
