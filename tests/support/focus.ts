/**
 * Measures a focus indicator the way WCAG's focus-appearance rule describes it:
 * the pixels that change when an element gains focus, and how far their colour
 * changes (contrast between the unfocused and the focused pixel). axe-core does
 * not check this.
 */
import sharp from 'sharp';
import type { Page } from 'playwright-core';

/** WCAG relative luminance of an sRGB colour given as 0–255 channels. */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrast(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  const la = luminance(...a);
  const lb = luminance(...b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * How many pixels of two same-sized screenshots differ by at least `ratio`.
 * Pixels are compared one by one, so anti-aliased edges count only where they
 * really changed that much.
 */
export async function pixelsChangedBy(before: Buffer, after: Buffer, ratio: number): Promise<number> {
  const [a, b] = await Promise.all(
    [before, after].map((png) => sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })),
  );
  if (a!.info.width !== b!.info.width || a!.info.height !== b!.info.height) throw new Error('screenshots differ in size');
  let count = 0;
  const x = a!.data;
  const y = b!.data;
  for (let i = 0; i < x.length; i += 3) {
    if (x[i] === y[i] && x[i + 1] === y[i + 1] && x[i + 2] === y[i + 2]) continue;
    if (contrast([x[i]!, x[i + 1]!, x[i + 2]!], [y[i]!, y[i + 1]!, y[i + 2]!]) >= ratio) count++;
  }
  return count;
}

export interface FocusStop {
  /** A short description of the focused element, for failure messages. */
  name: string;
  width: number;
  height: number;
  /** Pixels whose colour changed at least 3:1 between unfocused and focused. */
  strongPixels: number;
  /** The area the indicator must reach: a 1 px ring round the element, or a 4 px line along its shorter side. */
  needed: number;
  /** Whether the element is a target the 24 px rule applies to (not a link inside a sentence). */
  standalone: boolean;
}

/**
 * Presses Tab `count` times from the top of the page and measures each stop's
 * indicator: a screenshot of the element's surroundings focused, then the same
 * region with focus removed. The page's device scale must be 1.
 */
export async function measureFocusStops(page: Page, count: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // Tab scrolls the element just into view, which can leave its ring past the screen's edge.
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // A link that flows inside a sentence is exempt from the target size (WCAG 2.5.8).
      const inSentence =
        el.tagName === 'A' && style.display === 'inline' && ['P', 'DD', 'TD', 'FIGCAPTION', 'SPAN'].includes(el.parentElement?.tagName ?? '');
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return {
        name: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${label}"`,
        x: box.x,
        y: box.y,
        width: box.width,
        height: box.height,
        standalone: !inSentence,
      };
    });
    if (!info) break;
    const margin = 10;
    const viewport = page.viewportSize()!;
    const clip = {
      x: Math.max(0, Math.floor(info.x - margin)),
      y: Math.max(0, Math.floor(info.y - margin)),
      width: 0,
      height: 0,
    };
    clip.width = Math.min(viewport.width, Math.ceil(info.x + info.width + margin)) - clip.x;
    clip.height = Math.min(viewport.height, Math.ceil(info.y + info.height + margin)) - clip.y;
    const focused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    // Remove focus without moving it elsewhere, and without scrolling.
    await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      el.dataset.focusProbe = '';
      el.blur();
    });
    const unfocused = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    // Give focus back the keyboard's way, so :focus-visible and the Tab order continue from here.
    await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-focus-probe]')!;
      delete el.dataset.focusProbe;
      el.focus({ preventScroll: true });
    });
    const w = Math.round(info.width);
    const h = Math.round(info.height);
    stops.push({
      name: info.name,
      width: info.width,
      height: info.height,
      strongPixels: await pixelsChangedBy(unfocused, focused, 3),
      needed: Math.min(2 * (w + h), 4 * Math.min(w, h)),
      standalone: info.standalone,
    });
  }
  return stops;
}
