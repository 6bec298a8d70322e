import { describe, expect, it } from 'vitest';
import { blockSize, buildQuickIndex, decodePostings, keysFor, markWords, matchQuick, ownFileChars, quickItemIn, quickWords, type QuickItem } from './quick';

const item = (n: number, title: string, summary = ''): QuickItem => ({ url: `/tin-tuc/${n}/`, title, type: 'Tin tức', date: '01/01/2026', summary });

function search(items: QuickItem[], query: string): string[] {
  const { manifest, words } = buildQuickIndex(items);
  const keys = keysFor(query, manifest);
  if (!keys) return [];
  return matchQuick(query, new Map(keys.map((k) => [k, words.get(k)!]))).map((n) => items[n]!.url);
}

describe('quick index', () => {
  const items = [
    item(0, 'Xã Tân Hòa ra mắt mô hình học tập', 'Nhiều gia đình học tập được công nhận.'),
    item(1, 'Gia đình học tập ở Càng Long', 'Huyện Càng Long khen thưởng.'),
    item(2, 'Kế hoạch 182/KH-UBND năm 2024', 'Thừa Thiên Huế ban hành kế hoạch.'),
    item(3, 'Đường làng và con đường học tập', 'Dương Văn A kể chuyện.'),
  ];

  it('folds tones and đ, in the query and in the text', () => {
    expect(quickWords('Đường làng 182/KH-UBND')).toEqual(['duong', 'lang', '182', 'kh', 'ubnd']);
    expect(search(items, 'duong')).toEqual(['/tin-tuc/3/']);
    expect(search(items, 'ĐƯỜNG')).toEqual(['/tin-tuc/3/']);
    expect(search(items, 'cang long')).toEqual(['/tin-tuc/1/']);
    expect(search(items, '182/KH-UBND')).toEqual(['/tin-tuc/2/']);
  });

  it('needs every word, puts title matches first and keeps newest first among equals', () => {
    expect(search(items, 'gia dinh hoc tap')).toEqual(['/tin-tuc/1/', '/tin-tuc/0/']);
    expect(search(items, 'hoc tap')).toEqual(['/tin-tuc/0/', '/tin-tuc/1/', '/tin-tuc/3/']);
    expect(search(items, 'gia dinh qqzz')).toEqual([]);
  });

  it('says when a word has no file, so nothing is fetched for it', () => {
    const { manifest } = buildQuickIndex(items);
    expect(keysFor('qqzz hoc', manifest)).toBeNull();
    expect(keysFor('hoc tap hoach', manifest)).toEqual(['ho', 'ta']);
  });

  it('codes postings as deltas with the title flag and splits items into blocks', () => {
    const many = Array.from({ length: blockSize * 2 + 3 }, (_, n) => item(n, n % 2 ? 'học tập' : 'tin', 'học'));
    const { words, blocks, manifest } = buildQuickIndex(many);
    expect(blocks.map((b) => b.length)).toEqual([blockSize, blockSize, 3]);
    expect(manifest.items).toBe(many.length);
    const hoc = decodePostings(words.get('ho')!['hoc']!);
    expect(hoc.size).toBe(many.length);
    expect([hoc.get(0), hoc.get(1), hoc.get(52)]).toEqual([false, true, false]);
  });

  it('gives a word held by many items a file of its own, and finds it there', () => {
    // Enough items that the list of "hoc" passes ownFileChars; "hoach" shares the prefix file.
    const many = Array.from({ length: ownFileChars }, (_, n) => item(n, n % 3 ? 'học tập' : 'kế hoạch học tập', n === 7 ? 'hoạch định' : ''));
    const { words, manifest } = buildQuickIndex(many);
    expect(manifest.keys).toContain('-hoc');
    expect(Object.keys(words.get('-hoc')!)).toEqual(['hoc']);
    expect(words.get('ho')!['hoc']).toBeUndefined();
    expect(Object.keys(words.get('ho')!)).toEqual(['hoach']);
    const keys = keysFor('hoc hoach', manifest)!;
    expect(keys).toEqual(['-hoc', 'ho']);
    const found = matchQuick('hoc hoach', new Map(keys.map((k) => [k, words.get(k)!])));
    // Every third item has both words in its title; item 7 has "hoạch" in its summary only, so it comes last.
    expect(found.length).toBe(Math.ceil(ownFileChars / 3) + 1);
    expect([found[0], found.at(-1)]).toEqual([0, 7]);
  });

  it('marks the query words in a text, tones and đ folded', () => {
    expect(markWords('Con đường học tập.', 'duong hoc')).toEqual([
      { text: 'Con ', mark: false },
      { text: 'đường', mark: true },
      { text: ' ', mark: false },
      { text: 'học', mark: true },
      { text: ' tập.', mark: false },
    ]);
  });

  it('reads an item page as the build writes it', () => {
    const html = `<meta property="og:title" content="Kế hoạch &quot;Học tập&quot;"><main data-pagefind-body><span data-pagefind-meta="type">Kế hoạch</span>
<span data-pagefind-meta="summary">Tóm tắt &amp; nội dung</span><span data-pagefind-meta="date">02/03/2024</span></main>`;
    expect(quickItemIn(html, '/ke-hoach/a/')).toEqual({ url: '/ke-hoach/a/', title: 'Kế hoạch "Học tập"', type: 'Kế hoạch', date: '02/03/2024', summary: 'Tóm tắt & nội dung' });
    expect(quickItemIn('<main data-pagefind-body></main>', '/x/')).toBeUndefined();
  });
});
