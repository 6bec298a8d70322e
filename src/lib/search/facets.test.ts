import { describe, expect, it } from 'vitest';
import { searchFields } from './facets';

describe('searchFields', () => {
  it('gives a news item its type, date, summary, filters and sort key', () => {
    const fields = searchFields(
      {
        type: 'news',
        date: new Date('2024-05-02T00:00:00Z'),
        year: 2024,
        localities: ['Càng Long', 'Trà Vinh'],
        learningTitles: ['Gia đình học tập'],
      },
      'Tóm tắt.',
    );
    expect(fields.meta).toEqual([
      ['type', 'Tin tức'],
      ['summary', 'Tóm tắt.'],
      ['date', '02/5/2024'],
    ]);
    expect(fields.filters).toEqual([
      ['type', 'Tin tức'],
      ['locality', 'Càng Long'],
      ['locality', 'Trà Vinh'],
      ['year', '2024'],
      ['title', 'Gia đình học tập'],
    ]);
    expect(fields.sort).toEqual([['date', '2024-05-02']]);
  });

  it('sorts by the last substantive change and leaves dateless pages without a key', () => {
    const updated = searchFields(
      { type: 'titles', date: new Date('2023-01-01T00:00:00Z'), updated: new Date('2024-03-09T00:00:00Z'), localities: [], learningTitles: [] },
      's',
    );
    expect(updated.sort).toEqual([['date', '2024-03-09']]);
    expect(updated.meta).toContainEqual(['date', '09/3/2024']);
    const place = searchFields({ type: 'localities', localities: ['Xuân Hiệp'], learningTitles: [] }, 's');
    expect(place.sort).toEqual([]);
    expect(place.meta.map(([k]) => k)).toEqual(['type', 'summary']);
    expect(place.filters).toEqual([['type', 'Địa phương'], ['locality', 'Xuân Hiệp']]);
  });
});
