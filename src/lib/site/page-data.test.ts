import { describe, expect, it } from 'vitest';
import { itemBreadcrumbs, itemFacets, itemPageData, namesFor, standingPageData } from './page-data';

const names = { localities: { 'tinh-a': 'Tỉnh A', 'xa-b': 'Xã B' }, titles: { 'gia-dinh-hoc-tap': 'Gia đình học tập' } };
const date = new Date('2025-03-04T00:00:00Z');

describe('namesFor', () => {
  it('names references in order, once each, skipping unknown ids', () => {
    expect(namesFor([{ id: 'xa-b' }, { id: 'nowhere' }, { id: 'tinh-a' }, { id: 'xa-b' }], names.localities)).toEqual(['Xã B', 'Tỉnh A']);
  });
});

describe('an item page’s data, from its entry alone', () => {
  it('gives a plan the year it was issued, else its first year, and the titles its targets concern', () => {
    const plan = {
      collection: 'plans' as const,
      id: 'kh-1',
      data: { date, summary: 'Tóm tắt.', title: 'Kế hoạch xây dựng xã hội học tập', number: '67/KH-UBND', period: { from: 2021 }, localities: [{ id: 'tinh-a' }], learningTitles: [], targets: [{ learningTitle: { id: 'gia-dinh-hoc-tap' } }, {}] },
    };
    expect(itemFacets(plan, names)).toEqual({ type: 'plans', own: undefined, date, updated: undefined, year: 2021, localities: ['Tỉnh A'], learningTitles: ['Gia đình học tập'] });
    const issued = itemFacets({ ...plan, data: { ...plan.data, issued: { year: 2022, month: 5, day: 2 } } }, names);
    expect(issued.year).toBe(2022);
    // The plan's own date is its issue date, not the day it was entered on the portal.
    expect(issued.own).toMatchObject({ label: 'Ngày ban hành', text: '02/5/2022', sortKey: '2022-05-02' });
    expect(itemPageData(plan, names)).toMatchObject({ title: 'Kế hoạch xây dựng xã hội học tập', description: 'Tóm tắt.', section: 'plans', ogType: 'article' });
    expect(itemBreadcrumbs(plan)).toEqual([{ label: 'Kế hoạch', href: '/ke-hoach/' }, { label: '67/KH-UBND' }]);
  });

  it('names a dataset’s place by its locality, else by the scope its source gives', () => {
    const stat = { collection: 'stats' as const, id: 's', data: { date, summary: 'Tóm tắt.', title: 'Kết quả', year: 2023, scope: 'một tỉnh', series: [], sources: [] } };
    expect(itemFacets(stat, names).localities).toEqual(['một tỉnh']);
    expect(itemFacets({ ...stat, data: { ...stat.data, locality: { id: 'tinh-a' } } }, names).localities).toEqual(['Tỉnh A']);
  });

  it('dates an event by its start, and lists its own place first', () => {
    const event = { collection: 'events' as const, id: 'e', data: { date, summary: 'Tóm tắt.', title: 'Tuần lễ', start: new Date('2026-10-01T00:00:00Z'), locality: { id: 'xa-b' }, localities: [{ id: 'tinh-a' }] } };
    expect(itemFacets(event, names)).toMatchObject({ year: 2026, own: { text: '01/10/2026', year: 2026 }, localities: ['Xã B', 'Tỉnh A'], learningTitles: [] });
  });

  it('puts a place under the places it belongs to in the breadcrumbs', () => {
    const place = { collection: 'localities' as const, id: 'xa-b', data: { name: 'Xã B', level: 'xa' as const } };
    const page = itemPageData(place, names, [{ id: 'tinh-a', name: 'Tỉnh A' }]);
    expect(page.entry).toBe(place);
    expect(page).toMatchObject({ title: 'Xã B', section: 'localities', ogType: 'website' });
    expect(page.description).toBe('Xã Xã B: tin tức, kế hoạch, sự kiện và số liệu trên cổng có nhắc đến địa phương này.');
    expect(page.facets).toEqual({ type: 'localities', localities: ['Xã B'], learningTitles: [] });
    expect(page.breadcrumbs).toEqual([{ label: 'Địa phương', href: '/dia-phuong/' }, { label: 'Tỉnh A', href: '/dia-phuong/tinh-a/' }, { label: 'Xã B' }]);
  });
});

describe('a standing page’s data', () => {
  const data = { title: 'Giới thiệu cổng Học tập suốt đời', summary: 'Cổng thông tin về phong trào.', date };
  it('keeps the menu’s name for a page that is a menu section', () => {
    expect(standingPageData({ id: 'gioi-thieu', data })).toMatchObject({
      title: 'Giới thiệu',
      description: 'Cổng thông tin về phong trào.',
      section: 'about',
      breadcrumbs: [{ label: 'Giới thiệu' }],
    });
  });
  it('titles any other page with its own title', () => {
    const page = standingPageData({ id: 'sau-ngay-01-7-2025', data: { ...data, title: 'Sau ngày 01/7/2025' } });
    expect(page).toMatchObject({ title: 'Sau ngày 01/7/2025', section: undefined, breadcrumbs: [{ label: 'Sau ngày 01/7/2025' }] });
  });
});
