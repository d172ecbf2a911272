/**
 * The integration page, in both languages, on the built site: every artifact it links to is
 * served, with the right content, and the page is accessible with a clean console.
 */
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, recordPageErrors } from './support/checks.ts';

for (const { path, heading, table } of [
  {
    path: '/proactive-support/integration/',
    heading: 'Integrazione per i componenti di monitoraggio',
    table: /Gli artefatti del catalogo/,
  },
  {
    path: '/en/proactive-support/integration/',
    heading: 'Integration for monitoring components',
    table: /The artifacts of catalogue/,
  },
]) {
  test(`${path} links to every artifact, and each is served`, async ({ page, request }) => {
    const errors = recordPageErrors(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const artifacts = page.getByRole('table', { name: table });
    const links = artifacts.getByRole('link');
    await expect(links).toHaveCount(10);
    for (const href of await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')!))) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      // A JSON artifact must parse (json() throws otherwise).
      if (href.endsWith('.json')) expect(await response.json()).toBeTruthy();
    }
    // The install sample names the tarball of the current version, as the table does.
    const tarball = (await links.last().getAttribute('href'))!;
    await expect(
      page.getByText(new RegExp(`npm install https?://\\S+${tarball.replaceAll('.', '\\.')}`)),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    expect(errors).toEqual([]);
  });
}

test('the manifest lists every artifact the page links to', async ({ request }) => {
  const manifest = await (await request.get('/catalog/v1/manifest.json')).json();
  const catalog = await (await request.get('/catalog/v1/catalog.json')).json();
  expect(manifest.version).toBe(catalog.version);
  expect(manifest.artifacts.map((entry: { path: string }) => entry.path)).toContain(
    `package/imagicle-care-catalog-${catalog.version}.tgz`,
  );
});

test('the code samples are coloured by their language, shell comments and TypeScript keywords included', async ({
  page,
}) => {
  await page.goto('/en/proactive-support/integration/');
  /** The colour of the first token of a code block that reads exactly `text`, and of the block's plain text. */
  const colours = (text: string) =>
    page.locator('.expressive-code pre').evaluateAll((blocks, wanted) => {
      for (const block of blocks) {
        const tokens = [...block.querySelectorAll('.ec-line span')].filter((span) => span.children.length === 0);
        const token = tokens.find((span) => span.textContent?.trim() === wanted);
        if (token) return { token: getComputedStyle(token).color, plain: getComputedStyle(block).color };
      }
      return undefined;
    }, text);
  // A shell comment and TypeScript keywords: each its own colour, not the block's text colour.
  for (const text of ['# or, from the npm registry', 'import', 'const']) {
    const found = await colours(text);
    expect(found, text).toBeDefined();
    expect(found!.token, text).not.toBe(found!.plain);
  }
});
