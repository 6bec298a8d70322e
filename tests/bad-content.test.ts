/**
 * Each folder in tests/fixtures/bad-content holds one faulty file. Built on
 * top of a good fixture, each must fail the build with a message naming the
 * file and the field, so an editor knows what to fix.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, fixturesDir } from './support/build-fixture';

const cases: { dir: string; file: string; field: string; says: string }[] = [
  { dir: 'news-missing-title', file: 'thieu-tieu-de.md', field: 'title', says: 'cần tiêu đề' },
  { dir: 'news-summary-too-short', file: 'tom-tat-ngan.md', field: 'summary', says: 'tóm tắt quá ngắn' },
  { dir: 'news-impossible-date', file: 'ngay-sai.md', field: 'date', says: '2026-13-45 không tồn tại' },
  { dir: 'news-unknown-locality', file: 'dia-phuong-sai.md', field: 'localities[0]', says: '"tinh-mauu"' },
  { dir: 'news-misspelled-field', file: 'ten-truong-sai.md', field: 'sumary', says: 'viết sai tên' },
  { dir: 'news-no-sources', file: 'khong-nguon.md', field: 'sources', says: 'cần ít nhất một nguồn' },
  { dir: 'news-updated-before-date', file: 'cap-nhat-truoc.md', field: 'updated', says: 'không được trước ngày đăng' },
  { dir: 'news-duplicate-slug', file: '2025/tin-mau.md', field: 'tin-mau', says: 'hai tệp cùng tên' },
  { dir: 'source-bad-url', file: 'nguon-sai-dia-chi.md', field: 'sources.0.url', says: 'địa chỉ web đầy đủ' },
  { dir: 'plan-bad-number', file: 'so-hieu-sai.md', field: 'number', says: 'phải có dạng 67/KH-UBND' },
  { dir: 'plan-target-value-text', file: 'chi-tieu-chu.md', field: 'targets.0.value', says: 'phải là một số' },
  { dir: 'plan-impossible-issued', file: 'ngay-ban-hanh-sai.md', field: 'issued', says: 'không phải là ngày hợp lệ' },
  { dir: 'event-end-before-start', file: 'ket-thuc-truoc.md', field: 'end', says: 'không được trước ngày bắt đầu' },
  { dir: 'stat-unknown-kind', file: 'loai-sai.yaml', field: 'kind', says: 'result (kết quả) hoặc target' },
  { dir: 'stat-unknown-title', file: 'danh-hieu-sai.yaml', field: 'series[0].learningTitle', says: '"gia-dinh-hoc-tapp"' },
  { dir: 'stat-count-without-unit', file: 'thieu-don-vi-dem.yaml', field: 'series.0.countUnit', says: 'đơn vị đếm' },
  { dir: 'stat-bad-key', file: 'khoa-sai.yaml', field: 'series.0.key', says: 'khóa chỉ số (key)' },
  { dir: 'locality-change-without-source', file: 'thay-doi-khong-nguon.yaml', field: 'change.sources', says: 'cần ít nhất một nguồn' },
  { dir: 'locality-unknown-level', file: 'cap-sai.yaml', field: 'level', says: 'cấp phải là một trong' },
  { dir: 'criteria-pass-mark-above-total', file: 'diem-dat-sai.yaml', field: 'scoring.passMark', says: 'điểm đạt 120 cao hơn tổng điểm 100' },
  { dir: 'criteria-points-dont-add-up', file: 'diem-khong-khop.yaml', field: 'scoring.total', says: 'cộng lại 90, không bằng tổng điểm 100' },
  { dir: 'criteria-unknown-title', file: 'danh-hieu-sai.yaml', field: 'title', says: '"danh-hieu-mauu"' },
  { dir: 'plan-period-reversed', file: 'giai-doan-nguoc.md', field: 'period.to', says: 'không được trước năm bắt đầu' },
  // Checks on the body name the line (7 lines of front matter, then the text).
  { dir: 'mdx-script', file: 'co-the-script.mdx:10', field: '<script>', says: 'không được chèn mã' },
  { dir: 'mdx-event-handler', file: 'co-onclick.mdx:10', field: 'onClick', says: 'chạy mã khi người đọc bấm' },
  { dir: 'mdx-javascript-url', file: 'lien-ket-javascript.mdx:10', field: 'javascript:alert(1)', says: 'chạy mã' },
  { dir: 'mdx-iframe', file: 'nhung-khung.mdx:10', field: 'https://video.example.com/embed/1', says: 'không được phép' },
  { dir: 'news-image-no-alt', file: 'anh-thieu-mo-ta.md:10', field: './anh-le.png', says: 'thiếu mô tả' },
  { dir: 'news-image-missing', file: 'anh-mat-tep.md:10', field: './anh-khong-co.png', says: 'không tìm thấy tệp ảnh' },
  { dir: 'news-placeholder-left', file: 'chua-dien.md:3', field: '«Tóm tắt bài viết', says: 'còn chỗ chưa điền' },
  { dir: 'news-broken-internal-link', file: 'lien-ket-hong.md:10', field: '/ke-hoach/ke-hoach-khong-co/', says: 'không có trong cổng' },
];

describe('bad content fails the build, naming the file and the field', () => {
  it('the good fixture alone builds, its body links rendered safely', () => {
    const result = buildContent(undefined, { keepDist: true });
    expect(result.output).not.toMatch(/\[ERROR\]/);
    expect(result.status).toBe(0);
    const html = readFileSync(join(result.distDir!, 'tin-tuc/tin-mau/index.html'), 'utf8');
    expect(html).toContain('<a href="https://example.org/nguon-mau" rel="noopener noreferrer">');
    expect(html).toContain('<a href="/ke-hoach/ke-hoach-mau/">');
  });

  it('there are at least twenty faulty cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it('every fixture folder has a case here', () => {
    expect(readdirSync(join(fixturesDir, 'bad-content')).sort()).toEqual(cases.map((c) => c.dir).sort());
  });

  for (const c of cases) {
    it(c.dir, () => {
      const result = buildContent(join(fixturesDir, 'bad-content', c.dir));
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(c.file);
      expect(result.output).toContain(c.field);
      expect(result.output).toContain(c.says);
    });
  }
});
