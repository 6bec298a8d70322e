import { describe, expect, it } from 'vitest';
import { decodeEntities, readMeta } from './html-meta';

describe('reading our own meta tags', () => {
  it('reads property and name tags in the head, decoding entities', () => {
    const html =
      '<html><head><meta property="og:title" content="Kế hoạch &quot;67&quot; &amp; khác"><meta name="twitter:card" content="summary_large_image"></head><body><meta property="og:title" content="no"></body></html>';
    expect(readMeta(html)).toEqual({ 'og:title': 'Kế hoạch "67" & khác', 'twitter:card': 'summary_large_image' });
  });
  it('decodes numeric entities', () => {
    expect(decodeEntities('&#39;a&#x27;')).toBe("'a'");
  });
});
