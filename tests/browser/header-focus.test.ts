/**
 * The page frame as a phone and a keyboard user meet it: a header of at most
 * 120 px at 390 px wide whose menu opens without JavaScript, one search box
 * per page, the first search result above the fold, and a focus indicator
 * measured in pixels at the first 20 focus stops (3:1 against what it
 * replaces, WCAG 1.4.11) with targets of at least 24×24 px (WCAG 2.5.8).
 */
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/chromium';
import { useSiteInBrowser } from '../support/browser';
import { measureFocusStops } from '../support/focus';

const hasChromium = requireChromium();

const pages = {
  home: '/',
  guide: '/danh-hieu/cong-dan-hoc-tap/',
  search: '/tim-kiem/?q=gia%20dinh%20hoc%20tap',
  event: '/su-kien/',
  dataset: '/so-lieu/muc-tieu-2030-de-an-1373/',
  criteria: '/danh-hieu/tieu-chi/',
};

describe.runIf(hasChromium)('header, focus and targets in Chromium', () => {
  const site = useSiteInBrowser();

  for (const [name, path] of Object.entries(pages)) {
    it(`${name}: the header is at most 120 px tall at 390 px, with one search box on the page`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(site.url + path);
      const height = await page.locator('header.site-header').evaluate((h) => h.getBoundingClientRect().height);
      expect(height).toBeGreaterThan(0);
      expect(height).toBeLessThanOrEqual(120);
      expect(await page.locator('input[type="search"]').count()).toBe(1);
      expect(await page.locator('[role="search"]').count()).toBe(1);
      // The menu is closed until asked for.
      expect(await page.locator('.site-nav a').first().isVisible()).toBe(false);
      await page.close();
    });
  }

  it('opens the phone menu without JavaScript, and shows it open at 1280 px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const phone = await context.newPage();
    await phone.goto(`${site.url}/danh-hieu/cong-dan-hoc-tap/`);
    const toggle = phone.locator('summary.site-menu__toggle');
    expect(await toggle.isVisible()).toBe(true);
    await toggle.click();
    const links = phone.locator('.site-nav a');
    expect(await links.count()).toBe(7);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    await phone.locator('.site-nav a', { hasText: 'Sự kiện' }).click();
    expect(new URL(phone.url()).pathname).toBe('/su-kien/');
    await context.close();

    const desk = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await desk.goto(`${site.url}/danh-hieu/cong-dan-hoc-tap/`);
    expect(await desk.locator('summary.site-menu__toggle').isVisible()).toBe(false);
    for (const link of await desk.locator('.site-nav a').all()) expect(await link.isVisible()).toBe(true);
    await desk.close();
  });

  it('shows the first search result above the fold of a 390×844 phone', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site.url + pages.search);
    const first = page.locator('[data-search-results] li h2 a').first();
    await first.waitFor();
    const box = await first.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    await page.close();
  });

  for (const name of ['home', 'guide', 'search'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${name} (${colorScheme}): the first 20 focus stops show a 3:1 indicator on 24×24 px targets`, async () => {
        const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme, deviceScaleFactor: 1 });
        await page.goto(site.url + pages[name]);
        if (name === 'search') await page.locator('[data-search-results] li').first().waitFor();
        const stops = await measureFocusStops(page, 20);
        expect(stops.length).toBe(20);
        const weak = stops.filter((s) => s.strongPixels < s.needed).map((s) => `${s.name}: ${s.strongPixels} of ${s.needed} px`);
        expect(weak).toEqual([]);
        const small = stops
          .filter((s) => s.standalone && (s.width < 24 || s.height < 24))
          .map((s) => `${s.name}: ${Math.round(s.width)}×${Math.round(s.height)}`);
        expect(small).toEqual([]);
        await page.close();
      });
    }
  }
});
