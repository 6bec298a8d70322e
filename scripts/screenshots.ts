/**
 * Screenshots of pages at phone and desktop widths, for looking at what we build.
 * Usage: npm run build && npm run screenshots -- / /ke-hoach/cang-long-67-kh-ubnd/
 * Add --widths=360,1280 for other widths, --dark for dark mode.
 * Writes PNGs to screenshots/ (ignored by git).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
// `--widths=360,1280` checks other widths (360 px is the narrowest phone the charts must fit).
const widthsArg = process.argv.find((a) => a.startsWith('--widths='));
const widths = widthsArg ? widthsArg.slice('--widths='.length).split(',').map(Number) : [390, 1280];
const dark = process.argv.includes('--dark');
const outDir = resolve('screenshots');
mkdirSync(outDir, { recursive: true });

const server = await serveStatic(resolve('dist'));
const browser = await launchChromium();
try {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
    for (const path of paths.length ? paths : ['/']) {
      await page.goto(server.url + path);
      // Pages with a script (search) draw after load; wait until they stop fetching.
      await page.waitForLoadState('networkidle');
      const name = `${path.replace(/\//g, '_') || 'home'}-${width}${dark ? '-dark' : ''}.png`;
      await page.screenshot({ path: resolve(outDir, name), fullPage: true });
      console.log(resolve(outDir, name));
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
