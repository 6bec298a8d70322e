import { inflateSync } from 'node:zlib';
import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadCardFonts } from '../../integrations/og-fonts';
import { CardPainter } from './card-png';
import { FastCardPainter } from './fast-card';
import { fontStack } from './glyph-fonts';
import { cardFontFamilies, cardTitleColour, cardTree, ogCardSize, titleFontSize, type CardText } from './card-layout';
import { cardText } from './og-card';
import { parseCardSvg } from './raster';
import { flowText, placeGlyphs, svgPathOf } from './text-layout';

const fonts = await loadCardFonts(new URL('../../../assets/fonts/', import.meta.url).pathname);
const svgOf = (text: CardText) => satori(cardTree(text) as never, { ...ogCardSize, fonts });
const rgb = (png: Buffer) => sharp(png).removeAlpha().raw().toBuffer();

/** The PNG's image data inflated by zlib, which checks the Adler-32 the painter keeps up to date rather than recomputes. */
function imageData(png: Buffer): Buffer {
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) {
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  }
  return inflateSync(Buffer.concat(idat));
}
const bold = fontStack(fonts, cardFontFamilies, 700);

/** Real-looking titles: every title size, one to five lines, marks, quotes, dashes, ligatures, a cut title. */
const titles = [
  ['/tin-tuc/a/', 'Ngắn'],
  ['/tin-tuc/d/', 'Đường đến danh hiệu "Gia đình học tập"'],
  ['/su-kien/e/', 'Hội nghị tổng kết công tác khuyến học năm 2024'],
  ['/tin-tuc/b/', 'Càng Long ban hành kế hoạch thi đua xây dựng xã hội học tập giai đoạn 2023–2030'],
  ['/ke-hoach/f/', 'Affiliate office: “Trường” (học-tập) / kỳ 1/2 — 50% AV To Ta Ty Yo'],
  ['/su-kien/c/', 'Tuần lễ hưởng ứng học tập suốt đời năm 2024 ở Thừa Thiên Huế, Đắk Lắk và nhiều địa phương khác trên cả nước'],
  [
    '/dia-phuong/g/',
    'Quyết định công nhận danh hiệu Cộng đồng học tập cấp xã, Đơn vị học tập, Gia đình học tập và Công dân học tập tiêu biểu của tỉnh Bến Tre năm 2025',
  ],
  ['/so-lieu/h/', 'KẾ HOẠCH TRIỂN KHAI XÂY DỰNG XÃ HỘI HỌC TẬP, ĐẨY MẠNH HỌC TẬP SUỐT ĐỜI GIAI ĐOẠN 2021–2030 TẠI CÁC XÃ, PHƯỜNG, THỊ TRẤN'],
] as const;
const texts = titles.map(([path, title]) => cardText(path, title, 'hoctap.example'));

/** The title's satori path: the white one. */
const titlePath = (svg: string) =>
  parseCardSvg(svg)
    .shapes.filter((s) => s.kind === 'path' && s.fill.r === 255)
    .map((s) => (s.kind === 'path' ? s.d : ''))
    .join('');

/** Pixels unlike the background between the kicker and the footer: the title's ink, as [left, top, right, bottom]. */
function inkBox(pixels: Buffer): number[] {
  const { width } = ogCardSize;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = 160; y < 520; y++) {
    for (let x = 0; x < width; x++) {
      const i = 3 * (y * width + x);
      if (pixels[i] === pixels[3 * (y * width)] && pixels[i + 1] === pixels[3 * (y * width) + 1] && pixels[i + 2] === pixels[3 * (y * width) + 2]) continue;
      box[0] = Math.min(box[0]!, x);
      box[1] = Math.min(box[1]!, y);
      box[2] = Math.max(box[2]!, x + 1);
      box[3] = Math.max(box[3]!, y + 1);
    }
  }
  return box;
}

