import { describe, expect, it } from 'vitest';
import { listUpdated, newestFirst, ownDate, splitRecent } from './recency';

describe('ownDate', () => {
  it('takes the newest source date that has a year', () => {
    expect(
      ownDate([{ date: { year: 2025, month: 12, day: 31 } }, { date: { year: 2026, month: 1, day: 30 } }, { date: { month: 5, day: 30 } }]),
    ).toEqual({ year: 2026, month: 1, day: 30 });
  });
  it('uses "updated" where a source has no publication date, and nothing where no date has a year', () => {
    expect(ownDate([{ updated: { year: 2024, month: 5, day: 3 } }])).toEqual({ year: 2024, month: 5, day: 3 });
    expect(ownDate([{ date: { month: 5, day: 30 } }, {}])).toBeUndefined();
  });
  it('puts a month-only date before a dated day of that month', () => {
    expect(ownDate([{ date: { year: 2025, month: 9 } }, { date: { year: 2025, month: 9, day: 1 } }])).toEqual({ year: 2025, month: 9, day: 1 });
  });
});

describe('newestFirst', () => {
  const items = [
    { id: 'a', d: { year: 2022, month: 10, day: 6 } },
    { id: 'khong-nam', d: { month: 5, day: 30 } },
    { id: 'b', d: { year: 2026, month: 1, day: 9 } },
    { id: 'khong-ngay', d: undefined },
    { id: 'c', d: { year: 2025, month: 12 } },
  ];
  it('orders dated items newest first and leaves the undated last, in their order', () => {
    expect(newestFirst(items, (i) => i.d).map((i) => i.id)).toEqual(['b', 'c', 'a', 'khong-nam', 'khong-ngay']);
  });
});

describe('splitRecent', () => {
  const today = new Date(Date.UTC(2026, 10, 30));
  const items = [
    { id: 'hom-nay', d: { year: 2026, month: 11, day: 30 } },
    { id: 'dung-mot-nam', d: { year: 2025, month: 11, day: 30 } },
    { id: 'hon-mot-nam', d: { year: 2025, month: 11, day: 29 } },
    { id: 'thang-12-2025', d: { year: 2025, month: 12 } },
    { id: 'thang-11-2025', d: { year: 2025, month: 11 } },
    { id: '2022', d: { year: 2022, month: 10, day: 6 } },
    { id: 'khong-nam', d: { month: 5, day: 30 } },
  ];
  it('keeps a year back, inclusive, and calls nothing undated recent', () => {
    const { recent, older } = splitRecent(items, (i) => i.d, today);
    expect(recent.map((i) => i.id)).toEqual(['hom-nay', 'dung-mot-nam', 'thang-12-2025', 'thang-11-2025']);
    expect(older.map((i) => i.id)).toEqual(['hon-mot-nam', '2022', 'khong-nam']);
  });
  it('a feed of only old items has nothing recent', () => {
    expect(splitRecent([{ d: { year: 2022, month: 10, day: 6 } }], (i) => i.d, today).recent).toEqual([]);
  });
});

describe('listUpdated', () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  it('is the newest of each item’s update or publication date', () => {
    expect(
      listUpdated([{ data: { date: d('2026-11-23') } }, { data: { date: d('2026-11-23'), updated: d('2026-11-30') } }, { data: { date: d('2026-11-25') } }]),
    ).toEqual(d('2026-11-30'));
  });
  it('is undefined for an empty list', () => expect(listUpdated([])).toBeUndefined());
});
