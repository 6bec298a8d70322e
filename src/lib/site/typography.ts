/**
 * One style of quotation marks on every page: Vietnamese public writing uses
 * curly double quotes (“…”). Sources and content files mix in straight ones;
 * the pages' HTML is set right here rather than in every file and component.
 */

const QUOTE = /"|&quot;|&#34;|&#x22;/;

/** Tags whose text is code or not text at all: left exactly as written. */
const RAW = new Set(['script', 'style', 'code', 'pre', 'textarea', 'kbd', 'samp']);

/**
 * Turns straight double quotes in an HTML document's text into “ and ”.
 * A quote opens at the start of the text or after a space or an opening
 * bracket, and closes otherwise, so “X” stays paired across inline tags
 * (`"<a>X</a>"`). Attributes, comments and code are not touched.
 */
export function curlyQuotesInHtml(html: string): string {
  let previous = ' ';
  let raw: string | undefined;
  return html.replace(/(<!--[\s\S]*?-->|<[^>]*>)|([^<]+)/g, (match, tag: string | undefined, text: string | undefined) => {
    if (tag) {
      const m = /^<(\/?)([a-zA-Z][\w-]*)/.exec(tag);
      if (m) {
        const name = m[2]!.toLowerCase();
        if (!m[1] && RAW.has(name) && !raw && !tag.endsWith('/>')) raw = name;
        else if (m[1] && name === raw) raw = undefined;
        // A block boundary starts a new run of text.
        if (/^(p|li|td|th|dt|dd|h[1-6]|div|section|article|header|footer|main|nav|figcaption|caption|blockquote|option|summary|legend|label|title|br)$/.test(name)) previous = ' ';
      }
      return match;
    }
    if (raw || !QUOTE.test(text!)) {
      if (text!.trim()) previous = text!.at(-1)!;
      return match;
    }
    // Astro writes a quote in text as &quot;; either spelling is one straight quote.
    return text!.replace(/&quot;|&#34;|&#x22;|"|&[a-zA-Z#0-9]+;|[^"&]/g, (piece) => {
      if (piece.length === 1 && piece !== '"') {
        previous = piece;
        return piece;
      }
      if (piece.startsWith('&') && !/^(&quot;|&#34;|&#x22;)$/.test(piece)) {
        previous = 'x';
        return piece;
      }
      const mark = /[\s([{\u2013\u2014\u201c'’-]/.test(previous) ? '“' : '”';
      previous = mark;
      return mark;
    });
  });
}
