import { describe, expect, it } from 'vitest';
import { fold, fromIndexText, hasExactTones, isToned, phraseKey, rankResults, spaceBetweenCells, STROKE, toIndexQuery, toIndexText } from './text';

describe('index spelling of đ', () => {
  it('writes đ and Đ as d and D with the stroke mark, and reads them back', () => {
    const text = 'Đường đến Gia đình học tập';
    const indexed = toIndexText(text);
    expect(indexed).toBe(`D${STROKE}ường d${STROKE}ến Gia d${STROKE}ình học tập`);
    expect(indexed).not.toMatch(/[đĐ]/);
    expect(fromIndexText(indexed)).toBe(text);
  });

  it('folds to plain d the way Pagefind folds combining marks', () => {
    // Pagefind strips every \p{M} after NFD; the stroke is one, so "d̵ường" folds to "duong".
    const pagefindFold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect(pagefindFold(toIndexText('Đường'))).toBe('duong');
    expect(pagefindFold('Đường')).toBe('đuong');
  });

  it('tidies a typed query and spells it like the index', () => {
    expect(toIndexQuery('  gia   đình ')).toBe(`gia d${STROKE}ình`);
    // A query typed in decomposed form (some phone keyboards) is composed first.
    expect(toIndexQuery('Càng Long'.normalize('NFD'))).toBe('Càng Long');
  });
});

describe('fold and tones', () => {
  it('removes tones, diacritics and the stroke', () => {
    expect(fold('Tuần lễ học tập suốt đời')).toBe('tuan le hoc tap suot doi');
    expect(fold('ĐƯỜNG')).toBe('duong');
  });

  it('tells toned from untoned queries', () => {
    expect(isToned('duong')).toBe(false);
    expect(isToned('Cang Long')).toBe(false);
    expect(isToned('đường')).toBe(true);
    expect(isToned('dương')).toBe(true);
    expect(isToned('182/KH-UBND')).toBe(false);
  });

  it('finds the exact toned words only', () => {
    expect(hasExactTones('đường', 'Con đường học tập')).toBe(true);
    expect(hasExactTones('đường', 'Bình Dương')).toBe(false);
    expect(hasExactTones('dương', 'Con đường học tập')).toBe(false);
    expect(hasExactTones('duong', 'Con đường')).toBe(false);
  });
});

describe('rankResults', () => {
  const pages = [
    { url: '/a/', title: 'Tỉnh Bình Dương', content: 'Tỉnh Bình Dương' },
    { url: '/b/', title: 'Con đường học tập', content: 'Con đường học tập' },
    { url: '/c/', title: 'Làng', content: 'Đường làng' },
  ];
  const urls = (q: string, list = pages) => rankResults(q, list, (p) => p).map((p) => p.url);

  it('puts exactly toned matches first for a toned query, keeping the order within groups', () => {
    expect(urls('đường')).toEqual(['/b/', '/c/', '/a/']);
    expect(urls('dương')).toEqual(['/a/', '/b/', '/c/']);
  });

  it('does not guess tones for an untoned query', () => {
    expect(urls('duong')).toEqual(['/a/', '/b/', '/c/']);
  });

  it('puts a title holding the query as a phrase before pages that only match its words', () => {
    const guides = [
      { url: '/cong-dong/', title: 'Cộng đồng học tập', content: 'Cộng đồng học tập ở thôn; họ tộc' },
      { url: '/dong-ho/', title: 'Dòng họ học tập', content: 'Dòng họ học tập' },
      { url: '/tin/', title: 'Tin', content: 'Kết quả: 103 đơn vị đạt Dòng họ học tập' },
    ];
    expect(urls('dong ho hoc tap', guides)).toEqual(['/dong-ho/', '/tin/', '/cong-dong/']);
    expect(urls('ke hoach 182', [
      { url: '/x/', title: 'Tin về kế hoạch', content: 'kế hoạch năm 182' },
      { url: '/p/', title: 'Kế hoạch 182/KH-UBND năm 2024', content: '' },
    ])).toEqual(['/p/', '/x/']);
  });

  it('folds punctuation and tones into a phrase key', () => {
    expect(phraseKey('Kế hoạch 182/KH-UBND')).toBe('ke hoach 182 kh ubnd');
    expect(phraseKey('  Dòng họ — học tập ')).toBe('dong ho hoc tap');
  });
});

describe('spaceBetweenCells', () => {
  it('puts a space between a term and its definition, and between cells and items, so their words stay apart', () => {
    expect(spaceBetweenCells('<dl><div><dt>Cấp</dt><dd>Huyện</dd></div></dl>')).toBe('<dl><div><dt>Cấp</dt> <dd>Huyện</dd></div></dl>');
    expect(spaceBetweenCells('<tr><th>Năm</th><td>2024</td></tr><ul><li>a</li><li>b</li></ul>')).toBe('<tr><th>Năm</th> <td>2024</td></tr><ul><li>a</li> <li>b</li></ul>');
  });
  it('leaves inline markup and text alone', () => {
    const html = '<p>Càng <b>Long</b>, <a href="/x/">Trà Vinh</a></p><dd>x</dd> y';
    expect(spaceBetweenCells(html)).toBe(html);
  });
});

