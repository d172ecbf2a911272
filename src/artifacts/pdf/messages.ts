/** What the PDF renderer says when it cannot lay an edition out, in Italian and English. */
import { defineMessages, messageFunction } from '../../catalog/messages/define.ts';

const TEXTS = defineMessages({
  it: {
    noGlyph:
      'L’edizione PDF non può stampare il carattere «{char}» ({code}) di «{text}»: il suo carattere tipografico (Noto Sans, latino) non ha quel glifo; sostituiscilo nel testo.',
  },
  en: {
    noGlyph:
      'The PDF edition cannot print the character "{char}" ({code}) in "{text}": its typeface (Noto Sans, Latin) has no glyph for it; replace it in the text.',
  },
});

/** The renderer's message in a language, its `{placeholders}` filled. */
export const pdfMessage = messageFunction(TEXTS);
