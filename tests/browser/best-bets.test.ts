/**
 * Best bets on the search page, in Chromium against the built site: the four
 * queries of issue 16 put the right page first, above Pagefind's results.
 */
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/chromium';
import { useSiteInBrowser } from '../support/browser';

const hasChromium = requireChromium();

const cases: [query: string, expected: string][] = [
  ['tieu chi cong dan hoc tap', '/danh-hieu/cong-dan-hoc-tap/'],
  ['gia dinh hok tap', '/danh-hieu/gia-dinh-hoc-tap/'],
  ['tuan le hoc tap', '/su-kien/tuan-le-hoc-tap-suot-doi-2025/'],
  ['182/KH-UBND', '/ke-hoach/thua-thien-hue-182-kh-ubnd/'],
];

describe.runIf(hasChromium)('best bets in Chromium', () => {
  const site = useSiteInBrowser();

  for (const [query, expected] of cases) {
    it(`"${query}" puts ${expected} first, above the full-text results`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
      const bet = page.locator('[data-search-best-bets] li a').first();
      await bet.waitFor();
      expect(new URL(await bet.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(expected);
      // Above the fold of a phone, and above Pagefind's first result once that is drawn.
      const betBox = (await bet.boundingBox())!;
      expect(betBox.y + betBox.height).toBeLessThanOrEqual(844);
      const firstResult = page.locator('[data-search-results] li h2 a').first();
      await firstResult.waitFor();
      expect((await firstResult.boundingBox())!.y).toBeGreaterThan(betBox.y);
      await page.close();
    });
  }

  it('shows no best bet for a query it cannot place, and clears them for a new query', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent('gia dinh hoc tap')}`);
    await page.locator('[data-search-best-bets] li').first().waitFor();
    await page.locator('#search-page').fill('qxzvbnmkjh');
    await page.locator('#search-page').press('Enter');
    await page.waitForFunction(() => /Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-search-best-bets]').isHidden()).toBe(true);
    await page.close();
  });
});
