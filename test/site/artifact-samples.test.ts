import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BuildReportError } from '../../src/build/messages.ts';
import { integrationSample, SAMPLE_KINDS } from '../../src/artifacts/examples.ts';
import { loadCatalog } from '../../src/catalog/source/read.ts';
import { artifactSamplesPlugin, sampleBlock, type SampleElement } from '../../src/site/artifact-samples.ts';

const element = (attributes: Record<string, unknown>, name: string | null = 'ArtifactCode'): SampleElement => ({
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
});

const SOURCE = `---
title: Integration
---

Some prose.

<ArtifactCode sample="payload" locale="en" />

<ArtifactCode sample="nope" locale="en" />
`;
const document = { path: '/guide/integration.mdx', source: SOURCE };
const catalog = loadCatalog();

describe('sampleBlock', () => {
  it('is the code block of the sample, from the catalogue and the site address', () => {
    for (const sample of SAMPLE_KINDS) {
      for (const locale of ['it', 'en'] as const) {
        const block = sampleBlock(element({ sample, locale }), document, 'https://example.com/care/');
        const expected = integrationSample(sample, catalog, locale, {
          catalogJson: 'https://example.com/care/catalog/v1/catalog.json',
          tarball: `https://example.com/care/package/imagicle-care-catalog-${catalog.version}.tgz`,
        });
        expect(block).toEqual({
          type: 'code',
          lang: expected.lang,
          meta: expected.title === undefined ? null : `title="${expected.title}"`,
          value: expected.code,
        });
      }
    }
    // The install sample names the tarball at the site's own address.
    expect(sampleBlock(element({ sample: 'install', locale: 'en' }), document, undefined).value).toContain(
      `https://care.imagicle.com/package/imagicle-care-catalog-${catalog.version}.tgz`,
    );
  });

  it('stops on a sample or language that does not exist, located, in the maintainer’s language', () => {
    const unknown = () => sampleBlock(element({ sample: 'nope', locale: 'en' }), document, undefined, 'it');
    expect(unknown).toThrow(BuildReportError);
    expect(unknown).toThrow(
      /^\/guide\/integration\.mdx:9:1: <ArtifactCode sample="nope" locale="en" \/> non esiste; i campioni sono install, payload,.*, le lingue it, en\.$/,
    );
    expect(() => sampleBlock(element({ sample: 'payload', locale: 'fr' }), document, undefined, 'en')).toThrow(
      /^\/guide\/integration\.mdx:7:1: <ArtifactCode sample="payload" locale="fr" \/> does not exist; the samples are /,
    );
    // The line and column ride on the error too, for the location Astro's MDX plugin prints after it.
    expect(unknown).toThrow(expect.objectContaining({ line: 9, column: 1 }));
    // A missing sample is located at the element that names none.
    const missing = { path: document.path, source: `${SOURCE}\n<ArtifactCode locale="en" />\n` };
    expect(() => sampleBlock(element({ locale: 'en' }), missing, undefined, 'en')).toThrow(
      /^\/guide\/integration\.mdx:11:1: <ArtifactCode sample="" locale="en" \/>/,
    );
    // An expression is not a sample name.
    expect(() =>
      sampleBlock(element({ sample: { type: 'expression' }, locale: 'en' }), document, undefined, 'en'),
    ).toThrow(BuildReportError);
  });
});

describe('artifactSamplesPlugin', () => {
  const markdownPlugin = artifactSamplesPlugin('https://care.imagicle.com/');
  const context = { fileURL: new URL('file:///guide/integration.mdx'), source: SOURCE };

  it('replaces a sample element by its code block and leaves every other element alone', () => {
    const block = markdownPlugin.mdxJsxFlowElement(element({ sample: 'payload', locale: 'en' }), context);
    expect(block?.type).toBe('code');
    expect(block?.value).toContain(`"event": "${catalog.events[0]!.id}"`);
    expect(markdownPlugin.mdxJsxFlowElement(element({ sample: 'payload' }, 'ArtifactTable'), context)).toBeUndefined();
    expect(markdownPlugin.mdxJsxFlowElement(element({}, null), context)).toBeUndefined();
  });

  it('names a page of the project by its path from the project, as the catalogue’s findings do', () => {
    const page = { fileURL: pathToFileURL(path.join(process.cwd(), 'content/docs/integration.mdx')), source: SOURCE };
    expect(() => markdownPlugin.mdxJsxFlowElement(element({ sample: 'nope', locale: 'en' }), page)).toThrow(
      /^content\/docs\/integration\.mdx:9:1: <ArtifactCode sample="nope"/,
    );
  });
});
