import { describe, expect, it } from 'vitest';
import { RELATED_CAP, relatedListPath, relatedListPaths, relatedPreview } from './related-lists';

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
