import { describe, expect, it } from 'vitest';
import { jsonLdGraph, pageNode, requiredProperties, websiteNode, type PageInfo } from './structured-data';

const site = new URL('https://example.org/');
const page: PageInfo = { site, url: 'https://example.org/x/', title: 'Tiêu đề', description: 'Mô tả', image: 'https://example.org/og/x.png' };
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const sources = [{ name: 'Nguồn', url: 'https://nguon.example/a' }, { name: 'Không có địa chỉ' }];

const hasRequired = (node: Record<string, unknown>) =>
  (requiredProperties[node['@type'] as string] ?? ['missing']).filter((p) => node[p] === undefined || node[p] === '');

describe('structured data', () => {
  it('describes the site with a search action to /tim-kiem/?q=', () => {
    const w = websiteNode(site) as { potentialAction: { target: { urlTemplate: string } } };
    expect(w.potentialAction.target.urlTemplate).toBe('https://example.org/tim-kiem/?q={search_term_string}');
    expect(hasRequired(websiteNode(site))).toEqual([]);
  });
  it('types a dated event as an Event with days and place', () => {
    const node = pageNode(page, {
      collection: 'events',
      data: { date: d('2026-11-23'), sources, start: d('2023-10-02'), end: d('2023-10-08'), placeName: 'Việt Nam' },
    });
    expect(node['@type']).toBe('Event');
    expect(node.startDate).toBe('2023-10-02');
    expect(node.endDate).toBe('2023-10-08');
    expect(node.location).toMatchObject({ '@type': 'Place', name: 'Việt Nam' });
    expect(node.isBasedOn).toEqual(['https://nguon.example/a']);
    expect(hasRequired(node)).toEqual([]);
  });
  it('gives a timed event its times with the Việt Nam offset', () => {
    const node = pageNode(page, {
      collection: 'events',
      data: { date: d('2026-11-23'), sources, start: d('2025-10-01'), startTime: '08:00', endTime: '11:30', placeName: 'Hà Nội' },
    });
    expect(node.startDate).toBe('2025-10-01T08:00:00+07:00');
    expect(node.endDate).toBe('2025-10-01T11:30:00+07:00');
  });
  it('does not call an event without days an Event', () => {
    const node = pageNode(page, { collection: 'events', data: { date: d('2026-11-23'), sources, placeName: 'Xuân Hiệp' } });
    expect(node['@type']).toBe('WebPage');
    expect(node.startDate).toBeUndefined();
  });
  it('gives a dataset its CSV and JSON downloads', () => {
    const node = pageNode(page, {
      collection: 'stats',
      data: { date: d('2026-11-23'), sources, year: 2023 },
      downloads: { csv: 'https://example.org/so-lieu/a.csv', json: 'https://example.org/so-lieu/a.json' },
    });
    expect(node['@type']).toBe('Dataset');
    expect(node.distribution).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://example.org/so-lieu/a.csv' },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: 'https://example.org/so-lieu/a.json' },
    ]);
    expect(node.temporalCoverage).toBe('2023');
    expect(hasRequired(node)).toEqual([]);
  });
  it('types a plan as Legislation with its number, and only a full-year issue date', () => {
    const plan = (issued?: { year?: number; month: number; day?: number }) =>
      pageNode(page, {
        collection: 'plans',
        data: { date: d('2026-11-23'), sources, number: '67/KH-UBND', issuer: 'UBND huyện Càng Long', issued, period: { from: 2023, to: 2030 } },
      });
    expect(plan({ year: 2024, month: 5, day: 2 })).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '67/KH-UBND', legislationDate: '2024-05-02' });
    expect(plan({ month: 5, day: 30 }).legislationDate).toBeUndefined();
    expect(hasRequired(plan())).toEqual([]);
  });
  it('types news as NewsArticle with dates and image', () => {
    const node = pageNode(page, { collection: 'news', data: { date: d('2026-11-23'), updated: d('2026-11-24'), sources } });
    expect(node).toMatchObject({ '@type': 'NewsArticle', headline: 'Tiêu đề', datePublished: '2026-11-23', dateModified: '2026-11-24' });
    expect(hasRequired(node)).toEqual([]);
  });
  it('types lists and other pages', () => {
    expect(pageNode({ ...page, isList: true })['@type']).toBe('CollectionPage');
    expect(pageNode(page)['@type']).toBe('WebPage');
  });
  it('cannot close its script element', () => {
    const text = jsonLdGraph({ ...page, title: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)['@graph'][2].name).toBe('</script><script>alert(1)</script>');
  });
});
