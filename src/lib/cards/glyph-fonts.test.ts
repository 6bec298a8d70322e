import { describe, expect, it } from 'vitest';
import { loadCardFonts } from '../../integrations/og-fonts';
import { Face, fontStack } from './glyph-fonts';
import { cardFontFamilies } from './card-layout';

const fonts = await loadCardFonts(new URL('../../../assets/fonts/', import.meta.url).pathname);
const bold = fontStack(fonts, cardFontFamilies, 700);
const shaped = (text: string) => bold.shape(text)?.map((r) => [r.face.name, r.glyphs, r.advances]);

describe('shaping a title as satori does', () => {
  // The figures are HarfBuzz's (harfbuzzjs 0.10, satori's shaper) for these fonts; every pair of characters of
  // every shipped face was checked against it when this was written.
  it('kerns pairs and forms the fonts’ ligatures', () => {
    expect(shaped('AV')).toEqual([['Be Vietnam Pro latin', [1, 53], [685, 745]]]);
    expect(shaped('To')).toEqual([['Be Vietnam Pro latin', [47, 93], [584, 658]]]);
    // o, the "ffi" ligature, c, e.
    expect(shaped('office')).toEqual([['Be Vietnam Pro latin', [93, 121, 68, 72], [646, 1085, 623, 618]]]);
  });
  it('takes each character from the first font that has it, keeping a space with the font before it', () => {
    expect(shaped('Đường')).toEqual([
      ['Be Vietnam Pro vietnamese', [16, 94, 89], [784, 613, 658]],
      ['Be Vietnam Pro latin', [91, 78], [592, 659]],
    ]);
    expect(shaped('Yêu ư')).toEqual([
      ['Be Vietnam Pro latin', [56, 74, 108, 163], [612, 618, 588, 230]],
      ['Be Vietnam Pro vietnamese', [94], [592]],
    ]);
    // Widths are summed run by run, in pixels, as satori sums them.
    expect(bold.measure('Đường', 54)).toBe((2055 / 1000) * 54 + (1251 / 1000) * 54);
  });
  it('leaves to satori what it would shape otherwise', () => {
    expect(bold.shape('学')).toBeUndefined();
    expect(bold.shape('x\u0301')).toBeUndefined(); // a combining mark, placed by GPOS mark rules
    expect(bold.shape('a\u00adb')).toBeUndefined(); // a soft hyphen, hidden by HarfBuzz
    expect(bold.shape('😀')).toBeUndefined();
  });
  it('refuses a font with a feature HarfBuzz would apply and this does not', () => {
    const latin = fonts.find((f) => f.name === 'Be Vietnam Pro latin' && f.weight === 700)!;
    const { font } = Face.read(latin);
    expect(() => new Face(latin.name, font)).not.toThrow();
    // Its fractions (off by default) turned into contextual alternates (on by default).
    font.tables.gsub!.features.find((f) => f.tag === 'frac')!.tag = 'calt';
    expect(() => new Face(latin.name, font)).toThrow('"calt"');
  });
});
