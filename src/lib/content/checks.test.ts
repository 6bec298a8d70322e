import { describe, expect, it } from 'vitest';
import { blankCode, checkBody, makePageExists, splitFrontmatter } from './checks';

const pageExists = makePageExists({ '/tin-tuc/': ['tin-mau'], '/su-kien/': [] }, ['/', '/gioi-thieu/']);
const ctx = { pageExists, imageExists: (src: string) => src === './anh.jpg' };
const front = '---\ntitle: Tin\n---\n';

function check(body: string) {
  return checkBody(front + body, ctx);
}

describe('checkBody', () => {
  it('passes a clean body with links, images and code examples', () => {
    const body = [
      'Đọc [tin mẫu](/tin-tuc/tin-mau/) và [giới thiệu](/gioi-thieu/#nguon).',
      '![Lễ khai mạc tuần lễ](./anh.jpg)',
      '[trang ngoài](https://example.org/a)',
      '```html',
      '<script>alert(1)</script>',
      '```',
      'Ví dụ `<iframe src="https://x.test">` trong dòng.',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });
  it('names the line of a <script> tag, counting the front matter', () => {
    expect(check('Dòng một\n\n<script>alert(1)</script>')).toEqual([
      { line: 6, message: expect.stringContaining('<script>') },
    ]);
  });
  it('refuses inline event handlers', () => {
    expect(check('<button onClick="x()">Bấm</button>')[0]?.message).toContain('onClick');
    expect(check('<img src="./anh.jpg" alt="Ảnh lễ" onerror="x()">')[0]?.message).toContain('onerror');
  });
  it('refuses javascript: URLs in Markdown links and HTML attributes', () => {
    expect(check('[bấm](javascript:alert(1))')[0]?.message).toContain('"javascript:alert(1)" chạy mã');
    expect(check('<a href="javascript:void(0)">x</a>')[0]?.message).toContain('chạy mã');
    expect(check('<a href={"javascript:x"}>x</a>')[0]?.message).toContain('chạy mã');
  });
  it('allows frames only from the site itself', () => {
    expect(check('<iframe src="https://www.youtube.com/embed/x" title="v"></iframe>')[0]?.message).toContain('<iframe>');
    expect(check('<iframe src="/tin-tuc/tin-mau/" title="Tin"></iframe>')).toEqual([]);
  });
  it('requires alt text on Markdown and HTML images', () => {
    expect(check('![](./anh.jpg)')[0]?.message).toContain('thiếu mô tả');
    expect(check('<img src="./anh.jpg">')[0]?.message).toContain('thiếu mô tả (alt)');
    expect(check('<img src="./anh.jpg" alt="  ">')[0]?.message).toContain('thiếu mô tả (alt)');
  });
  it('reports an image missing from disk', () => {
    expect(check('![Ảnh lễ khai mạc](./khong-co.jpg)')[0]?.message).toContain('không tìm thấy tệp ảnh "./khong-co.jpg"');
  });
  it('reports links to pages that do not exist', () => {
    expect(check('[x](/tin-tuc/khong-co/)')[0]?.message).toContain('"/tin-tuc/khong-co/"');
    expect(check('<a href="/khong-co-muc/">x</a>')[0]?.message).toContain('không có trong cổng');
    expect(check('[x]: /su-kien/tuan-le/')[0]?.message).toContain('/su-kien/tuan-le/');
  });
});

describe('makePageExists', () => {
  it('knows sections, items, other pages, list pages and files', () => {
    expect(pageExists('/')).toBe(true);
    expect(pageExists('/tin-tuc/')).toBe(true);
    expect(pageExists('/tin-tuc/tin-mau/')).toBe(true);
    expect(pageExists('/tin-tuc/trang/2/')).toBe(true);
    expect(pageExists('/tin-tuc/rss.xml')).toBe(true);
    expect(pageExists('/tin-tuc/nhom/con/')).toBe(true);
    expect(pageExists('/tin-tuc/tin-mau')).toBe(false);
    expect(pageExists('/tin-tuc/khac/')).toBe(false);
    expect(pageExists('/khac/')).toBe(false);
  });
});

describe('helpers', () => {
  it('blankCode keeps positions', () => {
    const text = 'a `<b>` c\n```\nx\n```\nd';
    const blank = blankCode(text);
    expect(blank).toHaveLength(text.length);
    expect(blank).not.toContain('<b>');
    expect(blank.endsWith('d')).toBe(true);
  });
  it('splitFrontmatter reports where the body starts', () => {
    expect(splitFrontmatter('---\na: 1\n---\nbody')).toEqual({ body: 'body', firstLine: 4 });
    expect(splitFrontmatter('body')).toEqual({ body: 'body', firstLine: 1 });
  });
});
