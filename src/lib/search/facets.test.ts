import { describe, expect, it } from 'vitest';
import { searchFields } from './facets';
import { eventDate } from '../site/item-date';

describe('searchFields', () => {
  it("gives an item its type, its own date, summary, filters and sort key — not the portal's date", () => {
    const fields = searchFields(
      {
        type: 'news',
        own: { label: 'Ngày nguồn đăng', text: '06/10/2022', sortKey: '2022-10-06', year: 2022 },
        date: new Date('2026-11-23T00:00:00Z'),
        year: 2026,
        localities: ['Càng Long', 'Trà Vinh'],
        learningTitles: ['Gia đình học tập'],
      },
      'Tóm tắt.',
    );
    expect(fields.meta).toEqual([
      ['type', 'Tin tức'],
      ['summary', 'Tóm tắt.'],
      ['date', '06/10/2022'],
    ]);
    expect(fields.filters).toEqual([
      ['type', 'Tin tức'],
      ['locality', 'Càng Long'],
      ['locality', 'Trà Vinh'],
      ['year', '2022'],
      ['title', 'Gia đình học tập'],
    ]);
    expect(fields.sort).toEqual([['date', '2022-10-06']]);
  });

  it('dates the 2014 learning week 2014, and leaves pages without a date of their own unsorted and undated', () => {
    const week = searchFields(
      { type: 'events', own: eventDate({ start: new Date('2014-09-29T00:00:00Z') }), date: new Date('2026-11-23T00:00:00Z'), localities: [], learningTitles: [] },
      's',
    );
    expect(week.sort).toEqual([['date', '2014-09-29']]);
    expect(week.filters).toContainEqual(['year', '2014']);
    const guide = searchFields({ type: 'titles', date: new Date('2026-11-23T00:00:00Z'), localities: [], learningTitles: [] }, 's');
    expect(guide.sort).toEqual([]);
    expect(guide.meta.map(([k]) => k)).toEqual(['type', 'summary']);
    const place = searchFields({ type: 'localities', localities: ['Xuân Hiệp'], learningTitles: [] }, 's');
    expect(place.filters).toEqual([['type', 'Địa phương'], ['locality', 'Xuân Hiệp']]);
  });
});
