import { launchChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
const dist = process.argv[2]!;
const queries = process.argv.slice(3);
const server = await serveStatic(dist);
const browser = await launchChromium();
for (const q of queries) {
  const page = await browser.newPage();
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  const urls: string[] = [];
  page.on('requestfinished', (r) => urls.push(r.url().replace(server.url, '')));
  await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), undefined, { timeout: 60000 });
  await page.waitForTimeout(500);
  console.log(q, '→', await page.textContent('[data-search-status]'), '| more:', await page.isVisible('[data-search-more]') ? await page.textContent('[data-search-more]') : '-');
  console.log('  ', (await page.locator('[data-search-results] li h2').allTextContents()).join(' / '));
  for (let k = 0; k < 3 && (await page.isVisible('[data-search-more]')); k++) {
    await page.click('[data-search-more]');
    await page.waitForTimeout(1500);
    console.log('  after more →', await page.textContent('[data-search-status]'), '| more:', await page.isVisible('[data-search-more]') ? await page.textContent('[data-search-more]') : '-');
    console.log('  ', (await page.locator('[data-search-results] li h2').allTextContents()).join(' / '));
  }
  console.log('  requests:', urls.filter((u) => u.includes('pagefind') || u.includes('pham-vi')).join(' '));
  await page.close();
}
await browser.close();
await server.close();
