import { describe, expect, it } from 'vitest';
import { curlyQuotesInHtml } from './typography';

describe('curlyQuotesInHtml', () => {
  it('pairs straight quotes in text as “…”', () => {
    expect(curlyQuotesInHtml('<p>hộ đạt "Gia đình học tập" (78,1%)</p>')).toBe('<p>hộ đạt “Gia đình học tập” (78,1%)</p>');
    expect(curlyQuotesInHtml('<p>"Xuân Hiệp"</p><p>("a")</p>')).toBe('<p>“Xuân Hiệp”</p><p>(“a”)</p>');
  });
  it('reads the &quot; Astro writes in text as a straight quote', () => {
    expect(curlyQuotesInHtml('<p>ký tên &quot;Xuân Hiệp&quot; &amp; "B"</p>')).toBe('<p>ký tên “Xuân Hiệp” &amp; “B”</p>');
  });
  it('keeps a pair across inline tags', () => {
    expect(curlyQuotesInHtml('<p>theo "<a href="/x">Đề án</a>" năm 2021</p>')).toBe('<p>theo “<a href="/x">Đề án</a>” năm 2021</p>');
  });
  it('leaves attributes, comments, code and scripts alone', () => {
    const html = '<p title="a"><!-- "c" --><code>"q"</code><script>let s = "x";</script><pre>"p"</pre></p>';
    expect(curlyQuotesInHtml(html)).toBe(html);
  });
  it('starts each block afresh, so an odd quote in one does not flip the next', () => {
    expect(curlyQuotesInHtml('<li>12"</li><li>"b"</li>')).toBe('<li>12”</li><li>“b”</li>');
  });
});
