/**
 * Reads the `<meta property|name=… content=…>` tags of a page the site built.
 * Only for our own output (attributes in double quotes, as Astro writes
 * them), not for arbitrary HTML.
 */
const metaTag = /<meta\s+(?:property|name)="([^"]+)"\s+content="([^"]*)"\s*\/?>/g;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return entities[code.toLowerCase()] ?? whole;
  });
}

export function readMeta(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf('</head>') + 1 || undefined);
  const out: Record<string, string> = {};
  for (const m of head.matchAll(metaTag)) out[m[1]!] ??= decodeEntities(m[2]!);
  return out;
}
