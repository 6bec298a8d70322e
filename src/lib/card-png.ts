/**
 * A share card's SVG (from satori) to PNG bytes. Cards of one section differ
 * only in their title, so everything painted before the title (background,
 * bar, section name) is drawn once per distinct look and copied under each
 * title. Exact, not approximate: the reused part is keyed by its own shapes,
 * and whatever comes after the title is drawn afresh on every card.
 */
import { IndexedCanvas, parseCardSvg, parseHex, type Rgb } from './card-raster.ts';
import { encodeIndexedPng } from './png.ts';

/** Distinct looks kept; a site has one per section and host, so this never fills in practice. */
const maxBackgrounds = 64;

export class CardPainter {
  private readonly titleFill: Rgb;
  private readonly backgrounds = new Map<string, IndexedCanvas>();
  /** How many cards reused a background drawn earlier (for tests and the benchmark). */
  reused = 0;

  /** `titleFill` is the title's colour, which marks where a card's own part begins. */
  constructor(titleFill: string) {
    this.titleFill = parseHex(titleFill);
  }

  paint(svg: string): Buffer {
    const { width, height, shapes } = parseCardSvg(svg);
    const { r, g, b } = this.titleFill;
    const first = shapes.findIndex((s) => s.kind === 'path' && s.fill.r === r && s.fill.g === g && s.fill.b === b);
    const split = first < 0 ? shapes.length : first;
    const key = `${width}×${height} ${JSON.stringify(shapes.slice(0, split))}`;
    let background = this.backgrounds.get(key);
    if (background) {
      this.reused += 1;
    } else {
      background = new IndexedCanvas(width, height);
      for (const shape of shapes.slice(0, split)) background.draw(shape);
      if (this.backgrounds.size >= maxBackgrounds) this.backgrounds.clear();
      this.backgrounds.set(key, background);
    }
    const canvas = background.clone();
    for (const shape of shapes.slice(split)) canvas.draw(shape);
    return encodeIndexedPng(width, height, canvas.pixels, canvas.palette);
  }
}
