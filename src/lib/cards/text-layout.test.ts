import { describe, expect, it } from 'vitest';
import { loadCardFonts } from '../../integrations/og-fonts';
import { fontStack } from './glyph-fonts';
import { cardFontFamilies } from './card-layout';
import { collapseWhiteSpace, flowText, placeGlyphs } from './text-layout';

const fonts = await loadCardFonts(new URL('../../../assets/fonts/', import.meta.url).pathname);
const bold = fontStack(fonts, cardFontFamilies, 700);
const style = { fontSize: 54, lineHeight: 1.2 };

// That these layouts are satori's is checked against satori itself in fast-card.test.ts.
describe('laying out a text as satori does', () => {
  it('collapses white space as `white-space: normal` does', () => {
    expect(collapseWhiteSpace('  học \n tập\t\tsuốt   đời ')).toBe('học tập suốt đời');
  });
  it('breaks at spaces, and after a hyphen or dash (UAX #14), when the next word would pass the box', () => {
    // Words are measured one by one with their spaces, and a line's last spaces do not count against the box.
    const width = bold.measure('xây ', 54)! + bold.measure('dựng ', 54)! + bold.measure('xã', 54)!;
    expect(flowText(bold, style, 'xây dựng xã hội học tập', width + 0.001)!.lines).toEqual(['xây dựng xã ', 'hội học tập']);
    expect(flowText(bold, style, 'xây dựng xã hội học tập', width - 0.001)!.lines).toEqual(['xây dựng ', 'xã hội học ', 'tập']);
    expect(flowText(bold, style, 'giai đoạn 2023–2030', bold.measure('giai đoạn 2023–', 54)!)!.lines).toEqual(['giai đoạn 2023–', '2030']);
    expect(flowText(bold, style, 'học-tập', bold.measure('học-', 54)!)!.lines).toEqual(['học-', 'tập']);
  });
  it('sums line heights rounded, with the baseline as Chrome places it', () => {
    const flow = flowText(bold, style, 'học tập suốt đời', 250)!;
    expect(flow.lines).toEqual(['học tập ', 'suốt đời']);
    // 54 × 1.2 = 64.8 → 65 a line; ascent 54 and descent round(14.31) = 14 leave −3.2 px, half of it floored: baseline 52.
    expect(flow.height).toBe(2 * 65);
    expect(flow.baselines).toEqual([52, 52]);
  });
  it('places words on whole pixels when there are several lines, and glyphs by their advances', () => {
    const oneLine = placeGlyphs(flowText(bold, style, 'Tàu nhanh', 1056)!, 72.5, 100);
    expect(oneLine[0]!.x).toBe(72.5);
    expect(oneLine.every((g) => g.y === 152)).toBe(true);
    const lines = placeGlyphs(flowText(bold, style, 'Tàu nhanh qua cầu', bold.measure('Tàu nhanh', 54)! + 1)!, 72, 100);
    const starts = lines.filter((_, i) => i === 0 || lines[i - 1]!.face.glyphOf(' ') === lines[i - 1]!.glyph).map((g) => g.x);
    expect(starts.every(Number.isInteger)).toBe(true);
    expect(starts).toEqual([72, 184, 72, 188]);
    expect(new Set(lines.map((g) => g.y))).toEqual(new Set([152, 217]));
  });
  it('leaves to satori what it lays out otherwise', () => {
    expect(flowText(bold, style, 'một\u2028hai', 1056)).toBeUndefined(); // a forced break
    expect(flowText(bold, style, 'x'.repeat(60), 1056)).toBeUndefined(); // a word wider than the box
    expect(flowText(bold, style, 'Học tập 学习', 1056)).toBeUndefined(); // a character no font has
  });
});
