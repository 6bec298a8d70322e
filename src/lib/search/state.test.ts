import { describe, expect, it } from 'vitest';
import { hasFilters, pagefindArgs, preloadTerm, readState, writeState } from './state';
import { STROKE } from './text';

describe('search state in the URL', () => {
  it('reads the query, the filters and the sort order', () => {
    const state = readState(new URLSearchParams('q=++gia%20%20dinh+&type=Tin+t%E1%BB%A9c&locality=C%C3%A0ng+Long&locality=Tr%C3%A0+Vinh&sort=desc'));
    expect(state).toEqual({
      query: 'gia dinh',
      filters: { type: ['Tin tức'], locality: ['Càng Long', 'Trà Vinh'], year: [], title: [] },
      sort: 'desc',
    });
    expect(hasFilters(state)).toBe(true);
  });

  it('falls back to relevance for an unknown sort and ignores empty values', () => {
    const state = readState(new URLSearchParams('q=&sort=random&year='));
    expect(state.sort).toBe('relevance');
    expect(state.query).toBe('');
    expect(hasFilters(state)).toBe(false);
  });

  it('writes back what it reads', () => {
    const params = new URLSearchParams('q=%C4%91%C6%B0%E1%BB%9Dng&title=Gia+%C4%91%C3%ACnh+h%E1%BB%8Dc+t%E1%BA%ADp&sort=asc');
    expect(writeState(readState(params)).toString()).toBe(params.toString());
  });
});

describe('pagefindArgs', () => {
  it('spells the query and filter values like the index and ORs values within a filter', () => {
    const args = pagefindArgs(readState(new URLSearchParams('q=đường&title=Gia đình học tập&year=2024&year=2023&sort=desc')));
    expect(args.term).toBe(`d${STROKE}ường`);
    expect(args.options.filters).toEqual({ year: { any: ['2024', '2023'] }, title: { any: [`Gia d${STROKE}ình học tập`] } });
    expect(args.options.sort).toEqual({ date: 'desc' });
  });

  it('searches by filters alone when there is no query, sorted by relevance without a sort key', () => {
    const args = pagefindArgs(readState(new URLSearchParams('type=Kế hoạch')));
    expect(args.term).toBeNull();
    expect(args.options).toEqual({ filters: { type: { any: ['Kế hoạch'] } } });
  });
});

describe('preloadTerm', () => {
  it('keeps the finished words, spelt as the index spells them, and drops the word being typed', () => {
    expect(preloadTerm('gia đình h')).toBe('gia d\u0335ình');
    expect(preloadTerm('gia dinh hoc ')).toBe('gia dinh hoc');
    expect(preloadTerm('gia dinh hoc')).toBe('gia dinh');
    expect(preloadTerm('  tap')).toBe('');
    expect(preloadTerm('')).toBe('');
  });
});
