import { describe, expect, it } from 'vitest';
import { describeKind, excerpts, fieldRows, renderFieldReference, staleExcerpts } from './field-reference';

describe('describeKind', () => {
  it('says what an editor writes, in Vietnamese', () => {
    expect(describeKind({ anyOf: [{}, { type: 'string', pattern: '^(\\d{4})-(\\d{2})-(\\d{2})$' }] })).toBe('ngày `2024-05-02`');
    expect(describeKind({ anyOf: [{}, { type: 'string' }] })).toContain('`--05-30`');
    expect(describeKind({ type: 'string', 'x-ref': 'localities' })).toContain('`content/localities/`');
    expect(describeKind({ type: 'string', 'x-image': true })).toContain('đường dẫn tệp ảnh');
    expect(describeKind({ type: 'string', enum: ['a', 'b'] })).toBe('một trong: `a`, `b`');
    expect(describeKind({ type: 'array', items: { type: 'string' } })).toBe('danh sách; mỗi mục: chữ');
    expect(describeKind({ type: 'string', format: 'uri' })).toContain('https://');
  });
  it('shows a pattern as its example value, never as the regular expression', () => {
    expect(describeKind({ type: 'string', pattern: '^\\d+\\/[A-Z]+$', examples: ['67/KH-UBND'] })).toBe('chữ, ví dụ `67/KH-UBND`');
    expect(() => describeKind({ type: 'string', pattern: '^\\d+$' }, 'number')).toThrow('trường number có mẫu');
    expect(() => describeKind({ type: 'array', items: { type: 'string', pattern: '^x$' } }, 'ids')).toThrow('trường ids[] có mẫu');
  });
});

describe('fieldRows', () => {
  it('lists nested fields with their meaning, marks required ones and notes limits and defaults', () => {
    const rows = fieldRows({
      type: 'object',
      required: ['title', 'sources'],
      properties: {
        title: { type: 'string', minLength: 5, maxLength: 160, description: 'Tiêu đề.' },
        draft: { type: 'boolean', default: false, description: 'Bản nháp.' },
        order: { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991, description: 'Thứ tự.' },
        sources: {
          type: 'array',
          minItems: 1,
          description: 'Nguồn.',
          items: { type: 'object', required: ['name'], properties: { name: { type: 'string', description: 'Tên nguồn.' } } },
        },
      },
    });
    expect(rows).toEqual([
      { field: 'title', required: true, meaning: 'Tiêu đề.', format: 'chữ; 5–160 ký tự' },
      { field: 'draft', required: false, meaning: 'Bản nháp.', format: '`true` hoặc `false`; bỏ trống thì là `false`' },
      { field: 'order', required: false, meaning: 'Thứ tự.', format: 'số nguyên' },
      { field: 'sources', required: true, meaning: 'Nguồn.', format: 'danh sách, mỗi mục có các trường bên dưới; ít nhất 1 mục' },
      { field: 'sources[].name', required: true, meaning: 'Tên nguồn.', format: 'chữ' },
    ]);
  });
  it('refuses a field without a description, naming it', () => {
    expect(() => fieldRows({ type: 'object', properties: { a: { type: 'object', description: 'A.', properties: { b: { type: 'string' } } } } })).toThrow(
      'trường a.b chưa có mô tả',
    );
  });
  it('names each form of a field that takes one of several shapes', () => {
    const rows = fieldRows({
      type: 'object',
      properties: {
        scoring: {
          description: 'Cách chấm.',
          oneOf: [
            {
              type: 'object',
              required: ['kind'],
              properties: { kind: { type: 'string', const: 'points', description: 'Điểm.' }, total: { type: 'integer', description: 'Tổng.' } },
            },
            { type: 'object', required: ['kind'], properties: { kind: { type: 'string', const: 'pass-fail', description: 'Đạt.' } } },
          ],
        },
      },
    });
    expect(rows.map((r) => r.field)).toEqual(['scoring', 'scoring{kind: points}.kind', 'scoring{kind: points}.total', 'scoring{kind: pass-fail}.kind']);
  });
});

describe('renderFieldReference', () => {
  it('writes one table per collection with the four columns, escaping pipes', () => {
    const doc = renderFieldReference([
      { name: 'news', format: 'md', jsonSchema: { type: 'object', required: ['title'], properties: { title: { type: 'string', description: 'Tiêu đề | tên.' } } } },
    ]);
    expect(doc).toMatch(/^# Các trường dữ liệu\n/);
    expect(doc).toContain('## `content/news/` (tệp `.md`)\n\n| Trường | Bắt buộc | Ý nghĩa | Giá trị, định dạng |\n| --- | --- | --- | --- |\n');
    expect(doc).toContain('| `title` | **bắt buộc** | Tiêu đề \\| tên. | chữ |\n');
  });
});

describe('excerpts of content files in a guide', () => {
  const doc = 'x\n<!-- trích: content/a.yaml -->\n```yaml\nname: A\nlevel: xa\n```\ny\n<!-- trích: content/b.md -->\n```md\ntitle: B\n```\n';
  it('finds each marked block and the file it names', () => {
    expect(excerpts(doc)).toEqual([
      { path: 'content/a.yaml', text: 'name: A\nlevel: xa\n' },
      { path: 'content/b.md', text: 'title: B\n' },
    ]);
  });
  it('reports the blocks no longer copied verbatim from their file, or whose file is gone', () => {
    const files: Record<string, string> = { 'content/a.yaml': 'id: 1\nname: A\nlevel: xa\nparent: b\n' };
    expect(staleExcerpts(doc, (p) => files[p])).toEqual(['content/b.md']);
    files['content/b.md'] = '---\ntitle: C\n---\n';
    expect(staleExcerpts(doc, (p) => files[p])).toEqual(['content/b.md']);
    files['content/b.md'] = '---\ntitle: B\n---\n';
    expect(staleExcerpts(doc, (p) => files[p])).toEqual([]);
  });
});
