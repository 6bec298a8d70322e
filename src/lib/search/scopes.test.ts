import { describe, expect, it } from 'vitest';
import { describeScopes, scopeLanguage, sortDateIn, splitScopes } from './scopes';

const page = (name: string, date?: string) => (date === undefined ? { name } : { name, date });

describe('splitScopes', () => {
  it('keeps a small site in one scope, in its own order', () => {
    const pages = [page('a', '2020-01-01'), page('b'), page('c', '2026-01-01')];
    expect(splitScopes(pages, 2)).toEqual([pages]);
  });

  it('puts the newest pages first and every undated page in the older scope', () => {
    const pages = [page('old', '2020-01-01'), page('none'), page('new', '2026-05-01'), page('mid', '2023-03-03'), page('newer', '2026-06-01')];
    const [recent, older] = splitScopes(pages, 2);
    expect(recent!.map((p) => p.name)).toEqual(['newer', 'new']);
    expect(older!.map((p) => p.name)).toEqual(['mid', 'old', 'none']);
  });

  it('never splits one date between scopes, so results read scope after scope stay in date order', () => {
    const pages = [page('a', '2026-01-01'), page('b', '2025-01-01'), page('c', '2025-01-01'), page('d', '2025-01-01'), page('e', '2020-01-01'), page('f', '2019-01-01')];
    const [recent, older] = splitScopes(pages, 2);
    expect(recent!.map((p) => p.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(older!.map((p) => p.name)).toEqual(['e', 'f']);
    const newestOlder = older!.map((p) => p.date!).sort().at(-1)!;
    expect(recent!.every((p) => p.date! > newestOlder)).toBe(true);
  });

  it('splits the older pages into scopes of about `older` pages, newest first, a small remainder joining the last', () => {
    const day = (i: number) => `20${String(10 + Math.floor(i / 300)).padStart(2, '0')}-${String(1 + Math.floor((i % 300) / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const pages = Array.from({ length: 47 }, (_, i) => page(`p${i}`, day(i)));
    const scopes = splitScopes([...pages, page('undated')], 5, 10);
    expect(scopes.map((s) => s.length)).toEqual([5, 10, 10, 10, 13]);
    // Every scope is older than the one before it, and the undated page comes last.
    for (let i = 1; i < scopes.length; i++) {
      const newest = scopes[i]!.flatMap((p) => ('date' in p ? [p.date] : [])).sort().at(-1)!;
      expect(scopes[i - 1]!.every((p) => 'date' in p && p.date > newest)).toBe(true);
    }
    expect(scopes.at(-1)!.at(-1)!.name).toBe('undated');
    expect(scopes.flat()).toHaveLength(48);
  });

  it('keeps pages of one date together across the older scopes too', () => {
    const pages = [page('a', '2026-01-01'), page('b', '2025-06-01'), page('c', '2025-01-01'), page('d', '2025-01-01'), page('e', '2025-01-01'), page('f', '2024-01-01'), page('g', '2023-01-01'), page('h', '2022-01-01')];
    const scopes = splitScopes(pages, 1, 3);
    expect(scopes.map((s) => s.map((p) => p.name))).toEqual([['a'], ['b', 'c', 'd', 'e'], ['f', 'g', 'h']]);
  });
});

describe('describeScopes', () => {
  it('names the first scope by the site language and gives each its pages and dates', () => {
    const scopes = describeScopes([[page('a', '2026-02-01'), page('b', '2026-01-01')], [page('c', '2020-01-01'), page('d')]]);
    expect(scopes).toEqual([
      { language: 'vi', pages: 2, from: '2026-01-01', to: '2026-02-01' },
      { language: scopeLanguage(1), pages: 2, from: '2020-01-01', to: '2020-01-01' },
    ]);
    expect(scopeLanguage(1)).not.toBe('vi');
    expect(Intl.getCanonicalLocales(scopeLanguage(1))[0]?.toLowerCase()).toBe(scopeLanguage(1));
  });
});

describe('sortDateIn', () => {
  it('reads the date a page sorts by, and nothing from a page without one', () => {
    expect(sortDateIn('<div hidden><span data-pagefind-sort="date">2026-11-23</span></div>')).toBe('2026-11-23');
    expect(sortDateIn('<span data-pagefind-meta="date">23/11/2026</span>')).toBeUndefined();
  });
});
