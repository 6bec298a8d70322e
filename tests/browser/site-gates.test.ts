/**
 * Every built page in Chromium, one after another in one tab: no WCAG 2.1
 * AA violation (axe-core, in light mode and for contrast again in dark
 * mode), no request to another origin, no Content-Security-Policy
 * violation, no script error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, requireChromium } from '../support/chromium';
import { axeViolations, wcag21aa } from '../support/browser';
import { serveStatic, type RunningServer } from '../support/static-server';
import { distDir, htmlFiles, urlPathOf } from '../support/dist';

const hasChromium = requireChromium();
const paths = htmlFiles().map(urlPathOf);

type CspWindow = { __csp: string[] };

describe.runIf(hasChromium)('every page in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let page: Page;
  let foreignRequests: string[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(distDir);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    // Runs before the page's own code, outside the page's CSP.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as CspWindow).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page = await context.newPage();
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== server.url) foreignRequests.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });


  it('has pages to check', () => expect(paths.length).toBeGreaterThan(20));

  for (const path of paths) {
    it(path, async () => {
      foreignRequests = [];
      errors = [];
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      const light = await axeViolations(page, wcag21aa, 'tag');
      // Dark mode changes only colours, so only contrast is checked again.
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await axeViolations(page, ['color-contrast'], 'rule');
      const csp = await page.evaluate(() => (window as unknown as CspWindow).__csp);
      expect({ light, dark, foreignRequests, csp, errors }).toEqual({ light: [], dark: [], foreignRequests: [], csp: [], errors: [] });
    });
  }
});
