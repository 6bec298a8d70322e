/**
 * What every browser test needs: the built site served on 127.0.0.1, one
 * Chromium for the describe block, and axe-core run inside a page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { distDir } from './dist';
import { serveStatic, type RunningServer } from './static-server';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeWindow {
  axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
}

/**
 * axe-core's violations in the page, one line each with the elements named.
 * axe is evaluated through the DevTools protocol, since the site's CSP
 * rightly refuses an injected inline <script>.
 */
export async function axeViolations(page: Page, values: string[] = wcag21aa, type: 'tag' | 'rule' = 'tag'): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(
    async ([runValues, runType]) => {
      const result = await (window as unknown as AxeWindow).axe.run({ runOnly: { type: runType, values: runValues } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    [values, type] as const,
  );
}

/** How far the page is wider than the screen; above 0 means sideways scrolling on a phone. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Serves `root` (the built site by default) and starts Chromium for the enclosing describe block. */
export function useSiteInBrowser(root: () => string = () => distDir): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(root());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium has not started');
      return browser;
    },
    get url() {
      if (!server) throw new Error('the site is not being served');
      return server.url;
    },
  };
}
