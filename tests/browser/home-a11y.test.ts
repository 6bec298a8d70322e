/**
 * The home page on a phone-sized screen in Debian's Chromium, checked by
 * axe-core against WCAG 2.1 A and AA.
 */
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/chromium';
import { useSiteInBrowser, axeViolations, sidewaysOverflow } from '../support/browser';

const hasChromium = requireChromium();

describe.runIf(hasChromium)('home page in Chromium', () => {
  const site = useSiteInBrowser();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no WCAG 2.1 AA violations at 390 px (${colorScheme})`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme });
      await page.goto(`${site.url}/`);
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      // Nothing wider than the screen: no sideways scrolling on a phone.
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});
