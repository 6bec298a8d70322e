import { describe, expect, it } from 'vitest';
import { aboutTitle, ancestry, naming } from './relations';
import { relatedLinks, placeName } from './links';
import { namesFor } from './facets';

const ref = (id: string) => ({ id });
const items = [
  { id: 'a', data: { localities: [ref('cang-long')], learningTitles: [ref('gia-dinh-hoc-tap')] } },
  { id: 'b', data: { locality: ref('cang-long') } },
  { id: 'c', data: { series: [{ learningTitle: ref('dong-ho-hoc-tap') }] } },
  { id: 'd', data: { targets: [{ learningTitle: ref('gia-dinh-hoc-tap') }] } },
];

describe('relations', () => {
  it('finds items naming a locality by list or single field', () => {
    expect(naming(items, 'cang-long').map((i) => i.id)).toEqual(['a', 'b']);
  });
  it('finds items about a title through tags, series rows and targets', () => {
    expect(aboutTitle(items, 'gia-dinh-hoc-tap').map((i) => i.id)).toEqual(['a', 'd']);
    expect(aboutTitle(items, 'dong-ho-hoc-tap').map((i) => i.id)).toEqual(['c']);
  });
  it('walks a locality up to its root, and stops on a cycle', () => {
    const places = [
      { id: 'tra-vinh', data: {} },
      { id: 'cang-long', data: { parent: ref('tra-vinh') } },
      { id: 'x', data: { parent: ref('y') } },
      { id: 'y', data: { parent: ref('x') } },
    ];
    expect(ancestry(places, 'cang-long').map((p) => p.id)).toEqual(['tra-vinh', 'cang-long']);
    expect(ancestry(places, 'x').map((p) => p.id)).toEqual(['y', 'x']);
  });
  it('links references in their order and drops unknown ones', () => {
    const all = [
      { id: 'p', name: 'P' },
      { id: 'q', name: 'Q' },
    ];
    expect(relatedLinks([ref('q'), ref('zzz'), ref('p')], all, 'localities', (x) => x.name)).toEqual([
      { href: '/dia-phuong/q/', label: 'Q' },
      { href: '/dia-phuong/p/', label: 'P' },
    ]);
  });
  it('names a dataset place by locality, else by the scope the source gives', () => {
    const localities = [{ id: 'hue', data: { name: 'Thừa Thiên Huế' } }];
    expect(placeName({ locality: ref('hue') }, localities)).toBe('Thừa Thiên Huế');
    expect(placeName({ scope: 'Một tỉnh' }, localities)).toBe('Một tỉnh');
  });
});

describe('facet names', () => {
  it('names references once each, in order, skipping unknown ids', () => {
    const names = { a: 'Càng Long', b: 'Trà Vinh' };
    expect(namesFor([{ id: 'b' }, { id: 'x' }, { id: 'a' }, { id: 'b' }], names)).toEqual(['Trà Vinh', 'Càng Long']);
  });
});
