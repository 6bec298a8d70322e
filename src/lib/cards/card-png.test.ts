import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadCardFonts } from '../../integrations/og-fonts';
import { CardPainter, splitCard } from './card-png';
import { IndexedCanvas, parseCardSvg, parseHex, type Shape } from './raster';
import { cardTitleColour, cardTree, ogCardSize } from './card-layout';
import { cardText } from './og-card';
import { encodeIndexedPng } from './png';

const fonts = await loadCardFonts(new URL('../../../assets/fonts/', import.meta.url).pathname);
const svgOf = (path: string, title: string) => satori(cardTree(cardText(path, title, 'hoctap.example')) as never, { ...ogCardSize, fonts });
const rgb = async (png: Buffer | string) => sharp(png).removeAlpha().raw().toBuffer();

/** Every shape drawn in order on a fresh canvas: the reference the painter's shortcuts must match. */
function plainly(svg: string): Buffer {
  const { width, height, shapes } = parseCardSvg(svg);
  const canvas = new IndexedCanvas(width, height);
  for (const shape of shapes) canvas.draw(shape);
  return encodeIndexedPng(width, height, canvas.pixels, canvas.palette);
}

const titles = [
  ['/tin-tuc/a/', 'Ngắn'],
  ['/tin-tuc/b/', 'Càng Long ban hành kế hoạch thi đua xây dựng xã hội học tập giai đoạn 2023–2030'],
  ['/su-kien/c/', 'Tuần lễ hưởng ứng học tập suốt đời năm 2024 ở Thừa Thiên Huế, Đắk Lắk và nhiều địa phương khác trên cả nước'],
  ['/tin-tuc/d/', 'Đường đến danh hiệu "Gia đình học tập"'],
] as const;

describe('painting share cards', () => {
  it('gives the same pixels as drawing every shape afresh, while reusing each section’s background', async () => {
    const painter = new CardPainter(cardTitleColour);
    for (const [path, title] of titles) {
      const svg = await svgOf(path, title);
      const png = painter.paint(svg);
      const meta = await sharp(png).metadata();
      expect([meta.format, meta.width, meta.height], title).toEqual(['png', 1200, 630]);
      expect((await rgb(png)).equals(await rgb(plainly(svg))), title).toBe(true);
    }
    // Two news cards after the first, and one event card with a background of its own.
    expect(painter.reused).toBe(2);
  });
  it('looks like librsvg’s full-colour rendering of the same SVG', async () => {
    const svg = await svgOf(titles[2][0], titles[2][1]);
    const [ours, reference] = await Promise.all([rgb(new CardPainter(cardTitleColour).paint(svg)), rgb(await sharp(Buffer.from(svg)).png().toBuffer())]);
    let difference = 0;
    for (let i = 0; i < ours.length; i++) difference += Math.abs(ours[i]! - reference[i]!);
    // Per channel, 0–255: the old 16-colour quantised cards were 1.0 away.
    expect(difference / ours.length).toBeLessThan(0.3);
  });
  it('draws Vietnamese marks from the shipped font', async () => {
    const ink = async (title: string) => {
      const pixels = await rgb(new CardPainter(cardTitleColour).paint(await svgOf('/tin-tuc/x/', title)));
      let white = 0;
      for (let i = 0; i < pixels.length; i += 3) if (pixels[i]! > 200 && pixels[i + 1]! > 200 && pixels[i + 2]! > 200) white++;
      return white;
    };
    const [plain, marked] = await Promise.all([ink('eeee oooo aaaa uuuu'), ink('ệệệệ ỗỗỗỗ ẫẫẫẫ ữữữữ')]);
    expect(plain).toBeGreaterThan(1000);
    expect(marked).toBeGreaterThan(plain * 1.2);
  });
});

describe('splitting a card', () => {
  const white = parseHex('#ffffff');
  const grey = parseHex('#d7eadf');
  const rect = (y: number): Shape => ({ kind: 'rect', fill: grey, x: 0, y, width: 10, height: 10 });
  const title: Shape = { kind: 'path', fill: white, d: 'M0 50L100 50L100 80L0 80Z' };

  it('shares what is painted before the title, and after it when apart from it', () => {
    const { shared, own } = splitCard([rect(0), title, rect(200)], white);
    expect(shared).toEqual([rect(0), rect(200)]);
    expect(own).toEqual([title]);
  });
  it('keeps a shape painted over the title with the title', () => {
    expect(splitCard([rect(0), title, rect(75)], white).own).toEqual([title, rect(75)]);
  });
});
