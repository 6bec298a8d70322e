import { describe, expect, it } from 'vitest';
import { comingEvents, eventGroupHeading, eventStatus, groupEvents, sortEvents } from './events';
import { eventWhen } from '../site/meta-lines';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const today = d('2026-10-03');

describe('events', () => {
  it('tells upcoming, ongoing, past and undated apart', () => {
    expect(eventStatus({ start: d('2026-10-10') }, today)).toBe('upcoming');
    expect(eventStatus({ start: d('2026-10-01'), end: d('2026-10-07') }, today)).toBe('ongoing');
    expect(eventStatus({ start: d('2025-10-01'), end: d('2025-10-07') }, today)).toBe('past');
    expect(eventStatus({}, today)).toBe('undated');
  });
  it('lists ongoing, then upcoming soonest first, then past latest first, then undated', () => {
    const events = [
      { id: 'past-old', data: { start: d('2023-10-02'), end: d('2023-10-08') } },
      { id: 'undated', data: {} },
      { id: 'later', data: { start: d('2026-12-01') } },
      { id: 'past-new', data: { start: d('2025-10-01'), end: d('2025-10-07') } },
      { id: 'soon', data: { start: d('2026-10-20') } },
      { id: 'now', data: { start: d('2026-10-01'), end: d('2026-10-07') } },
    ];
    expect(sortEvents(events, today).map((e) => e.id)).toEqual(['now', 'soon', 'later', 'past-new', 'past-old', 'undated']);
  });
  it('says when an event happens, or that no date is known', () => {
    expect(eventWhen({ start: d('2023-10-02'), end: d('2023-10-08') })).toBe('02/10/2023 đến 08/10/2023');
    expect(eventWhen({ recurrence: 'Hằng năm' })).toBe('Hằng năm · chưa có ngày cụ thể');
  });
  it('places an event known only by its year among the past years', () => {
    expect(eventStatus({ year: 2024 }, today)).toBe('past');
    expect(eventStatus({ year: 2026 }, today)).toBe('undated');
    const events = [
      { id: 'y2022', data: { year: 2022 } },
      { id: 'd2023', data: { start: d('2023-10-02'), end: d('2023-10-08') } },
      { id: 'y2024', data: { year: 2024 } },
      { id: 'recurring', data: {} },
      { id: 'd2025', data: { start: d('2025-10-01') } },
    ];
    const sorted = sortEvents(events, today);
    // Dated years first; the event no source dates comes last instead of leading the list.
    expect(sorted.map((e) => e.id)).toEqual(['d2025', 'y2024', 'd2023', 'y2022', 'recurring']);
    const groups = groupEvents(sorted, today);
    expect(groups.map(eventGroupHeading)).toEqual([
      'Đã diễn ra năm 2025',
      'Đã diễn ra năm 2024',
      'Đã diễn ra năm 2023',
      'Đã diễn ra năm 2022',
      'Diễn ra hằng năm, chưa có ngày cụ thể',
    ]);
  });
  it('says the year when a source gives no days', () => {
    expect(eventWhen({ year: 2020 })).toBe('Năm 2020 · chưa ghi ngày cụ thể');
  });
});

describe('times of day', () => {
  it('shows a time, Việt Nam time, where the source gives one', () => {
    const day = new Date('2025-10-01T00:00:00Z');
    expect(eventWhen({ start: day, startTime: '08:00' })).toBe('08:00, 01/10/2025');
    expect(eventWhen({ start: day, startTime: '08:00', endTime: '11:30' })).toBe('08:00 đến 11:30, 01/10/2025');
  });
});

describe('comingEvents', () => {
  it('keeps the next events not yet over, soonest first, up to n', () => {
    const today = new Date('2026-06-15T00:00:00Z');
    const ev = (id: string, start?: string, year?: number) => ({ id, data: { start: start ? new Date(start) : undefined, year } });
    const list = [ev('past', '2026-01-02T00:00:00Z'), ev('later', '2026-09-01T00:00:00Z'), ev('soon', '2026-07-01T00:00:00Z'), ev('undated', undefined, 2026)];
    expect(comingEvents(list, today, 2).map((e) => e.id)).toEqual(['soon', 'later']);
    expect(comingEvents(list, today, 5).map((e) => e.id)).toEqual(['soon', 'later', 'undated']);
  });
  it('leaves out an event a source gives neither days nor a year for', () => {
    const today = new Date('2026-11-30T00:00:00Z');
    const list = [{ id: 'xuan-hiep', data: { recurrence: 'Hằng năm' } }, { id: 'past', data: { start: new Date('2025-10-01T00:00:00Z') } }];
    expect(comingEvents(list, today, 3)).toEqual([]);
  });
});
