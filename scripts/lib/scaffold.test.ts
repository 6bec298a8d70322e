import { describe, expect, it } from 'vitest';
import { findPlaceholder, scaffold, scaffoldCollections } from './scaffold';

describe('scaffold', () => {
  it('names the file with an ASCII slug in the collection folder', () => {
    expect(scaffold('news', 'Xã Đông Hòa khai mạc Tuần lễ học tập', '2026-11-23').path).toBe(
      'news/xa-dong-hoa-khai-mac-tuan-le-hoc-tap.md',
    );
    expect(scaffold('stats', 'Kết quả năm 2025', '2026-11-23').path).toBe('stats/ket-qua-nam-2025.yaml');
  });
  it("writes today's date and the title, and marks required fields", () => {
    const { text } = scaffold('events', 'Tuần lễ học tập ở xã', '2026-11-23');
    expect(text).toContain('title: "Tuần lễ học tập ở xã"');
    expect(text).toMatch(/^date: 2026-11-23 # BẮT BUỘC/m);
    expect(text).toMatch(/^start: 2026-11-23 # BẮT BUỘC/m);
    for (const field of ['title', 'summary', 'date', 'sources']) expect(text).toMatch(new RegExp(`BẮT BUỘC[^\\n]*\\n?${field}|${field}:[^\\n]*BẮT BUỘC`));
  });
  it('starts prose and datasets as drafts, localities without', () => {
    for (const c of scaffoldCollections) {
      expect(/^draft: true/m.test(scaffold(c, 'Một tiêu đề', '2026-01-01').text), c).toBe(c !== 'localities');
    }
  });
  it('quotes a title YAML would misread', () => {
    expect(scaffold('news', 'Kế hoạch: "mới" # 1', '2026-01-01').text).toContain('title: "Kế hoạch: \\"mới\\" # 1"');
  });
  it('refuses a title with no letters or digits', () => {
    expect(() => scaffold('news', '!!!', '2026-01-01')).toThrow('không tạo được tên tệp');
  });
});

describe('findPlaceholder', () => {
  it('finds a «…» left in a published file, with its line', () => {
    expect(findPlaceholder('title: a\nsummary: "«tóm tắt»"\n')).toEqual({ line: 2, text: '«tóm tắt»' });
  });
  it('lets drafts keep placeholders', () => {
    expect(findPlaceholder('summary: "«tóm tắt»"\ndraft: true # xoá\n')).toBeUndefined();
  });
  it('ignores the hints in YAML comments but not the body', () => {
    const done = '---\n# Điền mọi chỗ «…»\ntitle: Tin # «gợi ý»\n# url: «địa chỉ»\n---\nNội dung.\n';
    expect(findPlaceholder(done)).toBeUndefined();
    expect(findPlaceholder(`${done}«Nội dung bài»\n`)).toEqual({ line: 7, text: '«Nội dung bài»' });
    expect(findPlaceholder('name: X\n# parent: «mã»\nnote: "«ghi chú»"\n')).toEqual({ line: 3, text: '«ghi chú»' });
  });
  it('passes a finished file', () => {
    expect(findPlaceholder('title: Tin\nsummary: Một câu.\n')).toBeUndefined();
  });
});
