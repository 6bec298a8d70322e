/**
 * The real Cộng đồng học tập cấp xã guide in Chromium: the self-check reaches
 * each verdict of the law's rule (TT 25/2023 Điều 8) by the reader's own
 * answers — mức độ 1 at the thresholds, mức độ 2, chưa đạt at 59 %
 * Công dân học tập naming Tiêu chí 5 chỉ tiêu 1, the difficult-area
 * thresholds — refuses impossible counts, keeps the answers across a reload
 * and prints with the portal, the address, the legal text and the date.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requireChromium } from '../support/chromium';
import { useSiteInBrowser } from '../support/browser';

const hasChromium = requireChromium();
const guide = '/danh-hieu/cong-dong-hoc-tap-cap-xa/';
const root = 'law-self-check';

/** Clicks every "Đạt" (of mức 1 only, or of both levels) in the page, as a reader would, in one round trip. */
async function markAll(page: Page, level2: boolean) {
  await page.$$eval(
    `${root} input[type="radio"][value="dat"]`,
    (radios, both) => radios.filter((r) => both || !r.id.includes('muc-2')).forEach((r) => (r as HTMLInputElement).click()),
    level2,
  );
}
/** The machine may be busy: give the page time to answer. */
const poll = <T,>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const share = (page: Page, key: string, id: string, value: number) => page.fill(`${root} input[data-key="${key}"][data-share="${id}"]`, String(value));
const whole = (page: Page, key: string, value: number) => page.fill(`${root} input[data-key="${key}"][data-denominator]`, String(value));

async function counts(page: Page, cdht: number, daoTao: number, daiHoc: number) {
  await share(page, 'tc5-cong-dan-hoc-tap', 'cong-dan-hoc-tap', cdht);
  await whole(page, 'tc5-cong-dan-hoc-tap', 100);
  await share(page, 'tc5-trinh-do', 'dao-tao', daoTao);
  await share(page, 'tc5-trinh-do', 'dai-hoc', daiHoc);
  await whole(page, 'tc5-trinh-do', 100);
}

describe.runIf(hasChromium)('the law’s self-check on the Cộng đồng học tập cấp xã guide', () => {
  const site = useSiteInBrowser();

  it('reaches each verdict of the rule from the reader’s answers', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${site.url}${guide}`);
    await page.waitForSelector(`${root} input[type="radio"]:not([disabled])`);
    const verdict = page.locator(`${root} [data-result] .verdict`);
    const result = page.locator(`${root} [data-result]`);
    await poll(() => verdict.textContent()).toBe('Kết quả: chưa đủ thông tin để kết luận.');

    // Every mức 1 chỉ tiêu met, shares exactly at 60 %, 50 %, 12 %.
    await markAll(page, false);
    await counts(page, 60, 50, 12);
    await poll(() => verdict.textContent()).toBe('Kết quả: đạt Mức độ 1.');
    expect(await result.textContent()).toContain('Các chỉ tiêu còn phải đạt để được mức độ 2:');

    // 59 % Công dân học tập: chưa đạt, naming Tiêu chí 5, chỉ tiêu 1 and nothing else.
    await share(page, 'tc5-cong-dan-hoc-tap', 'cong-dan-hoc-tap', 59);
    await poll(() => verdict.textContent()).toBe('Kết quả: chưa đạt mức độ nào.');
    const standing = await page.locator(`${root} [data-result] ul`).nth(1).locator('li').allTextContents();
    expect(standing).toHaveLength(1);
    expect(standing[0]).toMatch(/^Tiêu chí 5, chỉ tiêu 1 — không đạt; tỷ lệ 59% \(59 trên 100\), ngưỡng 60%/);

    // Mức 2: raised shares and the mức 2 phổ cập levels.
    await markAll(page, true);
    await counts(page, 80, 60, 15);
    await poll(() => verdict.textContent()).toBe('Kết quả: đạt Mức độ 2.');

    // A xã thuộc vùng khó khăn: 40 %/10 % reach mức 1 only with the flag.
    await counts(page, 80, 40, 10);
    await poll(() => verdict.textContent()).toBe('Kết quả: chưa đạt mức độ nào.');
    await page.check(`${root} input[data-option="vung-kho-khan"]`);
    await poll(() => verdict.textContent()).toBe('Kết quả: đạt Mức độ 1.');
    await counts(page, 80, 50, 12);
    await poll(() => verdict.textContent()).toBe('Kết quả: đạt Mức độ 2.');

    // A part larger than its whole is an error in words, not a verdict.
    await share(page, 'tc5-cong-dan-hoc-tap', 'cong-dan-hoc-tap', 120);
    await poll(() => verdict.textContent()).toContain('Số liệu không hợp lệ: Tiêu chí 5, chỉ tiêu 1');
    await share(page, 'tc5-cong-dan-hoc-tap', 'cong-dan-hoc-tap', 80);

    // The answers stay on the device, across a reload.
    await page.reload();
    await page.waitForSelector(`${root} input[type="radio"]:not([disabled])`);
    expect(await page.isChecked(`${root} input[data-option="vung-kho-khan"]`)).toBe(true);
    await poll(() => verdict.textContent()).toBe('Kết quả: đạt Mức độ 2.');

    // On paper: the portal, the address, the legal text and the day printed.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const header = page.locator('.print-header');
    expect(await header.isVisible()).toBe(true);
    const printed = (await header.textContent()) ?? '';
    expect(printed).toContain('Học tập suốt đời');
    expect(printed).toContain(guide);
    expect(printed).toContain('Thông tư 25/2023/TT-BGDĐT');
    const now = new Date();
    expect(printed).toContain(`${String(now.getDate()).padStart(2, '0')}/${now.getMonth() + 1}/${now.getFullYear()}`);

    await page.click(`${root} [data-action="reset"]`).catch(() => undefined);
    expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
    await context.close();
  });
});
