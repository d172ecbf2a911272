/** zod's own wording of its issues (a wrong type, a missing key) in the maintainer's language. */
import { en as zodEnglish, it as zodItalian } from 'zod/locales';
import type { z } from 'zod';
import type { Locale } from '../model.ts';

const LOCALES = { it: zodItalian, en: zodEnglish } as const;

/** The error map to pass as `{ error }` to a `safeParse`, so that zod's messages come in `locale`. */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  return LOCALES[locale]().localeError;
}