describe('laying a title out without satori', () => {
  it('puts every glyph where satori puts it, so lines break at the same words', async () => {
    const shapes = new Set<string>();
    for (const text of texts) {
      const svg = await svgOf(text);
      const size = titleFontSize(text.title);
      const flow = flowText(bold, { fontSize: size, lineHeight: 1.2 }, text.title, 1056)!;
      expect(flow.lines.join('')).toBe(text.title);
      shapes.add(`${size}:${flow.lines.length}`);
      const painter = new FastCardPainter(fonts, cardTitleColour);
      await painter.paint(text, async () => svg);
      // The painter keeps the look only when its layout of this title is satori's, path for path.
      expect(painter.counts, text.title).toEqual({ fast: 1, satori: 0 });
    }
    // Each size with the line counts its titles take, odd ones included (their box sits on a half pixel before rounding).
    expect([...shapes].sort()).toEqual(expect.arrayContaining(['54:3', '54:4', '64:2', '64:3', '76:1', '76:2']));
  });

  it('writes the same path as satori, character for character', async () => {
    const text = texts[5]!;
    const flow = flowText(bold, { fontSize: titleFontSize(text.title), lineHeight: 1.2 }, text.title, 1056)!;
    expect(flow.lines.map((l) => l.trim())).toEqual([
      'Tuần lễ hưởng ứng học tập suốt đời',
      'năm 2024 ở Thừa Thiên Huế, Đắk Lắk',
      'và nhiều địa phương khác trên cả nước',
    ]);
    // 630 − 2 × 64 − (10 + 28 + 43) − 35 − 3 × 65 = 191 px free, 95.5 above: the box starts on pixel 241.
    const ours = svgPathOf(placeGlyphs(flow, 72, 241), flow.style.fontSize);
    expect(ours.replace(/\s/g, '')).toBe(titlePath(await svgOf(text)).replace(/\s/g, ''));
  });
});

describe('painting a card with a cached title font', () => {
  it('looks like the card satori lays out, and calls satori once per look', async () => {
    const painter = new FastCardPainter(fonts, cardTitleColour);
    const reference = new CardPainter(cardTitleColour);
    let satoriCalls = 0;
    for (const text of texts) {
      const svg = await svgOf(text);
      const png = await painter.paint(text, async () => {
        satoriCalls += 1;
        return svg;
      });
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height, meta.isPalette]).toEqual(['png', 1200, 630, true]);
      expect(imageData(png).length).toBe(630 * 1201);
      const [ours, theirs] = await Promise.all([rgb(png), rgb(reference.paint(svg))]);
      let difference = 0;
      for (let i = 0; i < ours.length; i++) difference += Math.abs(ours[i]! - theirs[i]!);
      // Per channel, 0–255: glyph edges move by up to an eighth of a pixel (`glyph-masks.ts`).
      expect(difference / ours.length, text.title).toBeLessThan(0.2);
      const [a, b] = [inkBox(ours), inkBox(theirs)];
      for (let k = 0; k < 4; k++) expect(Math.abs(a[k]! - b[k]!), `${text.title}: ${a} ≠ ${b}`).toBeLessThanOrEqual(1);
    }
    // One look per section: news, events, plans, places, figures.
    expect(satoriCalls).toBe(5);
    expect(painter.counts).toEqual({ fast: texts.length, satori: 0 });
  });

  it('lets satori draw a title with a character no shipped font has, and one with a combining mark', async () => {
    const painter = new FastCardPainter(fonts, cardTitleColour);
    const reference = new CardPainter(cardTitleColour);
    await painter.paint(texts[0]!, () => svgOf(texts[0]!));
    // A mark no letter of the fonts has precomposed stays a mark after NFC (`cardText` normalises).
    for (const title of ['Học tập suốt đời 学习', 'Ký hiệu x\u0301 và q\u0323']) {
      const text = cardText('/tin-tuc/x/', title, 'hoctap.example');
      const svg = await svgOf(text);
      const png = await painter.paint(text, async () => svg);
      expect((await rgb(png)).equals(await rgb(reference.paint(svg))), title).toBe(true);
    }
    expect(painter.counts).toEqual({ fast: 1, satori: 2 });
  });

  it('keeps drawing a look with satori when its first card is not laid out as this lays it out', async () => {
    const painter = new FastCardPainter(fonts, cardTitleColour);
    // Satori's card for another title stands for a layout that disagrees.
    const other = await svgOf(texts[1]!);
    await painter.paint(texts[0]!, async () => other);
    await painter.paint(texts[0]!, () => svgOf(texts[0]!));
    expect(painter.counts).toEqual({ fast: 0, satori: 2 });
  });

  it('draws Vietnamese marks', async () => {
    const painter = new FastCardPainter(fonts, cardTitleColour);
    const ink = async (title: string) => {
      const text = cardText('/tin-tuc/x/', title, 'hoctap.example');
      const pixels = await rgb(await painter.paint(text, () => svgOf(text)));
      let white = 0;
      for (let i = 0; i < pixels.length; i += 3) if (pixels[i]! > 200 && pixels[i + 1]! > 200 && pixels[i + 2]! > 200) white++;
      return white;
    };
    const plain = await ink('eeee oooo aaaa uuuu');
    const marked = await ink('ệệệệ ỗỗỗỗ ẫẫẫẫ ữữữữ');
    expect(plain).toBeGreaterThan(1000);
    expect(marked).toBeGreaterThan(plain * 1.2);
    expect(painter.counts).toEqual({ fast: 2, satori: 0 });
  });
});
