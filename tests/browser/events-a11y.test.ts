/**
 * The events list (calendar subscription box, year groups), an event page
 * ("Thêm vào lịch", last-updated line) and the about page (open-data list)
 * in Chromium, checked by axe-core against WCAG 2.1 A and AA.
 */
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../support/chromium';
import { useSiteInBrowser, axeViolations, sidewaysOverflow } from '../support/browser';

const hasChromium = requireChromium();
const paths = ['/su-kien/', '/su-kien/tuan-le-hoc-tap-suot-doi-2023/', '/gioi-thieu/'];

describe.runIf(hasChromium)('event and about pages in Chromium', () => {
  const site = useSiteInBrowser();

  for (const path of paths) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path} has no WCAG 2.1 AA violations and no sideways scroll at 390 px (${colorScheme})`, async () => {
        const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme });
        await page.goto(`${site.url}${path}`);
        const violations = await axeViolations(page);
        expect(violations).toEqual([]);
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        await page.close();
      });
    }
  }

  it('"Thêm vào lịch" serves a calendar file', async () => {
    const response = await fetch(`${site.url}/su-kien/tuan-le-hoc-tap-suot-doi-2023.ics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('DTSTART;VALUE=DATE:20231002');
  });
});
