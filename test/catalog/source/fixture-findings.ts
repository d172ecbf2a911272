/**
 * The one finding each invalid fixture must produce, exactly, in English and Italian: the rule,
 * the line and column where the maintainer acts, the message and the hint ([message, hint]).
 * `<rule>.yaml` is a rule's own fixture; `variants/` holds more mistakes reported under a rule.
 */
export interface FixtureFinding {
  fixture: string;
  rule: string;
  line: number;
  col: number;
  en: [message: string, hint: string];
  it: [message: string, hint: string];
}

export const FIXTURE_FINDINGS: FixtureFinding[] = [
  {
    fixture: 'formula-text',
    rule: 'formula-text',
    line: 22,
    col: 63,
    en: [
      'title.en of event "disk-space-nearly-full" (the 1st event) starts with "=", which a spreadsheet would run as a formula',
      'Reword the text so that it does not start with "=" (a word before it, for example).',
    ],
    it: [
      'evento "disk-space-nearly-full" (1º evento), campo title.en inizia con "=": un foglio di calcolo lo eseguirebbe come formula',
      'Riscrivi il testo perché non inizi con "=" (ad esempio con una parola prima).',
    ],
  },
  {
    fixture: 'bidi-character',
    rule: 'bidi-character',
    line: 27,
    col: 46,
    en: [
      'title.en of event "recording-channels-exhausted" (the 2nd event) contains a character that reverses the direction of the text (U+202E) at character 10',
      'Delete the character: it changes the order in which the text is shown, invisibly.',
    ],
    it: [
      'evento "recording-channels-exhausted" (2º evento), campo title.en contiene un carattere che inverte la direzione del testo (U+202E) in posizione 10',
      'Cancella il carattere: cambia l’ordine in cui il testo viene mostrato senza che si veda.',
    ],
  },
  {
    fixture: 'pdf-character',
    rule: 'pdf-character',
    line: 27,
    col: 46,
    en: [
      'title.en of event "recording-channels-exhausted" (the 2nd event) contains the character "→" (U+2192) at character 10, which the PDF edition cannot print: its typeface (Noto Sans, Latin) has no glyph for it',
      'Replace it with Latin letters (accented ones included) or common punctuation, or remove it.',
    ],
    it: [
      'evento "recording-channels-exhausted" (2º evento), campo title.en contiene il carattere "→" (U+2192) in posizione 10, che l’edizione PDF non può stampare: il suo carattere tipografico (Noto Sans, alfabeto latino) non lo disegna',
      'Sostituiscilo con lettere dell’alfabeto latino (anche accentate) o con la punteggiatura comune, oppure toglilo.',
    ],
  },
  {
    fixture: 'variants/pdf-character-emoji',
    rule: 'pdf-character',
    line: 27,
    col: 18,
    en: [
      'title.it of event "recording-channels-exhausted" (the 2nd event) contains the character "📞" (U+1F4DE) at character 8, which the PDF edition cannot print: its typeface (Noto Sans, Latin) has no glyph for it',
      'Replace it with Latin letters (accented ones included) or common punctuation, or remove it.',
    ],
    it: [
      'evento "recording-channels-exhausted" (2º evento), campo title.it contiene il carattere "📞" (U+1F4DE) in posizione 8, che l’edizione PDF non può stampare: il suo carattere tipografico (Noto Sans, alfabeto latino) non lo disegna',
      'Sostituiscilo con lettere dell’alfabeto latino (anche accentate) o con la punteggiatura comune, oppure toglilo.',
    ],
  },
  {
    fixture: 'comment-in-text',
    rule: 'comment-in-text',
    line: 29,
    col: 30,
    en: [
      'in the text of "en", everything after " #" is a comment and would be cut: only "Webex sync failure" would be published',
      'Put the text in double quotes: en: "Webex sync failure #2"',
    ],
    it: [
      'nel testo di "en" tutto ciò che segue " #" è un commento e verrebbe tagliato: si pubblicherebbe solo "Webex sync failure"',
      'Metti il testo tra virgolette doppie: en: "Webex sync failure #2"',
    ],
  },
  {
    fixture: 'control-character',
    rule: 'control-character',
    line: 27,
    col: 46,
    en: [
      'title.en of event "recording-channels-exhausted" (the 2nd event) contains an invisible control character (U+001B ESC) at character 9',
      'Delete the character and retype the text around it: it cannot be seen, but it would reach the published pages and files.',
    ],
    it: [
      'evento "recording-channels-exhausted" (2º evento), campo title.en contiene un carattere di controllo invisibile (U+001B ESC) in posizione 9',
      'Cancella il carattere e riscrivi il testo intorno: non si vede, ma finirebbe nelle pagine e nei file pubblicati.',
    ],
  },
  {
    fixture: 'date-format',
    rule: 'date-format',
    line: 3,
    col: 10,
    en: [
      'updated "2026-02-30" is not a real date in the form YYYY-MM-DD',
      'Write the date as YYYY-MM-DD, e.g. 2026-11-25.',
    ],
    it: [
      'updated "2026-02-30" non è una data reale nella forma AAAA-MM-GG',
      'Scrivi la data come AAAA-MM-GG, ad esempio 2026-11-25.',
    ],
  },
  {
    fixture: 'deprecation',
    rule: 'deprecation',
    line: 30,
    col: 19,
    en: [
      'event "recording-channels-exhausted" cannot replace itself',
      'Name the event that takes its place, or remove replacedBy.',
    ],
    it: [
      'l\'evento "recording-channels-exhausted" non può sostituire sé stesso',
      "Indica l'evento che ne prende il posto, oppure togli replacedBy.",
    ],
  },
  {
    fixture: 'duplicate-id',
    rule: 'duplicate-id',
    line: 23,
    col: 9,
    en: [
      'event id "disk-space-nearly-full" is already used at 19:9',
      'Ids must be unique among events: give this event a new id.',
    ],
    it: [
      'l\'id di evento "disk-space-nearly-full" è già usato in 19:9',
      'Gli id devono essere unici tra eventi: dai a questo elemento un nuovo id.',
    ],
  },
  {
    fixture: 'duplicate-key',
    rule: 'duplicate-key',
    line: 26,
    col: 5,
    en: [
      'key "priority" is already set at 25:5 in the same mapping',
      'A key may appear only once: remove one of the two, or merge their values.',
    ],
    it: [
      'la chiave "priority" è già presente in 25:5 nella stessa mappa',
      'Una chiave può comparire una sola volta: togline una delle due o unisci i loro valori.',
    ],
  },
  {
    fixture: 'duration-format',
    rule: 'duration-format',
    line: 10,
    col: 19,
    en: [
      'responseTime of priority "P2" (the 2nd priority) "P1M" is not an ISO 8601 duration of exact length',
      'Write PT1H for 1 hour, PT30M for 30 minutes, PT1H30M, P1D for a day (years, months and weeks are not allowed).',
    ],
    it: [
      'livello di priorità "P2" (2º livello di priorità), campo responseTime "P1M" non è una durata ISO 8601 di lunghezza esatta',
      'Scrivi PT1H per 1 ora, PT30M per 30 minuti, PT1H30M, P1D per un giorno (anni, mesi e settimane non sono ammessi).',
    ],
  },
  {
    fixture: 'empty-category',
    rule: 'empty-category',
    line: 18,
    col: 9,
    en: [
      'section "cloud-connection-error" has no events',
      'Add events with "category: cloud-connection-error", or remove the section.',
    ],
    it: [
      'la sezione "cloud-connection-error" non ha eventi',
      'Aggiungi eventi con "category: cloud-connection-error", oppure togli la sezione.',
    ],
  },
  {
    fixture: 'encoding',
    rule: 'encoding',
    line: 17,
    col: 32,
    en: [
      'the file is not UTF-8: byte 0xF9 is not a valid character',
      'Save the file with UTF-8 encoding (in the editor: "Save with encoding" › UTF-8) and fix the accented letters on this line.',
    ],
    it: [
      'il file non è in UTF-8: il byte 0xF9 non è un carattere valido',
      "Salva il file con codifica UTF-8 (nell'editor: «Salva con codifica» › UTF-8) e correggi le lettere accentate di questa riga.",
    ],
  },
  {
    fixture: 'id-format',
    rule: 'id-format',
    line: 19,
    col: 9,
    en: [
      'id of the 1st event "Disk_Space_Nearly_Full" is not a kebab-case id',
      'Use lowercase letters, digits and single hyphens, e.g. "disk-space-running-low".',
    ],
    it: [
      '1º evento, campo id "Disk_Space_Nearly_Full" non è un id in kebab-case',
      'Usa lettere minuscole, cifre e singoli trattini, ad esempio "disk-space-running-low".',
    ],
  },
  {
    fixture: 'indentation',
    rule: 'indentation',
    line: 25,
    col: 6,
    en: [
      '"priority" is indented more than "category" on line 24, which already has its value',
      'Start "priority" in column 5, exactly under "category".',
    ],
    it: [
      '"priority" è rientrato più di "category" alla riga 24, che ha già il suo valore',
      'Fai iniziare "priority" alla colonna 5, esattamente sotto "category".',
    ],
  },
  {
    fixture: 'invalid-type',
    rule: 'invalid-type',
    line: 13,
    col: 11,
    en: [
      'name of application "call-recording" (the 1st application) should be a string, not a list',
      'Write one text on the same line, e.g. name: "…"; put it in quotes if it contains a colon, brackets or a #.',
    ],
    it: [
      'applicazione "call-recording" (1ª applicazione), campo name dovrebbe essere un testo, non una lista',
      'Scrivi un solo testo sulla stessa riga, ad esempio name: "…"; usa le virgolette se contiene due punti, parentesi o #.',
    ],
  },
  {
    fixture: 'invalid-value',
    rule: 'invalid-value',
    line: 18,
    col: 20,
    en: [
      'eventsHeading of section "space-saturation" (the 1st section) "descrizione" is not allowed',
      'Use one of: events, description.',
    ],
    it: [
      'sezione "space-saturation" (1ª sezione), campo eventsHeading "descrizione" non è ammesso',
      'Usa uno di questi valori: events, description.',
    ],
  },
  {
    fixture: 'missing-field',
    rule: 'missing-field',
    line: 19,
    col: 5,
    en: [
      'required field "priority" is missing in event "disk-space-nearly-full" (the 1st event)',
      'Add "priority: …" here.',
    ],
    it: [
      'manca il campo obbligatorio "priority" in evento "disk-space-nearly-full" (1º evento)',
      'Aggiungi "priority: …" qui.',
    ],
  },
  {
    fixture: 'missing-space',
    rule: 'missing-space',
    line: 25,
    col: 13,
    en: ['"priority" needs a space after its colon', 'Write priority: P2'],
    it: ['manca uno spazio dopo i due punti di "priority"', 'Scrivi priority: P2'],
  },
  {
    fixture: 'missing-text',
    rule: 'missing-text',
    line: 27,
    col: 12,
    en: [
      'the English text (en) is missing in title of event "recording-channels-exhausted" (the 2nd event)',
      'Add "en: …" with the English text.',
    ],
    it: [
      'manca il testo in inglese (en) in evento "recording-channels-exhausted" (2º evento), campo title',
      'Aggiungi "en: …" con il testo in inglese.',
    ],
  },
  {
    fixture: 'nesting-depth',
    rule: 'nesting-depth',
    line: 27,
    col: 48,
    en: [
      'values are nested deeper here than a catalogue ever is (6 levels)',
      'Write a single value here, as in the other entries of the catalogue.',
    ],
    it: [
      'qui i valori sono annidati più di quanto un catalogo preveda (6 livelli)',
      'Scrivi qui un solo valore, come negli altri elementi del catalogo.',
    ],
  },
  {
    fixture: 'priority-order',
    rule: 'priority-order',
    line: 10,
    col: 19,
    en: [
      'P2 responds no later than P1 (30 min ≤ 60 min), but it is a less urgent level',
      'Give P2 a longer response time than P1, or swap their ids.',
    ],
    it: [
      'P2 risponde non oltre P1 (30 min ≤ 60 min), ma è un livello meno urgente',
      'Dai a P2 un tempo di risposta più lungo di P1, oppure scambia i loro id.',
    ],
  },
  {
    fixture: 'reference-cycle',
    rule: 'reference-cycle',
    line: 19,
    col: 13,
    en: [
      'section "section-a" contains itself: section-a → section-b → section-a',
      'Point parent at a section that is not inside this one, or remove it.',
    ],
    it: [
      'la sezione "section-a" contiene sé stessa: section-a → section-b → section-a',
      'Fai puntare parent a una sezione che non sia contenuta in questa, oppure toglilo.',
    ],
  },
  {
    fixture: 'tab-indentation',
    rule: 'tab-indentation',
    line: 25,
    col: 1,
    en: [
      'this line is indented with a tab',
      'Indent with spaces only: replace the tab with spaces, lining the line up with the lines it belongs with.',
    ],
    it: [
      'questa riga è rientrata con un tabulatore',
      'Rientra solo con spazi: sostituisci il tabulatore con spazi, allineando la riga a quelle a cui appartiene.',
    ],
  },
  {
    fixture: 'text-too-long',
    rule: 'text-too-long',
    line: 27,
    col: 46,
    en: [
      'title.en of event "recording-channels-exhausted" (the 2nd event) is 300 characters long; the limit is 200',
      "Shorten the text; details belong in the event's description.",
    ],
    it: [
      'evento "recording-channels-exhausted" (2º evento), campo title.en è lungo 300 caratteri; il massimo è 200',
      'Accorcia il testo; i dettagli vanno nella descrizione dell’evento.',
    ],
  },
  {
    fixture: 'unclosed-quote',
    rule: 'unclosed-quote',
    line: 28,
    col: 11,
    en: [
      'the " that opens the text of "it" is never closed',
      'Close the text on the same line: it: "Esaurimento dei canali"',
    ],
    it: [
      'la virgoletta " che apre il testo di "it" non viene mai chiusa',
      'Chiudi il testo sulla stessa riga: it: "Esaurimento dei canali"',
    ],
  },
  {
    fixture: 'unexpected-list',
    rule: 'unexpected-list',
    line: 29,
    col: 7,
    en: [
      'this line starts a list item ("- "), but "it" above already has its value',
      'Remove the "- ": a text is written on the line of its key, e.g. it: "…".',
    ],
    it: [
      'questa riga inizia una voce di lista ("- "), ma "it" sopra ha già il suo valore',
      'Togli "- ": un testo si scrive sulla riga della sua chiave, ad esempio it: "…".',
    ],
  },
  {
    fixture: 'unknown-key',
    rule: 'unknown-key',
    line: 22,
    col: 5,
    en: [
      'unknown key "titel" in event "disk-space-nearly-full" (the 1st event)',
      'did you mean "title"? Known keys here: id, category, priority, title, application, description, deprecated.',
    ],
    it: [
      'chiave sconosciuta "titel" in evento "disk-space-nearly-full" (1º evento)',
      'forse intendevi "title"? Chiavi ammesse qui: id, category, priority, title, application, description, deprecated.',
    ],
  },
  {
    fixture: 'unquoted-colon',
    rule: 'unquoted-colon',
    line: 29,
    col: 24,
    en: [
      'the text of "en" contains a colon followed by a space, so it is not read as one text',
      'Put the text in double quotes: en: "Webex Calling: registration failed"',
    ],
    it: [
      'il testo di "en" contiene due punti seguiti da uno spazio, quindi non viene letto come un solo testo',
      'Metti il testo tra virgolette doppie: en: "Webex Calling: registration failed"',
    ],
  },
  {
    fixture: 'unresolved-reference',
    rule: 'unresolved-reference',
    line: 24,
    col: 15,
    en: [
      'category of event "recording-channels-exhausted" (the 2nd event) refers to section "space-saturaton", which does not exist',
      'did you mean "space-saturation"?',
    ],
    it: [
      'evento "recording-channels-exhausted" (2º evento), campo category si riferisce a un id di sezione inesistente: "space-saturaton"',
      'forse intendevi "space-saturation"?',
    ],
  },
  {
    fixture: 'version-format',
    rule: 'version-format',
    line: 2,
    col: 10,
    en: ['version "v1.0" is not a semantic version', 'Write version: 1.0.0.'],
    it: ['version "v1.0" non è una versione semantica', 'Scrivi version: 1.0.0.'],
  },
  {
    fixture: 'yaml-syntax',
    rule: 'yaml-syntax',
    line: 27,
    col: 12,
    en: [
      'the { that opens the value of "title" is not closed',
      'Close it with } at the end of the line, and put texts that contain a comma, a colon or # in double quotes.',
    ],
    it: [
      'la parentesi { che apre il valore di "title" non viene chiusa',
      'Chiudila con } alla fine della riga, e metti tra virgolette doppie i testi che contengono virgole, due punti o #.',
    ],
  },
  {
    fixture: 'yaml-tag',
    rule: 'yaml-tag',
    line: 27,
    col: 18,
    en: ['"!foo" is not a catalogue value', 'Remove "!foo" and write the value alone.'],
    it: ['"!foo" non è un valore del catalogo', 'Togli "!foo" e scrivi solo il valore.'],
  },
  {
    fixture: 'variants/comment-in-text-flow',
    rule: 'comment-in-text',
    line: 27,
    col: 80,
    en: [
      'in the text of "en", everything after " #" is a comment and would be cut: only "Webex sync failure" would be published',
      'Put the text in double quotes: en: "Webex sync failure #2"',
    ],
    it: [
      'nel testo di "en" tutto ciò che segue " #" è un commento e verrebbe tagliato: si pubblicherebbe solo "Webex sync failure"',
      'Metti il testo tra virgolette doppie: en: "Webex sync failure #2"',
    ],
  },
  {
    fixture: 'variants/indentation-shallow',
    rule: 'indentation',
    line: 29,
    col: 6,
    en: [
      '"en" is indented less than "it" on line 28, so it belongs to no block',
      'Start "en" in column 7, exactly under "it".',
    ],
    it: [
      '"en" è rientrato meno di "it" alla riga 28 e non appartiene a nessun blocco',
      'Fai iniziare "en" alla colonna 7, esattamente sotto "it".',
    ],
  },
  {
    fixture: 'variants/line-break',
    rule: 'control-character',
    line: 29,
    col: 11,
    en: [
      'title.en of event "recording-channels-exhausted" (the 2nd event) contains a line break',
      'Titles, labels and names fit on one line: write the text on a single line.',
    ],
    it: [
      'evento "recording-channels-exhausted" (2º evento), campo title.en contiene un a capo',
      'I titoli, le etichette e i nomi stanno su una riga: scrivi il testo su una sola riga.',
    ],
  },
  {
    fixture: 'variants/list-under-text',
    rule: 'invalid-type',
    line: 29,
    col: 9,
    en: [
      'title.it of event "recording-channels-exhausted" (the 2nd event) should be a string, not a list',
      'Write one text on the same line, e.g. it: "…"; put it in quotes if it contains a colon, brackets or a #.',
    ],
    it: [
      'evento "recording-channels-exhausted" (2º evento), campo title.it dovrebbe essere un testo, non una lista',
      'Scrivi un solo testo sulla stessa riga, ad esempio it: "…"; usa le virgolette se contiene due punti, parentesi o #.',
    ],
  },
  {
    fixture: 'variants/unknown-priority',
    rule: 'unresolved-reference',
    line: 25,
    col: 15,
    en: [
      'priority of event "recording-channels-exhausted" (the 2nd event) refers to priority "P5", which does not exist',
      'Defined priorities: P1, P2.',
    ],
    it: [
      'evento "recording-channels-exhausted" (2º evento), campo priority si riferisce a un id di livello di priorità inesistente: "P5"',
      'Livelli definiti: P1, P2.',
    ],
  },
  {
    fixture: 'variants/unquoted-colon-flow',
    rule: 'unquoted-colon',
    line: 27,
    col: 75,
    en: [
      'the text of "en" contains a colon followed by a space, so it is not read as one text',
      'Put the text in double quotes: en: "Webex Calling: registration failed"',
    ],
    it: [
      'il testo di "en" contiene due punti seguiti da uno spazio, quindi non viene letto come un solo testo',
      'Metti il testo tra virgolette doppie: en: "Webex Calling: registration failed"',
    ],
  },
  {
    fixture: 'variants/version-number',
    rule: 'version-format',
    line: 2,
    col: 10,
    en: ['version 1.1 is not a semantic version', 'Write version: 1.1.0.'],
    it: ['version 1.1 non è una versione semantica', 'Scrivi version: 1.1.0.'],
  },
];
