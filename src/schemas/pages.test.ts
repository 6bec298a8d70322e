import { describe, expect, it } from 'vitest';
import { pageSchema } from './pages';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

// As the YAML loader hands over front matter: full dates as Dates, a month alone as text.
const reformPage = {
  title: 'Sau ngày 01/7/2025: công nhận danh hiệu học tập khi không còn cấp huyện',
  summary: 'Từ 01/7/2025 không còn cấp huyện. Trang này nói rõ những văn bản phân cấp đã tìm thấy và điều chưa tìm thấy.',
  date: day(2026, 11, 30),
  sources: [
    { name: 'Báo Khánh Hòa, về sắp xếp trung tâm học tập cộng đồng', publisher: 'Báo Khánh Hòa', date: '2025-07', url: 'https://example.org/a' },
    { name: 'Báo Giáo dục và Thời đại', publisher: 'Báo Giáo dục và Thời đại', date: day(2025, 7, 30), note: 'Chưa đối chiếu với bản gốc.' },
    { name: 'Cổng phổ biến, giáo dục pháp luật tỉnh Lào Cai', publisher: 'UBND tỉnh Lào Cai', url: 'https://example.org/b', document: 'Thông tư 15/2025/TT-BGDĐT' },
    { name: 'Tổng hợp nghiên cứu của cổng', note: 'Tìm trong các bản lưu văn bản pháp luật.' },
  ],
};

describe('pages schema', () => {
  it('accepts a page that cites sources, with partial source dates', () => {
    const parsed = pageSchema().parse(reformPage);
    expect(parsed.draft).toBe(false);
    expect(parsed.sources.map((s) => s.date)).toEqual([{ year: 2025, month: 7 }, { year: 2025, month: 7, day: 30 }, undefined, undefined]);
  });
  it('accepts a page that cites nothing, as the about page', () => {
    expect(pageSchema().parse({ ...reformPage, sources: undefined }).sources).toEqual([]);
  });
  it('refuses fields it does not know and an update before the publication date', () => {
    expect(pageSchema().safeParse({ ...reformPage, localities: ['ha-noi'] }).success).toBe(false);
    const early = pageSchema().safeParse({ ...reformPage, updated: day(2026, 1, 1) });
    expect(early.success).toBe(false);
    expect(early.error?.issues[0]?.path).toEqual(['updated']);
  });
});
