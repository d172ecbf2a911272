/**
 * Oxc's diagnostics (declarations that are not isolated, syntax errors) in the maintainer's
 * language. Oxc reports them in English, in TypeScript's words and with its codes (`TS9007:
 * Function must have…`); TypeScript publishes its own Italian translation of every diagnostic,
 * which is used here, so a diagnostic reads the same as in an editor set to Italian. Read only
 * when a diagnostic is reported; a line TypeScript has no translation for stays as Oxc wrote it.
 */
import { createRequire } from 'node:module';
import type { Locale } from '../catalog/model.ts';
import type { Diagnostic } from './syntax.ts';

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

/** Oxc's text of a diagnostic: TypeScript's code, when it gives one, and the words. */
const CODED = /^(?:TS(?<code>\d+): )?(?<words>.+)$/s;

/** A diagnostic's text in `locale`: TypeScript's translation of its code or words, the names it quotes kept. */
function localizedText(text: string, locale: Locale): string {
  const found = translations(locale);
  const { code, words } = (CODED.exec(text)?.groups ?? {}) as { code?: string; words?: string };
  if (!found || words === undefined) return text;
  const template = code ? found.byCode.get(code) : found.byKey.get(diagnosticKey(words));
  if (template === undefined) return text;
  // The names the English quotes, in order, are the template's {0}, {1}… (an apostrophe, as in "can't", quotes nothing).
  const names = [...words.matchAll(/(?<!\w)'([^']+)'(?!\w)/g)].map((quoted) => quoted[1]!);
  const needed = [...template.matchAll(/\{(\d+)\}/g)].map((placeholder) => Number(placeholder[1]));
  if (needed.some((index) => names[index] === undefined)) return text;
  const translated = template.replace(/\{(\d+)\}/g, (_, index: string) => names[Number(index)]!);
  return code ? `TS${code}: ${translated}` : translated;
}

/** Oxc's diagnostics in `locale` (English: as Oxc wrote them), one line each, at its place. */
export function localizedDiagnostics(diagnostics: readonly Diagnostic[], locale: Locale): string {
  return diagnostics
    .map(({ place, text }) => `${place}: ${locale === 'en' ? text : localizedText(text, locale)}`)
    .join('\n');
}
