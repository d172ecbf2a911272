/**
 * The one piece of markup catalogue descriptions may carry: `**bold**`. Everything else is
 * text, escaped, so a catalogue can never inject HTML into the guide.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * Renders `**bold**` as `<strong>` and escapes the rest. An unpaired `**` stays as typed,
 * and bold never spans a line break.
 */
export function renderBold(text: string): string {
  return (
    text
      .split(/(\*\*[^*\n]+?\*\*)/)
      // split() puts the captured **bold** runs at the odd indexes, plain text at the even ones.
      .map((part, index) => (index % 2 === 1 ? `<strong>${escapeHtml(part.slice(2, -2))}</strong>` : escapeHtml(part)))
      .join('')
  );
}

/** The text without its `**` markers, for places that take plain text (meta descriptions, captions). */
export function stripBold(text: string): string {
  return text.replace(/\*\*([^*\n]+?)\*\*/g, '$1');
}
