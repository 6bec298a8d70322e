/**
 * The events list (calendar subscription box, year groups), an event page
 * ("Thêm vào lịch", last-updated line) and the about page (open-data list)
 * in Chromium, checked by axe-core against WCAG 2.1 A and AA.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, requireChromium } from '../support/chromium';
import { serveStatic, type RunningServer } from '../support/static-server';
import { distDir } from '../support/dist';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const hasChromium = requireChromium();
const paths = ['/su-kien/', '/su-kien/tuan-le-hoc-tap-suot-doi-2023/', '/gioi-thieu/'];

describe.runIf(hasChromium)('event and about pages in Chromium', () => {
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

  for (const path of paths) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path} has no WCAG 2.1 AA violations and no sideways scroll at 390 px (${colorScheme})`, async () => {
        const page = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme });
        await page.goto(`${server.url}${path}`);
        // Evaluated through the DevTools protocol: the page's CSP allows no inline script.
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(violations).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.close();
      });
    }
  }

  it('"Thêm vào lịch" serves a calendar file', async () => {
    const response = await fetch(`${server.url}/su-kien/tuan-le-hoc-tap-suot-doi-2023.ics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('DTSTART;VALUE=DATE:20231002');
  });
});
