/** What the PDF renderer says when it cannot lay an edition out, in Italian and English. */
import { defineMessages, messageFunction } from '../../catalog/messages/define.ts';

const TEXTS = defineMessages({
  it: {
    noGlyph:
      'L’edizione PDF non può stampare il carattere «{char}» ({code}) di «{text}»: il suo carattere tipografico (Noto Sans, latino) non ha quel glifo; sostituiscilo nel testo.',
    fontUnreadable:
      '{file}: l’edizione PDF non può leggere questo file di carattere tipografico ({reason}); reinstalla le dipendenze con `npm ci`.',
    fontUnexpected:
      '{file}: l’edizione PDF si aspetta qui il carattere {expected}, ma il file contiene {found}; controlla la versione di `@fontsource/noto-sans` in package.json.',
  },
  en: {
    noGlyph:
      'The PDF edition cannot print the character "{char}" ({code}) in "{text}": its typeface (Noto Sans, Latin) has no glyph for it; replace it in the text.',
    fontUnreadable:
      '{file}: the PDF edition cannot read this font file ({reason}); reinstall the dependencies with `npm ci`.',
    fontUnexpected:
      '{file}: the PDF edition expects the font {expected} here, but the file holds {found}; check the version of `@fontsource/noto-sans` in package.json.',
  },
});

/** The renderer's message in a language, its `{placeholders}` filled. */
export const pdfMessage = messageFunction(TEXTS);
