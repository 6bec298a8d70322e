import { describe, expect, it } from 'vitest';
import { calendarEventFor } from './event-calendar';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const base = {
  title: 'Tuần lễ hưởng ứng học tập suốt đời năm 2023',
  summary: 'Tuần lễ diễn ra từ ngày 2 đến ngày 8 tháng 10.',
  date: d('2026-11-23'),
  sources: [{ name: 'Công dân và Khuyến học', url: 'https://congdankhuyenhoc.vn/x' }],
};

describe('an event as a calendar entry', () => {
  it('leaves out an event the sources give no days for', () => {
    expect(calendarEventFor({ id: 'x', data: base }, 'https://s/x/', 's')).toBeUndefined();
  });
  it('carries the days, theme, source and page, with a stable id', () => {
    const e = calendarEventFor(
      { id: 'tuan-le-2023', data: { ...base, start: d('2023-10-02'), end: d('2023-10-08'), theme: 'Xây dựng năng lực tự học trong kỷ nguyên số', venue: 'Nhà văn hóa', updated: d('2026-11-24') } },
      'https://s/su-kien/tuan-le-2023/',
      's',
      'Việt Nam',
    )!;
    expect(e.uid).toBe('su-kien-tuan-le-2023@s');
    expect(e.start).toEqual(d('2023-10-02'));
    expect(e.end).toEqual(d('2023-10-08'));
    expect(e.location).toBe('Nhà văn hóa, Việt Nam');
    expect(e.description).toContain('Chủ đề: Xây dựng năng lực tự học trong kỷ nguyên số');
    expect(e.description).toContain('Nguồn: Công dân và Khuyến học (https://congdankhuyenhoc.vn/x)');
    expect(e.description).toContain('https://s/su-kien/tuan-le-2023/');
    expect(e.stamp).toEqual(d('2026-11-24'));
  });
});
