import { describe, expect, it } from 'vitest';
import { aboutTitle, ancestry, naming, placeName, RELATED_CAP, relatedLinks, relatedListPath, relatedListPaths, relatedPreview } from './related';
import { namesFor } from '../site/page-data';

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

const links = (n: number) => Array.from({ length: n }, (_, i) => ({ href: `/tin-tuc/tin-${i + 1}/`, label: `Tin ${i + 1}` }));
const owner = { id: 'tinh-a', name: 'Tỉnh A', path: '/dia-phuong/tinh-a/' };

describe('related lists on an item page', () => {
  it('shows a short list whole, with no link to a full list', () => {
    expect(relatedPreview(owner.path, 'tin-tuc', links(RELATED_CAP))).toEqual({ links: links(RELATED_CAP), more: undefined });
  });
  it('shows the start of a long list and links to the full list under the item', () => {
    const p = relatedPreview(owner.path, 'tin-tuc', links(600));
    expect(p.links).toHaveLength(RELATED_CAP);
    expect(p.more).toEqual({ href: '/dia-phuong/tinh-a/tin-tuc/', total: 600 });
    expect(relatedListPath(owner.path, 'truc-thuoc', 2)).toBe('/dia-phuong/tinh-a/truc-thuoc/trang/2/');
  });
  it('builds full-list pages only for the lists too long for the item page', () => {
    const paths = relatedListPaths(owner, [
      { list: 'tin-tuc', heading: 'Tin tức', links: links(45) },
      { list: 'su-kien', heading: 'Sự kiện', links: links(3) },
    ]);
    expect(paths.map((p) => p.params)).toEqual([
      { slug: 'tinh-a', list: 'tin-tuc', page: undefined },
      { slug: 'tinh-a', list: 'tin-tuc', page: 'trang/2' },
      { slug: 'tinh-a', list: 'tin-tuc', page: 'trang/3' },
    ]);
    expect(paths[2]!.props).toMatchObject({ ownerName: 'Tỉnh A', ownerPath: owner.path, what: 'Tin tức', total: 45 });
    expect(paths[2]!.props.page.items.map((l) => l.label)).toEqual(['Tin 41', 'Tin 42', 'Tin 43', 'Tin 44', 'Tin 45']);
  });
});
