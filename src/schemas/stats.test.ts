import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { shareWithoutBase, statSchema } from './stats';
import type { SchemaContext } from './fields';

const ctx: SchemaContext = {
  ref: (collection) => z.string().transform((id) => ({ id, collection })),
  image: () => z.string(),
};

const statsDir = resolve(import.meta.dirname, '../../content/stats');
const files = readdirSync(statsDir).filter((f) => f.endsWith('.yaml'));
const parse = (file: string) => statSchema(ctx).parse(load(readFileSync(join(statsDir, file), 'utf8')));

const dataset = (series: object[]) => ({
  title: 'Bộ số liệu mẫu',
  summary: 'Một bộ số liệu dùng trong kiểm thử, không đăng lên cổng.',
  date: '2026-11-30',
  scope: 'Một tỉnh mẫu',
  year: 2025,
  kind: 'result',
  sources: [{ name: 'Nguồn mẫu' }],
  series,
});

describe('shares and their bases', () => {
  it('a share with neither denominator, base nor "not stated" has no base', () => {
    expect(shareWithoutBase({ unit: '%' })).toBe(true);
    expect(shareWithoutBase({ unit: '%', base: 'số hộ đã đăng ký' })).toBe(false);
    expect(shareWithoutBase({ unit: '%', baseNotStated: true })).toBe(false);
    expect(shareWithoutBase({ unit: '%', denominator: 204 })).toBe(false);
    expect(shareWithoutBase({ unit: 'người' })).toBe(false);
  });
  it('the schema refuses "not stated" on a count, and a base given twice', () => {
    const count = statSchema(ctx).safeParse(dataset([{ indicator: 'Công dân học tập', value: 5, unit: 'người', baseNotStated: true }]));
    expect(count.success).toBe(false);
    const both = statSchema(ctx).safeParse(dataset([{ indicator: 'Gia đình học tập', value: 60, unit: '%', base: 'tổng số hộ', baseNotStated: true }]));
    expect(both.success).toBe(false);
    const ok = statSchema(ctx).safeParse(dataset([{ indicator: 'Gia đình học tập', value: 60, unit: '%', base: 'tổng số hộ' }]));
    expect(ok.success).toBe(true);
  });
});

describe('every published result', () => {
  it('there are result datasets', () => expect(files.filter((f) => parse(f).kind === 'result').length).toBeGreaterThanOrEqual(4));
  for (const file of files) {
    it(`${file}: every share of a result names its base or says the source does not`, () => {
      const d = parse(file);
      const bare = d.kind === 'result' ? d.series.filter((o) => shareWithoutBase(o)).map((o) => o.indicator) : [];
      expect(bare).toEqual([]);
    });
  }
  it('Hà Nội, December 2025: the three shares are marked as reported without a base', () => {
    const d = parse('ket-qua-ha-noi-thang-12-2025.yaml');
    expect(d.series.map((o) => [o.value, o.baseNotStated])).toEqual([
      [67, true],
      [59, true],
      [77, true],
    ]);
  });
  it('Sơn La 2025 carries the counts of the 9/1/2026 review and no share', () => {
    const d = parse('ket-qua-2025-son-la.yaml');
    expect(d.series.map((o) => o.value)).toEqual([742335, 244713, 1176, 1974, 902]);
    expect(d.series.every((o) => o.unit !== '%')).toBe(true);
    expect(d.sources[0]!.date).toEqual({ year: 2026, month: 1, day: 9 });
  });
  it('the learning-cities members add up to the six VnExpress counts, each with its year of joining', () => {
    const d = parse('thanh-vien-mang-luoi-thanh-pho-hoc-tap-toan-cau.yaml');
    expect(d.series.reduce((n, o) => n + o.value, 0)).toBe(6);
    expect(d.series.map((o) => o.year)).toEqual([2020, 2022, 2024, 2025]);
    expect(d.note).toMatch(/Sa Đéc, Cao Lãnh và Vinh/);
  });
});
