import { describe, expect, it } from 'vitest';
import { describeKind, examplePaths, fieldRows, replaceExamples, replaceReference, referenceEnd, referenceStart } from './field-reference';

describe('describeKind', () => {
  it('says what an editor writes, in Vietnamese', () => {
    expect(describeKind({ anyOf: [{}, { type: 'string', pattern: '^(\\d{4})-(\\d{2})-(\\d{2})$' }] })).toBe('ngày `2024-05-02`');
    expect(describeKind({ anyOf: [{}, { type: 'string' }] })).toContain('`--05-30`');
    expect(describeKind({ type: 'string', description: 'ref:localities' })).toContain('`content/localities/`');
    expect(describeKind({ type: 'string', enum: ['a', 'b'] })).toBe('một trong: `a`, `b`');
    expect(describeKind({ type: 'array', items: { type: 'string' } })).toBe('danh sách; mỗi mục: chữ');
    expect(describeKind({ type: 'string', format: 'uri' })).toContain('https://');
  });
});

describe('fieldRows', () => {
  it('lists nested fields, marks required ones and notes limits and defaults', () => {
    const rows = fieldRows({
      type: 'object',
      required: ['title', 'sources'],
      properties: {
        title: { type: 'string', minLength: 5, maxLength: 160 },
        draft: { type: 'boolean', default: false },
        order: { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 },
        sources: { type: 'array', minItems: 1, items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
      },
    });
    expect(rows).toEqual([
      { field: 'title', required: true, kind: 'chữ', notes: '5–160 ký tự' },
      { field: 'draft', required: false, kind: '`true` hoặc `false`', notes: 'bỏ trống thì là `false`' },
      { field: 'order', required: false, kind: 'số nguyên', notes: '' },
      { field: 'sources', required: true, kind: 'danh sách, mỗi mục có các trường bên dưới', notes: 'ít nhất 1 mục' },
      { field: 'sources[].name', required: true, kind: 'chữ', notes: '' },
    ]);
  });
  it('names each form of a field that takes one of several shapes', () => {
    const rows = fieldRows({
      type: 'object',
      properties: {
        scoring: {
          oneOf: [
            { type: 'object', required: ['kind'], properties: { kind: { type: 'string', const: 'points' }, total: { type: 'integer' } } },
            { type: 'object', required: ['kind'], properties: { kind: { type: 'string', const: 'pass-fail' } } },
          ],
        },
      },
    });
    expect(rows.map((r) => r.field)).toEqual(['scoring', 'scoring{kind: points}.kind', 'scoring{kind: points}.total', 'scoring{kind: pass-fail}.kind']);
  });
});

describe('replacing generated parts of the guide', () => {
  it('puts the reference between its markers, and fails without them', () => {
    const doc = `a\n${referenceStart}\nold\n${referenceEnd}\nb`;
    expect(replaceReference(doc, 'new\n')).toBe(`a\n${referenceStart}\n\nnew\n\n${referenceEnd}\nb`);
    expect(() => replaceReference('a', 'x')).toThrow('thiếu dấu');
  });
  it('fills example blocks from the files they name', () => {
    const doc = 'x\n<!-- example: content/a.yaml -->\n```yaml\nold: 1\n```\ny';
    expect(examplePaths(doc)).toEqual(['content/a.yaml']);
    expect(replaceExamples(doc, () => 'new: 2')).toBe('x\n<!-- example: content/a.yaml -->\n```yaml\nnew: 2\n```\ny');
  });
});
