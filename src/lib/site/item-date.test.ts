import { describe, expect, it } from 'vitest';
import { eventDate, newsDate, planDate, sourceDate, statDate } from './item-date';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("an item's own date", () => {
  it("is a plan's issue date, saying when the source gives no year", () => {
    expect(planDate({ issued: { month: 5, day: 30 } })).toEqual({ label: 'Ngày ban hành', text: '30/5, năm không rõ', iso: '--05-30', sortKey: undefined, year: undefined });
    expect(planDate({ issued: { year: 2024, month: 5, day: 2 } })).toMatchObject({ text: '02/5/2024', sortKey: '2024-05-02', year: 2024 });
    expect(planDate({})).toBeUndefined();
  });
  it("is an event's days, or its year when the source gives no days", () => {
    expect(eventDate({ start: day('2014-09-29'), end: day('2014-10-05') })).toMatchObject({ label: 'Thời gian', text: '29/9/2014 đến 05/10/2014', sortKey: '2014-09-29', year: 2014 });
    expect(eventDate({ year: 2024 })).toMatchObject({ sortKey: '2024', year: 2024 });
    expect(eventDate({})).toBeUndefined();
  });
  it("is the newest dated source for news and datasets, else a source's day without a year", () => {
    const sources = [{ date: { year: 2022, month: 10, day: 6 } }, { updated: { year: 2024, month: 5, day: 3 } }, {}];
    expect(sourceDate(sources)).toEqual({ year: 2024, month: 5, day: 3 });
    expect(newsDate({ sources })).toMatchObject({ label: 'Ngày nguồn đăng', text: '03/5/2024', year: 2024 });
    expect(statDate({ sources: [{ date: { month: 5, day: 30 } }] })).toMatchObject({ label: 'Ngày nguồn công bố', text: '30/5, năm không rõ' });
    expect(newsDate({ sources: [{}] })).toBeUndefined();
  });
});
