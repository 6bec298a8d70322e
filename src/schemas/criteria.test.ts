import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { criteriaSchema } from './criteria';
import type { SchemaContext } from './fields';

const ctx: SchemaContext = {
  ref: (collection) => z.string().transform((id) => ({ id, collection })),
  image: () => z.string(),
};

const criteriaDir = resolve(import.meta.dirname, '../../content/criteria');
const files = readdirSync(criteriaDir).filter((f) => f.endsWith('.yaml'));
const read = (file: string) => load(readFileSync(join(criteriaDir, file), 'utf8'));

function issues(input: unknown): string[] {
  const result = criteriaSchema(ctx).safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const base = {
  title: 'cong-dan-hoc-tap',
  level: 'chung',
  name: 'Bộ tiêu chí dùng trong kiểm thử',
  legalSource: { number: '1/QĐ-MAU', kind: 'Quyết định', issuer: 'Cơ quan mẫu', subject: 'Văn bản mẫu' },
  status: 'partial',
  missing: ['Mọi chỉ số'],
  sources: [{ name: 'Nguồn mẫu' }],
};

describe('every criteria file', () => {
  it('there are criteria files', () => expect(files.length).toBeGreaterThan(5));
  for (const file of files) {
    it(`${file} validates and its rule is consistent`, () => expect(issues(read(file))).toEqual([]));
  }
  it('Công dân học tập keeps the sourced pass rule: 80 of 100, no indicator under 5', () => {
    const set = criteriaSchema(ctx).parse(read('cong-dan-hoc-tap-qd-324.yaml'));
    expect(set.scoring).toEqual({ kind: 'points', total: 100, passMark: 80, minPerIndicator: 5 });
    expect(set.criteria).toEqual([]);
  });
});

describe('criteria schema', () => {
  it('turns one level into a list, so pages never branch on the form', () => {
    expect(criteriaSchema(ctx).parse(base).level).toEqual(['chung']);
    expect(criteriaSchema(ctx).parse({ ...base, level: ['huyen', 'tinh'] }).level).toEqual(['huyen', 'tinh']);
  });
  it('rejects an unknown level in Vietnamese', () => {
    expect(issues({ ...base, level: 'thanh-pho' })[0]).toMatch(/^level: cấp \(level\) phải là một trong/);
  });
  it('rejects an id that cannot be an anchor', () => {
    const bad = { ...base, criteria: [{ id: 'Tiêu chí 1', name: 'Một', indicators: [] }] };
    expect(issues(bad)).toEqual(['criteria.0.id: mã (id) chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ tc1-2']);
  });
  it('reports a pass mark above the total at its field', () => {
    const bad = { ...base, scoring: { kind: 'points', total: 100, passMark: 120 } };
    expect(issues(bad)).toEqual(['scoring.passMark: điểm đạt 120 cao hơn tổng điểm 100']);
  });
  it('reports criteria points that do not add up', () => {
    const bad = {
      ...base,
      scoring: { kind: 'points', total: 100, bands: [{ name: 'Tốt', min: 85 }] },
      criteria: [
        { id: 'tc1', name: 'Một', points: 30 },
        { id: 'tc2', name: 'Hai', points: 30 },
      ],
    };
    expect(issues(bad)).toEqual(['scoring.total: điểm các tiêu chí cộng lại 60, không bằng tổng điểm 100']);
  });
  it('rejects an unknown scoring kind', () => {
    expect(issues({ ...base, scoring: { kind: 'stars' } })[0]).toContain('points (chấm điểm) hoặc pass-fail');
  });
  it('refuses to call a set complete without a sourced scoring rule', () => {
    const complete = { ...base, status: 'complete', missing: [], criteria: [{ id: 'tc1', name: 'Một', indicators: [{ id: 'a', text: 'Chỉ số A.' }] }] };
    expect(issues(complete)).toEqual([
      'scoring: bộ tiêu chí đầy đủ (complete) phải có cách chấm (scoring) có nguồn; nếu nguồn không nêu, bộ tiêu chí là partial',
    ]);
  });
  it('requires a partial set to say what is missing', () => {
    expect(issues({ ...base, missing: [] })).toEqual(['missing: bộ tiêu chí chưa đầy đủ (partial) phải nêu còn thiếu gì (missing)']);
  });
});
