import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { cspConfig, inlineScriptBodies, scriptHash, starlightInlineScriptHashes } from '../../src/site/csp.ts';

test('inline script bodies are read verbatim from a component source', () => {
  const source = '<div/>\n<script is:inline aria-hidden="true">\n\ta();\n</script>\n<script>b()</script>';
  expect(inlineScriptBodies(source)).toEqual(['\n\ta();\n']);
});

test('hashes are CSP sha256 sources', () => {
  expect(scriptHash('a')).toBe(`sha256-${createHash('sha256').update('a').digest('base64')}`);
});

test("Starlight's inline scripts (theme, search shortcut, sidebar state) are all hashed", () => {
  const hashes = starlightInlineScriptHashes();
  expect(hashes.length).toBeGreaterThanOrEqual(5);
  expect(new Set(hashes).size).toBe(hashes.length);
});

test('scripts stay strict: no unsafe-inline, no unsafe-eval', () => {
  expect(cspConfig.scriptDirective.resources).not.toContain("'unsafe-inline'");
  expect(cspConfig.scriptDirective.resources).not.toContain("'unsafe-eval'");
  expect(cspConfig.directives).toEqual(
    expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]),
  );
});
