import { describe, expect, it } from 'vitest';
import { openDataFile, partialDateText, toOpenData } from './open-data';

describe('open data', () => {
  it('writes dates as ISO text and a day without a year as --MM-DD', () => {
    expect(toOpenData(new Date('2024-05-02T00:00:00Z'))).toBe('2024-05-02');
    expect(partialDateText({ month: 5, day: 30 })).toBe('--05-30');
    expect(partialDateText({ year: 2024, month: 5 })).toBe('2024-05');
    expect(toOpenData({ issued: { year: 2024, month: 5, day: 2 } })).toEqual({ issued: '2024-05-02' });
  });
  it('writes a reference as the id it points to and drops undefined fields', () => {
    expect(toOpenData({ locality: { id: 'cang-long', collection: 'localities' }, note: undefined })).toEqual({ locality: 'cang-long' });
  });
  it('gives each item its id, page URL and fields, without the draft flag', () => {
    const file = openDataFile(
      'events',
      'Sự kiện',
      'https://s/su-kien/',
      [{ id: 'a', data: { title: 'A', draft: false, sources: [{ name: 'Nguồn', url: 'https://x' }] } }],
      (id) => `https://s/su-kien/${id}/`,
    );
    expect(file.count).toBe(1);
    expect(file.items[0]).toEqual({ id: 'a', url: 'https://s/su-kien/a/', title: 'A', sources: [{ name: 'Nguồn', url: 'https://x' }] });
  });
});
