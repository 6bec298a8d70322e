/**
 * The 2025–2026 content as built: shares shown with their bases, the reform
 * page reachable from every guide that names a district body, and the
 * learning-cities members with their years.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
    expect(pageText('/so-lieu/ket-qua-ha-noi-thang-12-2025/')).toContain('Nguồn ghi “hơn 1.420.000” gia đình');
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
      const doc = readPage(`/danh-hieu/${guide}/`);
      const links = [...doc.querySelectorAll('main .prose a')].map((a) => a.getAttribute('href'));
      expect(links, guide).toContain(reform);
      // The "who recognises" fact at the top names the district level too.
      expect(doc.querySelector(`dl.facts a[href="${reform}"]`), guide).not.toBeNull();
    }
  });
});

const thisYear = new Date().getUTCFullYear();
const eventsDir = join(import.meta.dirname, '../content/events');
/** Whether a national week for this year is in the content, so the test follows the content rather than the calendar. */
const weekThisYear = readdirSync(eventsDir).some((f) => {
  const text = readFileSync(join(eventsDir, f), 'utf8');
  return /^locality: viet-nam$/m.test(text) && new RegExp(`^(?:start: ${thisYear}-|year: ${thisYear}$)`, 'm').test(text);
});

describe('the current week and freshness, in words', () => {
  for (const path of ['/', '/su-kien/']) {
    it(`${path} says whether this year's week has a sourced announcement and shows past weeks with their dates`, () => {
      const section = readPage(path).querySelector('section.learning-week')!;
      expect(section, path).not.toBeNull();
      const text = section.textContent!.replace(/\s+/g, ' ');
      expect(text).toContain(ui.learningWeek.heading(thisYear));
      if (!weekThisYear) expect(text).toContain(ui.learningWeek.notAnnounced(thisYear));
      expect(text).toContain('Năm 2025: 01/10/2025 đến 07/10/2025');
    });
  }
  it('home leads with the news, newest by the date of what each item restates', () => {
    const main = readPage('/').querySelector('main')!;
    expect(main.querySelector('h2')?.textContent).toBe(ui.home.latestNews);
    const first = main.querySelector('#tin-moi ~ * a, section[aria-labelledby="tin-moi"] a');
    expect(first?.getAttribute('href')).toBe('/tin-tuc/ha-noi-don-nhan-danh-hieu-thanh-pho-hoc-tap-toan-cau/');
    const news = [...main.querySelectorAll('section[aria-labelledby="tin-moi"] h3 a')].map((a) => a.getAttribute('href'));
    expect(news).not.toContain('/tin-tuc/tphcm-muc-tieu-2030-hoc-tap-suot-doi/');
  });
  it('the events list puts the event no source dates last', () => {
    const cards = [...readPage('/su-kien/').querySelectorAll('main h3 a')].map((a) => a.getAttribute('href'));
    expect(cards.at(-1)).toBe('/su-kien/tuan-le-hoc-tap-suot-doi-xuan-hiep/');
    expect(cards[0]).not.toBe('/su-kien/tuan-le-hoc-tap-suot-doi-xuan-hiep/');
  });
  it('home lists no undated event as coming', () => {
    const events = readPage('/').querySelector('section[aria-labelledby="su-kien"]')!;
    expect(events.querySelector('a[href="/su-kien/tuan-le-hoc-tap-suot-doi-xuan-hiep/"]')).toBeNull();
  });
  for (const path of ['/tin-tuc/', '/ke-hoach/', '/su-kien/', '/so-lieu/', '/danh-hieu/']) {
    it(`${path} says when it last changed, from its items' dates`, () => {
      expect(readPage(path).querySelector('.list-updated')?.textContent).toMatch(/^Cập nhật lần cuối: \d{2}\/\d{1,2}\/\d{4} \(ngày của mục mới nhất/);
    });
  }
});
