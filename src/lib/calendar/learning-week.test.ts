import { describe, expect, it } from 'vitest';
import { learningWeekStatus, learningWeekTag } from './learning-week';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const week = (id: string, locality: string, dates: { start?: Date; end?: Date; year?: number }) => ({
  id,
  data: { title: id, locality: { id: locality }, tags: [learningWeekTag], ...dates },
});
const events = [
  week('xuan-hiep', 'xuan-hiep', {}),
  week('2025-dong-nai', 'dong-nai', { start: d('2025-10-06'), end: d('2025-10-12'), year: 2025 }),
  week('2025', 'viet-nam', { start: d('2025-10-01'), end: d('2025-10-07') }),
  week('2024', 'viet-nam', { year: 2024 }),
  week('2023', 'viet-nam', { start: d('2023-10-02'), end: d('2023-10-08') }),
  week('2019', 'viet-nam', { start: d('2019-10-01'), end: d('2019-10-07') }),
  week('2014', 'viet-nam', { start: d('2014-09-29'), end: d('2014-10-05') }),
  { id: 'hoi-thao', data: { title: 'Hội thảo', locality: { id: 'viet-nam' }, tags: [], start: d('2026-03-01') } },
];
const national = new Set(['viet-nam']);

describe('learningWeekStatus', () => {
  it('in 2026, with no sourced week for 2026, announces nothing and lists the latest national weeks', () => {
    const s = learningWeekStatus(events, national, d('2026-11-30'));
    expect(s.year).toBe(2026);
    expect(s.announced).toBeUndefined();
    expect(s.past.map((w) => w.event.id)).toEqual(['2025', '2024', '2023', '2019']);
  });
  it('finds the week of the year when a source has announced it', () => {
    const s = learningWeekStatus(events, national, d('2025-09-20'));
    expect(s.announced?.event.id).toBe('2025');
    expect(s.past[0]!.event.id).toBe('2024');
  });
  it('ignores provinces’ own weeks, undated weeks and other national events', () => {
    const ids = learningWeekStatus(events, national, d('2026-11-30'), 10).past.map((w) => w.event.id);
    expect(ids).not.toContain('2025-dong-nai');
    expect(ids).not.toContain('xuan-hiep');
    expect(ids).not.toContain('hoi-thao');
    expect(ids).toEqual(['2025', '2024', '2023', '2019', '2014']);
  });
});
