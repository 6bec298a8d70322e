/**
 * The learning-title guides and the criteria lookup in Debian's Chromium:
 * the self-check keeps its answers across a reload, saves a file and sends
 * nothing off the device; the pages pass axe-core at WCAG 2.1 AA; without
 * JavaScript the checklist is still there to print.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/chromium';
import { useSiteInBrowser, axeViolations, sidewaysOverflow } from '../support/browser';

const hasChromium = requireChromium();

const guide = '/danh-hieu/gia-dinh-hoc-tap/';
const set = 'gia-dinh-hoc-tap-qd-448';
const box = (indicator: string) => `#tu-kiem-tra-${set}-${indicator}`;

describe.runIf(hasChromium)('learning titles in Chromium', () => {
  const site = useSiteInBrowser();

  it('the self-check keeps ticked boxes across a reload, saves a file, and requests nothing from elsewhere', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    await page.goto(`${site.url}${guide}`);
    // Controls come alive only once the script has run.
    await page.waitForSelector(`${box('tc1-1')}:not([disabled])`);
    const result = page.locator(`self-check [data-result]`).first();
    await expect.poll(() => result.textContent()).toContain('Tiêu chí 1: Việc học tập của trẻ em trong gia đình — đã đáp ứng 0/3');

    await page.check(box('tc1-1'));
    await page.check(box('tc1-3'));
    await page.check(box('tc2-hoc-hang-nam'));
    await expect.poll(() => result.textContent()).toContain('đã đáp ứng 2/3');
    expect(await result.textContent()).toContain('không kết luận đạt hay không');
    expect(await result.textContent()).not.toMatch(/Kết quả: (chưa )?đạt/);

    await page.reload();
    await page.waitForSelector(`${box('tc1-1')}:not([disabled])`);
    expect(await page.isChecked(box('tc1-1'))).toBe(true);
    expect(await page.isChecked(box('tc1-2'))).toBe(false);
    expect(await page.isChecked(box('tc1-3'))).toBe(true);
    expect(await page.isChecked(box('tc2-hoc-hang-nam'))).toBe(true);
    await expect.poll(() => result.textContent()).toContain('đã đáp ứng 2/3');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`self-check [data-action="save"]`)]);
    expect(download.suggestedFilename()).toBe(`tu-kiem-tra-${set}.txt`);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved).toContain('[x] Trẻ em trong độ tuổi đi học đều đến trường');
    expect(saved).toContain('[ ] Học lực từ trung bình trở lên');
    expect(saved).toContain('Văn bản ban hành: Quyết định 448/QĐ-KHVN');

    await page.click(`self-check [data-action="reset"]`);
    expect(await page.isChecked(box('tc1-1'))).toBe(false);
    await page.reload();
    await page.waitForSelector(`${box('tc1-1')}:not([disabled])`);
    expect(await page.isChecked(box('tc1-1'))).toBe(false);

    expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
    await context.close();
  });

  it('without JavaScript the checklist is there, says how to use it, and prints without the buttons', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}${guide}`);
    expect(await page.locator('self-check input[type="checkbox"]').count()).toBe(5);
    expect(await page.isDisabled(box('tc1-1'))).toBe(true);
    expect(await page.isVisible('self-check [data-no-script]')).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible(box('tc1-1'))).toBe(true);
    expect(await page.isVisible('self-check [data-action="print"]')).toBe(false);
    await context.close();
  });

  const pages = [
    '/danh-hieu/',
    '/danh-hieu/gia-dinh-hoc-tap/',
    '/danh-hieu/dong-ho-hoc-tap/',
    '/danh-hieu/cong-dong-hoc-tap/',
    '/danh-hieu/cong-dong-hoc-tap-cap-xa/',
    '/danh-hieu/don-vi-hoc-tap/',
    '/danh-hieu/cong-dan-hoc-tap/',
    '/danh-hieu/cong-dong-hoc-tap-cap-huyen-tinh/',
    '/danh-hieu/tieu-chi/',
    '/danh-hieu/tieu-chi/cap/xa/',
  ];
  for (const path of pages) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path} has no WCAG 2.1 AA violations at 390 px (${colorScheme})`, async () => {
        const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme });
        await page.goto(`${site.url}${path}`);
        expect(await axeViolations(page)).toEqual([]);
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        await page.close();
      });
    }
  }
});
