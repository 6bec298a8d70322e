import { describe, expect, it } from 'vitest';
import { fold, fromIndexText, hasExactTones, isToned, rankExactTonesFirst, STROKE, toIndexQuery, toIndexText } from './search-text';

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

describe('rankExactTonesFirst', () => {
  const pages = [
    { url: '/a/', text: 'Tỉnh Bình Dương' },
    { url: '/b/', text: 'Con đường học tập' },
    { url: '/c/', text: 'Đường làng' },
  ];
  it('moves exactly toned matches to the front, keeping the order within groups', () => {
    expect(rankExactTonesFirst('đường', pages, (p) => p.text).map((p) => p.url)).toEqual(['/b/', '/c/', '/a/']);
    expect(rankExactTonesFirst('dương', pages, (p) => p.text).map((p) => p.url)).toEqual(['/a/', '/b/', '/c/']);
  });
  it('leaves an untoned query in the index order', () => {
    expect(rankExactTonesFirst('duong', pages, (p) => p.text).map((p) => p.url)).toEqual(['/a/', '/b/', '/c/']);
  });
});
