import { describe, expect, it } from 'vitest';
import { loadCardFonts } from '../../integrations/og-fonts';
import { fontStack } from './glyph-fonts';
import { addMask, GlyphMasks, placeMasks } from './glyph-masks';
import { cardFontFamilies } from './card-layout';
import { flattenPath, signedCoverage } from './raster';
import { flowText, placeGlyphs, svgPathOf, type PlacedGlyph } from './text-layout';

const fonts = await loadCardFonts(new URL('../../../assets/fonts/', import.meta.url).pathname);
const bold = fontStack(fonts, cardFontFamilies, 700);
const [width, height] = [1100, 160];

/** Coverage of glyphs from cached masks, and of satori's path for them, over the same box. */
function both(glyphs: PlacedGlyph[], fontSize: number): [Float32Array, Float32Array] {
  const masks = new Float32Array(width * height);
  for (const { mask, x, y } of placeMasks(new GlyphMasks(4), glyphs, fontSize)) addMask(masks, width, mask, y * width + x);
  return [masks, signedCoverage(flattenPath(svgPathOf(glyphs, fontSize)), 0, 0, width, height)];
}

const sum = (values: Float32Array) => values.reduce((a, b) => a + Math.abs(b), 0);
const centre = (values: Float32Array) => values.reduce((a, v, i) => a + Math.abs(v) * (i % width), 0) / sum(values);

describe('glyphs drawn from cached masks', () => {
  const flow = flowText(bold, { fontSize: 64, lineHeight: 1.2 }, 'Đắk Lắk: khuyến học, “Gia đình”', 1056)!;

  it('cover what satori’s path covers, at quarter pixels', () => {
    const glyphs = placeGlyphs(flow, 10, 40).map((g) => ({ ...g, x: Math.round(g.x * 4) / 4 }));
    const [masks, path] = both(glyphs, 64);
    let worst = 0;
    for (let i = 0; i < path.length; i++) worst = Math.max(worst, Math.abs(masks[i]! - path[i]!));
    // Satori rounds its path to 0.1 px from the glyph's place on the card, the masks from their phase: a tie may round apart.
    expect(worst).toBeLessThan(0.05);
    expect(sum(masks)).toBeCloseTo(sum(path), 0);
  });
  it('move a glyph by at most an eighth of a pixel elsewhere', () => {
    const glyphs = placeGlyphs(flow, 10.37, 40);
    const [masks, path] = both(glyphs, 64);
    expect(Math.abs(sum(masks) - sum(path)) / sum(path)).toBeLessThan(0.002);
    for (const g of glyphs) {
      const [one, theirs] = both([g], 64);
      // Half a phase, and satori's rounding of the path to 0.1 px, which moves edges a little either way.
      if (sum(theirs) > 0) expect(Math.abs(centre(one) - centre(theirs)), String(g.glyph)).toBeLessThan(0.125 + 0.05);
    }
  });
  it('rasterises each glyph once per size and phase', () => {
    const masks = new GlyphMasks(4);
    const glyphs = placeGlyphs(flow, 10, 40);
    const first = placeMasks(masks, glyphs, 64);
    const again = placeMasks(masks, glyphs, 64);
    expect(again.every((m, i) => m.mask === first[i]!.mask)).toBe(true);
    expect(placeMasks(masks, glyphs, 54)[0]!.mask).not.toBe(first[0]!.mask);
  });
});
