/**
 * Statistics pages in Chromium at a 360 px phone and a desktop width, light
 * and dark: no WCAG 2.1 AA violations, no sideways scrolling, and every word
 * of every chart inside the drawing (nothing clipped).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, requireChromium } from '../support/chromium';
import { serveStatic, type RunningServer } from '../support/static-server';
import { distDir } from '../support/dist';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const hasChromium = requireChromium();
const paths = ['/so-lieu/', '/so-lieu/ket-qua-2023-mot-tinh/', '/so-lieu/muc-tieu-2030-de-an-1373/', '/ke-hoach/thua-thien-hue-182-kh-ubnd/'];

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP allows no inline script.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

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
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${width} px, ${colorScheme}: readable charts, no clipping, no AA violations`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        try {
          for (const path of paths) {
            await page.goto(`${server.url}${path}`);
            const visible = await page.evaluate(() => [...document.querySelectorAll('svg.chart-svg')].filter((s) => s.getBoundingClientRect().width > 0).length);
            expect(visible, path).toBeGreaterThan(0);
            expect(await clippedChartText(page), path).toEqual([]);
            expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
            expect(await axeViolations(page), path).toEqual([]);
          }
        } finally {
          await page.close();
        }
      });
    }
  }
});
