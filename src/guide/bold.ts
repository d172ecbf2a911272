/**
 * The one piece of markup catalogue descriptions may carry: `**bold**`. Everything else is
 * text, escaped, so a catalogue can never inject HTML into the guide.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** A run of description text, bold or not. */
export interface TextRun {
  text: string;
  bold: boolean;
}

/** Splits a text into its plain and `**bold**` runs (markers removed); an unpaired `**` stays as typed. */
export function boldRuns(text: string): TextRun[] {
  return (
    text
      .split(/(\*\*[^*\n]+?\*\*)/)
      // split() puts the captured **bold** runs at the odd indexes, plain text at the even ones.
      .map((part, index) => (index % 2 === 1 ? { text: part.slice(2, -2), bold: true } : { text: part, bold: false }))
      .filter((run) => run.text !== '')
  );
}

/**
 * Renders `**bold**` as `<strong>` and escapes the rest. An unpaired `**` stays as typed,
 * and bold never spans a line break.
 */
export function renderBold(text: string): string {
  return boldRuns(text)
    .map((run) => (run.bold ? `<strong>${escapeHtml(run.text)}</strong>` : escapeHtml(run.text)))
    .join('');
}

/** The text without its `**` markers, for places that take plain text (meta descriptions, captions). */
export function stripBold(text: string): string {
  return text.replace(/\*\*([^*\n]+?)\*\*/g, '$1');
}
