/**
 * Statistics pages in Chromium at a 360 px phone and a desktop width, light
 * and dark: no WCAG 2.1 AA violations, no sideways scrolling, and every word
 * of every chart inside the drawing (nothing clipped).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requireChromium } from '../support/chromium';
import { useSiteInBrowser, axeViolations, sidewaysOverflow } from '../support/browser';

const hasChromium = requireChromium();
// The statistics home leads with the newest result, which may be counts without a chart (Sơn La 2025).
const paths = ['/so-lieu/ket-qua-ha-noi-thang-12-2025/', '/so-lieu/ket-qua-2023-mot-tinh/', '/so-lieu/muc-tieu-2030-de-an-1373/', '/ke-hoach/thua-thien-hue-182-kh-ubnd/'];

/** Text boxes of the visible charts that poke out of their SVG, with their words. */
async function clippedChartText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
      const frame = svg.getBoundingClientRect();
      if (frame.width === 0) continue; // the drawing for the other screen width
      for (const t of svg.querySelectorAll('text')) {
        const b = t.getBoundingClientRect();
        if (b.left < frame.left - 0.5 || b.right > frame.right + 0.5 || b.top < frame.top - 0.5 || b.bottom > frame.bottom + 0.5) {
          out.push(t.textContent ?? '');
        }
      }
      if (frame.right > window.innerWidth) out.push(`svg wider than the screen: ${frame.right}`);
    }
    return out;
  });
}

describe.runIf(hasChromium)('statistics pages in Chromium', () => {
  const site = useSiteInBrowser();

  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${width} px, ${colorScheme}: readable charts, no clipping, no AA violations`, async () => {
        const page = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        try {
          for (const path of paths) {
            await page.goto(`${site.url}${path}`);
            const visible = await page.evaluate(() => [...document.querySelectorAll('svg.chart-svg')].filter((s) => s.getBoundingClientRect().width > 0).length);
            expect(visible, path).toBeGreaterThan(0);
            expect(await clippedChartText(page), path).toEqual([]);
            expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
            expect(await axeViolations(page), path).toEqual([]);
          }
        } finally {
          await page.close();
        }
      });
    }
  }
});
