/**
 * The 2025–2026 content as built: shares shown with their bases, the reform
 * page reachable from every guide that names a district body, and the
 * learning-cities members with their years.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, pageText, readPage } from './support/dist';
import { parseCsv } from './support/csv';
import { ui } from '../src/lib/site/ui';

const reform = '/sau-ngay-01-7-2025/';

describe('shares with their bases, as built', () => {
  it('Hà Nội’s table says of each share that the source gives no base', () => {
    const rows = [...readPage('/so-lieu/ket-qua-ha-noi-thang-12-2025/').querySelectorAll('.series-table tbody tr')];
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.querySelector('td.num')?.textContent).toContain(ui.statsPage.baseNotStated);
    expect(pageText('/so-lieu/ket-qua-ha-noi-thang-12-2025/')).toContain('Nguồn ghi "hơn 1.420.000" gia đình');
  });
  it('the CSV carries the same warning, one row per share', () => {
    const csv = parseCsv(readFileSync(join(distDir, 'so-lieu/ket-qua-ha-noi-thang-12-2025.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const col = csv[0]!.indexOf('base_not_stated');
    expect(csv.slice(1).map((r) => r[col])).toEqual(['true', 'true', 'true']);
  });
  it('Sơn La 2025 shows counts, and its note says why no share is shown', () => {
    const text = pageText('/so-lieu/ket-qua-2025-son-la/');
    expect(text).toContain('742.335 người');
    expect(text).toContain('Chỉ đăng số lượng.');
    expect(text).not.toMatch(/\d%/);
  });
  it('the learning-cities members show each year of joining and the 2025 merger note', () => {
    const text = pageText('/so-lieu/thanh-vien-mang-luoi-thanh-pho-hoc-tap-toan-cau/');
    for (const y of ['2020', '2022', '2024', '2025']) expect(text).toContain(`Gia nhập năm ${y}`);
    expect(text).toContain('Sa Đéc, Cao Lãnh và Vinh không còn là thành phố riêng');
  });
});

describe('the page on the 2025 reform', () => {
  it('says what was found, what was not, and carries its unsure facts labelled', () => {
    const text = pageText(reform);
    for (const doc of ['142/2025/NĐ-CP', '11/2025/TT-BGDĐT', '15/2025/TT-BGDĐT', '26/2025/TT-BGDĐT']) expect(text).toContain(doc);
    expect(text).toContain('Không tìm thấy văn bản sửa Thông tư 24/2023 hay Thông tư 25/2023.');
    expect(text).toContain('Chưa xác minh');
    expect(text).toContain('Xã có thể làm gì trong lúc chờ');
  });
  it('is linked from each guide that names a district body', () => {
    for (const guide of ['cong-dong-hoc-tap-cap-xa', 'don-vi-hoc-tap', 'cong-dong-hoc-tap-cap-huyen-tinh']) {
      const links = [...readPage(`/danh-hieu/${guide}/`).querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      expect(links, guide).toContain(reform);
    }
  });
});
