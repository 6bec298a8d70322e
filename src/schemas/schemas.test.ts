import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { eventSchema, localitySchema, newsSchema, planSchema, statSchema } from './index';
import type { SchemaContext } from './fields';

// Stand-ins for Astro's reference() and image(): same parsed shape, no Astro runtime.
const ctx: SchemaContext = {
  ref: (collection) => z.string().transform((id) => ({ id, collection })),
  image: () => z.string(),
};

const source = { name: 'Thanhuytphcm.vn', author: 'Vân Minh', date: new Date(Date.UTC(2022, 9, 6)) };
const news = {
  title: 'TP. Hồ Chí Minh phấn đấu 75% cộng đồng học tập',
  summary: 'Thành phố đặt mục tiêu đến năm 2030 cho các mô hình học tập trong gia đình, dòng họ, cộng đồng.',
  date: new Date(Date.UTC(2026, 10, 23)),
  sources: [source],
};

function issues(schema: z.ZodType, input: unknown): { path: string; message: string }[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('news schema', () => {
  it('accepts a complete item and fills defaults', () => {
    const parsed = newsSchema(ctx).parse({ ...news, localities: ['thanh-pho-ho-chi-minh'] });
    expect(parsed.draft).toBe(false);
    expect(parsed.localities).toEqual([{ id: 'thanh-pho-ho-chi-minh', collection: 'localities' }]);
    expect(parsed.sources[0]?.date).toEqual({ year: 2022, month: 10, day: 6 });
  });
  it('names a missing title in Vietnamese', () => {
    const { title: _, ...rest } = news;
    expect(issues(newsSchema(ctx), rest)).toEqual([{ path: 'title', message: 'cần tiêu đề' }]);
  });
  it('rejects a misspelt field instead of ignoring it', () => {
    expect(issues(newsSchema(ctx), { ...news, sumary: 'x' })[0]?.message).toContain('sumary');
  });
  it('rejects a month-first date string that JavaScript would misread', () => {
    expect(issues(newsSchema(ctx), { ...news, date: '02/5/2024' })[0]?.path).toBe('date');
  });
  it('accepts an ISO date written as a quoted string', () => {
    expect(newsSchema(ctx).parse({ ...news, date: '2024-05-02' }).date.toISOString()).toBe('2024-05-02T00:00:00.000Z');
  });
  it('refuses an update before publication', () => {
    expect(issues(newsSchema(ctx), { ...news, updated: new Date(Date.UTC(2020, 0, 1)) })).toEqual([
      { path: 'updated', message: 'ngày cập nhật (updated) không được trước ngày đăng (date)' },
    ]);
  });
  it('requires at least one source', () => {
    expect(issues(newsSchema(ctx), { ...news, sources: [] })[0]?.path).toBe('sources');
  });
});

describe('plan schema', () => {
  const plan = {
    ...news,
    title: 'Kế hoạch 67/KH-UBND của UBND huyện Càng Long',
    issuer: 'UBND huyện Càng Long',
    level: 'huyen',
    period: { from: 2023, to: 2030 },
  };
  it('keeps a date without a year as day and month only', () => {
    expect(planSchema(ctx).parse({ ...plan, number: '67/KH-UBND', issued: '--05-30' }).issued).toEqual({ month: 5, day: 30 });
  });
  it('accepts a number with Đ, as in QĐ-style document codes', () => {
    expect(planSchema(ctx).safeParse({ ...plan, number: '448/QĐ-KHVN' }).success).toBe(true);
  });
  it('rejects a malformed document number', () => {
    expect(issues(planSchema(ctx), { ...plan, number: 'KH 67' })[0]?.path).toBe('number');
  });
  it('rejects a period that ends before it starts', () => {
    expect(issues(planSchema(ctx), { ...plan, period: { from: 2030, to: 2023 } })[0]?.path).toBe('period.to');
  });
  it('marks approximate targets and resolves their title reference', () => {
    const parsed = planSchema(ctx).parse({
      ...plan,
      targets: [{ indicator: 'Dân số được đào tạo', value: 23, unit: '%', year: 2024, approximate: true, learningTitle: 'cong-dan-hoc-tap' }],
    });
    expect(parsed.targets[0]).toMatchObject({ approximate: true, learningTitle: { id: 'cong-dan-hoc-tap', collection: 'titles' } });
  });
});

describe('event, stat and locality schemas', () => {
  const event = { ...news, title: 'Tuần lễ hưởng ứng học tập suốt đời' };
  it('needs a start date or a stated recurrence', () => {
    expect(issues(eventSchema(ctx), event)[0]?.path).toBe('start');
    expect(eventSchema(ctx).safeParse({ ...event, recurrence: 'Hằng năm' }).success).toBe(true);
  });
  it('accepts a year alone where the source gives no days, but not a year that contradicts the start', () => {
    expect(eventSchema(ctx).safeParse({ ...event, year: 2020 }).success).toBe(true);
    expect(issues(eventSchema(ctx), { ...event, year: 2022, start: new Date(Date.UTC(2023, 9, 2)) })[0]?.path).toBe('year');
  });
  it('takes a time of day only as HH:MM, with a start day, ending after it starts', () => {
    const day = new Date(Date.UTC(2025, 9, 1));
    expect(eventSchema(ctx).safeParse({ ...event, start: day, startTime: '08:00', endTime: '11:30' }).success).toBe(true);
    expect(issues(eventSchema(ctx), { ...event, start: day, startTime: '8h' })[0]?.path).toBe('startTime');
    expect(issues(eventSchema(ctx), { ...event, recurrence: 'Hằng năm', startTime: '08:00' })[0]?.path).toBe('startTime');
    expect(issues(eventSchema(ctx), { ...event, start: day, startTime: '11:00', endTime: '08:00' })[0]?.path).toBe('endTime');
  });
  it('refuses an end before the start', () => {
    const bad = { ...event, start: new Date(Date.UTC(2025, 9, 7)), end: new Date(Date.UTC(2025, 9, 1)) };
    expect(issues(eventSchema(ctx), bad)[0]?.path).toBe('end');
  });
  const stat = {
    title: 'Kết quả năm 2023',
    summary: 'Số lượng và tỷ lệ các mô hình học tập đạt danh hiệu năm 2023.',
    date: news.date,
    sources: [source],
    year: 2023,
    kind: 'result',
    scope: 'Một tỉnh',
    series: [{ indicator: 'Hộ gia đình đạt danh hiệu', value: 78.1, unit: '%', count: 253853, countUnit: 'hộ' }],
  };
  it('keeps exact figures', () => {
    const parsed = statSchema(ctx).parse(stat);
    expect(parsed.series[0]).toMatchObject({ value: 78.1, count: 253853 });
  });
  it('needs a place: a locality or the scope the source states', () => {
    const { scope: _, ...noPlace } = stat;
    expect(issues(statSchema(ctx), noPlace)[0]?.path).toBe('locality');
  });
  it('rejects an unknown kind of dataset', () => {
    expect(issues(statSchema(ctx), { ...stat, kind: 'forecast' })[0]?.path).toBe('kind');
  });
  it('accepts the administrative levels the site knows, and no other', () => {
    const place = { name: 'Càng Long', level: 'huyen', parent: 'tra-vinh', sources: [source] };
    expect(localitySchema(ctx).parse(place).parent).toEqual({ id: 'tra-vinh', collection: 'localities' });
    expect(issues(localitySchema(ctx), { ...place, level: 'phuong' })[0]?.path).toBe('level');
  });
});
