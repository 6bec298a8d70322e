import { describe, expect, it } from 'vitest';
import { criteriaSetPath, setsByLevel, setsByTitle, titleFilter, titlesWithSets } from './pages';

const set = (id: string, title: string, level: string[]) => ({ id, data: { title: { id: title }, level } });
const sets = Object.freeze([set('a', 't1', ['xa']), set('b', 't3', ['xa', 'thon']), set('c', 't1', ['huyen'])]);
const titles = Object.freeze(['t1', 't2', 't3', 't4'].map((id) => ({ id })));

describe('the criteria lookup’s groups', () => {
  it('groups sets by title and by each of their levels, in list order', () => {
    expect(setsByTitle(sets).get('t1')?.map((s) => s.id)).toEqual(['a', 'c']);
    expect(setsByLevel(sets).get('xa')?.map((s) => s.id)).toEqual(['a', 'b']);
    expect(setsByLevel(sets).get('tinh')).toBeUndefined();
  });
  it('keeps only the titles that have sets, in the titles’ order, and builds that list once', () => {
    expect(titlesWithSets(titles, sets).map((t) => t.id)).toEqual(['t1', 't3']);
    expect(titlesWithSets(titles, sets)).toBe(titlesWithSets(titles, sets));
  });
});

describe('the title filter', () => {
  const many = Object.freeze(Array.from({ length: 30 }, (_, i) => ({ id: `t${i + 1}` })));
  it('names the first titles and counts the rest', () => {
    const f = titleFilter(many, undefined, 12);
    expect(f.shown.map((t) => t.id)).toEqual(many.slice(0, 12).map((t) => t.id));
    expect(f.hidden).toBe(18);
  });
  it('always names the title a page filters by', () => {
    const f = titleFilter(many, 't25', 12);
    expect(f.shown.map((t) => t.id)).toContain('t25');
    expect(f.shown).toHaveLength(13);
    expect(f.hidden).toBe(17);
    expect(titleFilter(many, 't3', 12).shown).toHaveLength(12);
  });
});

describe('a link to one set', () => {
  it('points to the page of its title’s lookup that shows it', () => {
    const many = Object.freeze(Array.from({ length: 25 }, (_, i) => set(`s${i + 1}`, 't1', ['xa'])));
    const path = (t: string) => `/danh-hieu/tieu-chi/${t}/`;
    expect(criteriaSetPath(many, many[0]!, path, 10)).toBe('/danh-hieu/tieu-chi/t1/#s1');
    expect(criteriaSetPath(many, many[10]!, path, 10)).toBe('/danh-hieu/tieu-chi/t1/trang/2/#s11');
    expect(criteriaSetPath(many, many[24]!, path, 10)).toBe('/danh-hieu/tieu-chi/t1/trang/3/#s25');
  });
});
