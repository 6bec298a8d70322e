/**
 * Search shows, sorts and filters by each item's own date (an event's days,
 * a plan's issue date, its source's date), never the day it was entered on
 * the portal; the portal's dates are not searchable words.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requireChromium } from '../support/chromium';
import { useSiteInBrowser } from '../support/browser';

const hasChromium = requireChromium();

async function results(page: Page, url: string): Promise<{ path: string; meta: string }[]> {
  await page.goto(url);
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  // Every result, not just the first page of them.
  while (await page.locator('[data-search-more]').isVisible()) {
    const n = await page.locator('[data-search-results] > li').count();
    await page.locator('[data-search-more]').click();
    await page.waitForFunction((before) => document.querySelectorAll('[data-search-results] > li').length > before, n);
  }
  return page.$$eval('[data-search-results] > li', (items) =>
    items.map((li) => ({
      path: new URL(li.querySelector('a')!.href).pathname,
      meta: li.querySelector('.search-result__meta')?.textContent ?? '',
    })),
  );
}

describe.runIf(hasChromium)('dates in search, in Chromium', () => {
  const site = useSiteInBrowser();

  it("shows the 2014 learning week's own days, not the portal's date", async () => {
    const page = await site.browser.newPage();
    const found = await results(page, `${site.url}/tim-kiem/?q=${encodeURIComponent('tuần lễ học tập suốt đời 2014')}`);
    const week = found.find((r) => r.path === '/su-kien/tuan-le-hoc-tap-suot-doi-2014/');
    expect(week?.meta).toContain('29/9/2014');
    expect(found.map((r) => r.meta).join(' ')).not.toContain('/2026');
    await page.close();
  });

  it('does not match "2026" on the portal\'s own dates', async () => {
    const page = await site.browser.newPage();
    const found = await results(page, `${site.url}/tim-kiem/?q=2026`);
    // Only pages whose indexed text names 2026 remain (news of 2026, a plan running to 2030); no learning week of an earlier year.
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((r) => r.path.startsWith('/su-kien/tuan-le-hoc-tap-suot-doi-20'))).toBe(false);
    const without2026 = await page.evaluate(async (paths) => {
      const out: string[] = [];
      for (const path of paths) {
        const doc = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
        const body = doc.querySelector('[data-pagefind-body]')!;
        for (const el of body.querySelectorAll('[data-pagefind-ignore]')) el.remove();
        if (!body.textContent!.includes('2026')) out.push(path);
      }
      return out;
    }, found.map((r) => r.path));
    expect(without2026).toEqual([]);
    await page.close();
  });

  it('sorts newest first by the learning weeks\' own years', async () => {
    const page = await site.browser.newPage();
    const found = await results(page, `${site.url}/tim-kiem/?q=${encodeURIComponent('tuần lễ hưởng ứng học tập suốt đời')}&sort=desc`);
    const years = found
      .filter((r) => /^\/su-kien\/tuan-le-hoc-tap-suot-doi-\d{4}\/$/.test(r.path))
      .map((r) => Number(/(\d{4})\/$/.exec(r.path)![1]));
    expect(years.length).toBeGreaterThanOrEqual(5);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    await page.close();
  });
});
