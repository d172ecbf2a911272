/**
 * Oxc's diagnostics (declarations that are not isolated, syntax errors) in the maintainer's
 * language. Oxc reports them in English, in TypeScript's words and with its codes (`TS9007:
 * Function must have…`); TypeScript publishes its own Italian translation of every diagnostic,
 * which is used here, so a diagnostic reads the same as in an editor set to Italian. Read only
 * when a diagnostic is reported; a line TypeScript has no translation for stays as Oxc wrote it.
 */
import { createRequire } from 'node:module';
import type { Locale } from '../catalog/model.ts';

/** A translation of TypeScript's: its text, with `{0}`, `{1}`… where the English names something. */
interface Translations {
  /** By code (`9007`). */
  byCode: Map<string, string>;
  /** By TypeScript's key of the English text (`Unexpected_token`), for the texts that name nothing. */
  byKey: Map<string, string>;
}

const require = createRequire(import.meta.url);

/** TypeScript's translations, per language other than English; `null` when TypeScript has none here. */
const loaded = new Map<Locale, Translations | null>();

function translations(locale: Locale): Translations | null {
  if (!loaded.has(locale)) {
    let messages: Record<string, string> | undefined;
    try {
      messages = require(`typescript/lib/${locale}/diagnosticMessages.generated.json`) as Record<string, string>;
    } catch {
      // TypeScript is a development dependency: without it, the diagnostics stay in Oxc's English.
    }
    loaded.set(
      locale,
      messages
        ? Object.entries(messages).reduce<Translations>(
            (found, [key, text]) => {
              const cut = key.lastIndexOf('_');
              found.byCode.set(key.slice(cut + 1), text);
              if (!/\{\d+\}/.test(text)) found.byKey.set(key.slice(0, cut), text);
              return found;
            },
            { byCode: new Map(), byKey: new Map() },
          )
        : null,
    );
  }
  return loaded.get(locale)!;
}

/** TypeScript's key of an English diagnostic text (as its `processDiagnosticMessages` script makes it). */
export function diagnosticKey(text: string): string {
  const symbols: Record<string, string> = { '*': '_Asterisk', '/': '_Slash', ':': '_Colon' };
  return [...text]
    .map((char) => symbols[char] ?? (/\w/.test(char) ? char : '_'))
    .join('')
    .replace(/_+/g, '_')
    .replace(/^_([^\d])/, '$1')
    .replace(/_$/, '');
}

/** `place: TS9007: text`, `place: text`, or the text alone. */
const DIAGNOSTIC = /^(?<place>(?:[^\s:]+:\d+:\d+|[^\s:]+): )?(?:TS(?<code>\d+): )?(?<text>.+)$/;

/** One diagnostic line in `locale`: TypeScript's translation of its code or text, the names it quotes kept. */
function localizedLine(line: string, locale: Locale): string {
  const found = translations(locale);
  const match = DIAGNOSTIC.exec(line);
  if (!found || !match?.groups) return line;
  const { place = '', code, text } = match.groups as { place?: string; code?: string; text: string };
  const template = code ? found.byCode.get(code) : found.byKey.get(diagnosticKey(text));
  if (template === undefined) return line;
  // The names the English quotes, in order, are the template's {0}, {1}… (an apostrophe, as in "can't", quotes nothing).
  const names = [...text.matchAll(/(?<!\w)'([^']+)'(?!\w)/g)].map((quoted) => quoted[1]!);
  const needed = [...template.matchAll(/\{(\d+)\}/g)].map((placeholder) => Number(placeholder[1]));
  if (needed.some((index) => names[index] === undefined)) return line;
  const translated = template.replace(/\{(\d+)\}/g, (_, index: string) => names[Number(index)]!);
  return `${place}${code ? `TS${code}: ` : ''}${translated}`;
}

/** Oxc's diagnostics, one per line, in `locale` (English: as Oxc wrote them). */
export function localizedDiagnostics(diagnostics: string, locale: Locale): string {
  if (locale === 'en') return diagnostics;
  return diagnostics
    .split('\n')
    .map((line) => localizedLine(line, locale))
    .join('\n');
}
