import { describe, expect, it } from 'vitest';
import { byId, groupBy, memoOnList } from './indexes';
import { childrenOf, naming } from '../content/related';

const ref = (id: string) => ({ id });

describe('indexes', () => {
  it('builds an index of a frozen list once, however many pages ask', () => {
    const list = Object.freeze([{ id: 'a' }, { id: 'b' }]);
    let builds = 0;
    const build = (l: readonly { id: string }[]) => {
      builds += 1;
      return l.length;
    };
    for (let i = 0; i < 5; i++) expect(memoOnList(list, 'count', build)).toBe(2);
    expect(builds).toBe(1);
  });
  it('indexes a list that can still change afresh on every call', () => {
    const list = [{ id: 'a' }];
    expect(byId(list).has('b')).toBe(false);
    list.push({ id: 'b' });
    expect(byId(list).get('b')).toEqual({ id: 'b' });
  });
  it('keeps two groupings of one list apart', () => {
    const list = Object.freeze([
      { id: 'x', tags: ['p'], places: ['q'] },
      { id: 'y', tags: ['q'], places: ['p', 'p'] },
    ]);
    expect(groupBy(list, 'tags', (i) => i.tags).get('p')?.map((i) => i.id)).toEqual(['x']);
    expect(groupBy(list, 'places', (i) => i.places).get('p')?.map((i) => i.id)).toEqual(['y']);
  });
  it('answers from the index the same as a scan, in list order', () => {
    const items = Object.freeze(
      Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, data: { localities: [ref(`l${i % 7}`)], locality: i % 5 === 0 ? ref('l6') : undefined } })),
    );
    for (let l = 0; l < 7; l++) {
      const scan = items.filter((it) => it.data.localities.some((r) => r.id === `l${l}`) || it.data.locality?.id === `l${l}`);
      expect(naming(items, `l${l}`)).toEqual(scan);
    }
  });
  it('finds the children of a locality', () => {
    const places = Object.freeze([
      { id: 'tinh', data: {} },
      { id: 'huyen', data: { parent: ref('tinh') } },
      { id: 'xa', data: { parent: ref('huyen') } },
      { id: 'xa-2', data: { parent: ref('huyen') } },
    ]);
    expect(childrenOf(places, 'huyen').map((p) => p.id)).toEqual(['xa', 'xa-2']);
    expect(childrenOf(places, 'xa')).toEqual([]);
  });
});
