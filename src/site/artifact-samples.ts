/**
 * The integration page's code samples, written into its MDX as code blocks when the page is
 * compiled: `<ArtifactCode sample="payload" locale="en" />` becomes the sample that
 * `src/artifacts/examples.ts` generates from the current catalogue, and Expressive Code renders it
 * with the page's other code blocks. Rendered at page time by Starlight's `<Code>` instead, the
 * samples started a second Expressive Code engine in every build (its themes, styles and plugins
 * made again), which cost the 18-event build about 0.05 s of CPU time and 17 MiB of memory more
 * (two runs of 8 alternating builds), and linked Expressive Code's stylesheet and script twice.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { integrationSample, SAMPLE_KINDS, type SampleKind } from '../artifacts/examples.ts';
import { siteBase } from '../artifacts/inputs.ts';
import { catalogFolderPath, tarballPath } from '../artifacts/paths.ts';
import { buildMessage, BuildReportError } from '../build/messages.ts';
import { lineColumnAt, lineStarts } from '../catalog/json-text.ts';
import { messageLocale } from '../catalog/messages/command.ts';
import { LOCALES, type Locale } from '../catalog/model.ts';
import { displayPath } from '../catalog/source/display-path.ts';
import { catalogFilePath, loadCatalog } from '../catalog/source/read.ts';
import { buildReportPlugin } from './build-report.ts';

/** The element the guide's MDX names a sample with. */
const SAMPLE_ELEMENT = 'ArtifactCode';

/** An MDX element as the Markdown processor hands it over (the part read here). */
export interface SampleElement {
  name: string | null;
  attributes: readonly { type: string; name?: string; value?: unknown }[];
}

/** A Markdown code block, as the processor takes it in place of an element. */
export interface CodeBlock {
  type: 'code';
  lang: string;
  meta: string | null;
  value: string;
}

/** The document an element is in: its path, for messages, and its text, to locate the element. */
export interface SampleDocument {
  path: string;
  source: string;
}

/** The string value of an element's attribute, `undefined` when it is absent or not a plain string. */
function attribute(element: SampleElement, name: string): string | undefined {
  const found = element.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/**
 * Line and column of the first `<ArtifactCode` naming `sample`, or naming none when it is missing
 * (the processor is not asked for positions: it parses every document faster without them).
 */
function locate({ source }: SampleDocument, sample: string | undefined): { line: number; column: number } {
  const tags = [...source.matchAll(new RegExp(`<${SAMPLE_ELEMENT}\\b[^>]*`, 'g'))];
  const names = (tag: string) => (sample === undefined ? !/\bsample\s*=\s*"/.test(tag) : tag.includes(`"${sample}"`));
  const tag = tags.find((match) => names(match[0])) ?? tags[0];
  return lineColumnAt(lineStarts(source), tag?.index ?? 0);
}

/**
 * The code block of a sample element, from the catalogue and the site's public address; a sample
 * or language that does not exist stops the build with the element's file, line and column, in
 * `messagesIn` (the maintainer's language).
 */
export function sampleBlock(
  element: SampleElement,
  document: SampleDocument,
  site: URL | string | undefined,
  messagesIn: Locale = messageLocale(),
): CodeBlock {
  const sample = attribute(element, 'sample');
  const locale = attribute(element, 'locale');
  if (!SAMPLE_KINDS.includes(sample as SampleKind) || !LOCALES.includes(locale as Locale)) {
    const at = locate(document, sample);
    const problem = new BuildReportError(
      buildMessage(messagesIn, 'unknownSample', {
        file: document.path,
        ...at,
        sample: sample ?? '',
        locale: locale ?? '',
        samples: SAMPLE_KINDS.join(', '),
        locales: LOCALES.join(', '),
      }),
    );
    // Astro's MDX plugin prints a "Location" of its own after the message, from these (else line 0, column 0).
    throw Object.assign(problem, at);
  }
  const catalog = loadCatalog(catalogFilePath());
  const base = siteBase(site);
  const { code, lang, title } = integrationSample(sample as SampleKind, catalog, locale as Locale, {
    catalogJson: new URL(catalogFolderPath('catalog.json'), base).href,
    tarball: new URL(tarballPath(catalog.version), base).href,
  });
  return { type: 'code', lang, meta: title === undefined ? null : `title=${JSON.stringify(title)}`, value: code };
}

/** What the visitor is told about the document (Sätteri's visitor context, the part read here). */
interface VisitorContext {
  readonly fileURL: URL | undefined;
  readonly source: string;
}

/**
 * The Markdown processor's plugin replacing every sample element by its code block. In the dev
 * server a catalogue edit restarts the server (the catalogue is a watched file of the
 * configuration), so the samples are compiled again from the edited catalogue.
 */
export function artifactSamplesPlugin(site: URL | string | undefined): {
  name: string;
  mdxJsxFlowElement: (element: SampleElement, context: VisitorContext) => CodeBlock | undefined;
} {
  return {
    name: 'imagicle-care-artifact-samples',
    mdxJsxFlowElement(element, { fileURL, source }) {
      if (element.name !== SAMPLE_ELEMENT) return undefined;
      return sampleBlock(element, { path: fileURL ? displayPath(fileURLToPath(fileURL)) : 'MDX', source }, site);
    },
  };
}

/** The Markdown processor's options that take plugins (Astro's default processor, Sätteri). */
interface MarkdownProcessor {
  name?: string;
  options?: { mdastPlugins?: unknown[] };
}

/** Astro integration rendering the samples into the MDX that names them. */
export function artifactSamplesIntegration(): AstroIntegration {
  return {
    name: 'imagicle-care-artifact-samples',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const processor = (config.markdown as { processor?: MarkdownProcessor }).processor;
        const plugins = processor?.name === 'satteri' ? processor.options?.mdastPlugins : undefined;
        if (!plugins) throw new BuildReportError(buildMessage(messageLocale(), 'samplesNeedSatteri', {}));
        plugins.push(artifactSamplesPlugin(config.site));
        // An unknown sample stops the build from inside the MDX plugin, which gives it a stack.
        updateConfig({ vite: { plugins: [buildReportPlugin()] } });
      },
    },
  };
}
