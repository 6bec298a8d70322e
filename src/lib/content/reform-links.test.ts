import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesMissingReformLink, namesDistrictBody, namesDistrictLevel } from './reform-links';
import { splitFrontmatter } from './checks';

describe('namesDistrictBody', () => {
  it('knows the district bodies the circulars name', () => {
    expect(namesDistrictBody('Hồ sơ gửi Phòng Giáo dục và Đào tạo trước ngày 15/1.')).toBe(true);
    expect(namesDistrictBody('ở cấp huyện, Ủy ban nhân dân (Chủ tịch Ủy ban nhân dân) cấp huyện, qua …')).toBe(true);
    expect(namesDistrictBody('Chủ tịch Ủy ban nhân dân cấp huyện quyết định.')).toBe(true);
  });
  it('leaves provincial and commune bodies alone', () => {
    expect(namesDistrictBody('Giám đốc Sở Giáo dục và Đào tạo quyết định công nhận.')).toBe(false);
    expect(namesDistrictBody('Chủ tịch Ủy ban nhân dân xã bổ nhiệm giám đốc trung tâm.')).toBe(false);
  });
});

describe('linesMissingReformLink', () => {
  it('flags a line naming a district body without the link, and accepts one with it', () => {
    const body = 'Gửi Phòng Giáo dục và Đào tạo.\nGửi Phòng Giáo dục và Đào tạo: xem [Sau ngày 01/7/2025](/sau-ngay-01-7-2025/).';
    expect(linesMissingReformLink(body, 10)).toEqual([{ line: 10, text: 'Gửi Phòng Giáo dục và Đào tạo.' }]);
  });
});

describe('every guide links to the reform page where it names a district body', () => {
  const dir = resolve(import.meta.dirname, '../../../content/titles');
  const files = readdirSync(dir).filter((f) => /\.mdx?$/.test(f));
  it('the guides that name district bodies are read', () => {
    const naming = files.filter((f) => namesDistrictBody(splitFrontmatter(readFileSync(join(dir, f), 'utf8')).body));
    expect(naming.length).toBeGreaterThanOrEqual(2);
  });
  for (const file of files) {
    it(file, () => {
      const { body, firstLine } = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
      expect(linesMissingReformLink(body, firstLine)).toEqual([]);
    });
  }
});

describe('namesDistrictLevel', () => {
  it('catches a "who recognises" fact that names the district level', () => {
    expect(namesDistrictLevel('Trưởng phòng Giáo dục và Đào tạo cấp huyện (theo Thông tư 25/2023)')).toBe(true);
    expect(namesDistrictLevel('Cấp huyện: Giám đốc Sở Giáo dục và Đào tạo; cấp tỉnh: Bộ trưởng')).toBe(true);
    expect(namesDistrictLevel('Hội Khuyến học cấp xã')).toBe(false);
    expect(namesDistrictLevel(undefined)).toBe(false);
  });
});
