/**
 * Share cards with their titles drawn without satori. Satori took 6 ms of a
 * card's 14.5 ms, and the painter most of the rest redrawing glyphs from
 * satori's paths; a section's cards differ only in their title, so:
 *
 * - a look's first card (a kicker and footer not seen before) is laid out
 *   by satori, and painted as `card-png.ts` paints it; what is not the title
 *   becomes the look's background, kept with the rows around each title
 *   band already deflated;
 * - every title, that first one too, is laid out as satori lays it out
 *   (`text-layout.ts`), its glyphs taken from a cache of coverage masks
 *   (`glyph-masks.ts`) and blended onto a copy of the rows it covers, and
 *   only those rows are deflated.
 *
 * The first card also checks the layout: the title's path as satori would
 * write it from this layout must be satori's own, character for character,
 * or the look keeps being drawn by satori. A title the layout cannot do the
 * same (a character no font has, a mark) is drawn by satori too.
 *
 * A card other than a look's first then takes 1.1–1.6 ms of CPU, against
 * 10.6–13.5 for satori and the painter in the same runs, and differs from
 * theirs by 0.07 per channel (0–255) on average: glyphs sit within an
 * eighth of a pixel of satori's (scripts/bench/card-encode.ts, 200 cards).
 */
import { constants } from 'node:zlib';
import { boxOf, CardPainter, splitCard } from './card-png.ts';
import { fontStack, type FontFile, type FontStack } from './glyph-fonts.ts';
import { addMask, GlyphMasks, placeMasks } from './glyph-masks.ts';
import { cardFontFamilies, cardLayout, ogCardSize, titleFontSize, type CardText } from './card-layout.ts';
import { adler32, adler32Changed, deflatePiece, deflateRows, encodeIndexedPngPieces, type RowsPiece } from './png.ts';
import { IndexedCanvas, parseCardSvg, parseHex, type Rgb } from './raster.ts';
import { flowText, placeGlyphs, svgPathOf, type TextFlow } from './text-layout.ts';

/**
 * How a title's rows, the only rows compressed per card, are deflated:
 * zlib's run-length strategy, as rows of palette indices are runs of them.
 * Whole cards took 1.14 ms and 17.8 KB so, against 1.23 ms and 20.4 KB at
 * level 1, 1.26 and 18.2 at level 2, 1.37 and 17.3 at level 3, and 1.86 and
 * 15.3 at level 5, the rest of the card's: the 2.5 KB level 5 saves on a
 * share card fetched now and then would cost 60 % more time on every card
 * drawn (scripts/bench/card-encode.ts, 200 cards).
 */
const titleDeflate = { strategy: constants.Z_RLE };
/** Sub-pixel steps of a glyph's place: 4 keeps the title within 0.125 px of satori's, and its mask cache small. */
const phases = 4;
const maxLooks = 64;

type Box = [left: number, top: number, right: number, bottom: number];

interface Look {
  background: IndexedCanvas;
  /** Heights of the block above the title (bar and kicker) and of the footer. */
  above: number;
  footer: number;
  /** Boxes of what satori paints after the title: a title's band may not reach them. */
  after: Box[];
  /** Rows above and below each band, deflated once. */
  pieces: Map<string, RowsPiece>;
  /** Each band's palette entries (what a title there is blended over), and its rows' Adler-32 before any title. */
  bands: Map<string, { colours: number[]; adler: number }>;
}

export class FastCardPainter {
  private readonly bold: FontStack;
  private readonly regular: FontStack;
  private readonly titleFill: Rgb;
  private readonly satori: CardPainter;
  private readonly masks = new GlyphMasks(phases);
  /** By kicker and footer; null for a look whose first card's layout was not satori's. */
  private readonly looks = new Map<string, Look | null>();
  /** Band-sized scratch for adding glyph coverage; zero between cards. */
  private coverage = new Float32Array(0);
  /** The band's rows, reused from card to card (deflated before the next). */
  private rows = new Uint8Array(0);
  private readonly titleDeflate: { level?: number; strategy?: number };
  /** Cards drawn each way (for tests and the benchmark). */
  readonly counts = { fast: 0, satori: 0 };

  /**
   * `fonts` are the files satori is given; `titleColour` the title's fill
   * (`cardTitleColour`); `titleDeflate` zlib's options for the title's rows
   * (the benchmark compares them).
   */
  constructor(fonts: FontFile[], titleColour: string, options: { titleDeflate?: { level?: number; strategy?: number } | undefined } = {}) {
    this.titleDeflate = options.titleDeflate ?? titleDeflate;
    const faces = new Map();
    this.bold = fontStack(fonts, cardFontFamilies, cardLayout.title.fontWeight, faces);
    this.regular = fontStack(fonts, cardFontFamilies, cardLayout.footer.fontWeight, faces);
    this.titleFill = parseHex(titleColour);
    this.satori = new CardPainter(titleColour);
  }

  /** The card's PNG; `svgOf` is satori's SVG of a card, asked for when this needs it. */
  async paint(text: CardText, svgOf: (text: CardText) => Promise<string>): Promise<Buffer> {
    const flow = flowText(this.bold, { fontSize: titleFontSize(text.title), lineHeight: cardLayout.title.lineHeight }, text.title, boxWidth);
    const key = `${text.kicker}\n${text.footer}`;
    let look = this.looks.get(key);
    if (look === undefined) {
      const svg = await svgOf(text);
      // A title this cannot lay out cannot check the layout either: the look waits for another.
      if (!flow) return this.bySatori(svg);
      look = this.lookOf(svg, text, flow);
      if (this.looks.size >= maxLooks) this.looks.clear();
      this.looks.set(key, look);
      if (!look) return this.bySatori(svg);
    }
    const png = look && flow ? this.drawn(look, flow) : undefined;
    return png ?? this.bySatori(await svgOf(text));
  }

  private bySatori(svg: string): Buffer {
    this.counts.satori += 1;
    return this.satori.paint(svg);
  }

  /** A look from satori's drawing of one of its cards, if this lays that card's title out as satori did. */
  private lookOf(svg: string, text: CardText, flow: TextFlow): Look | null {
    const { width, height, shapes } = parseCardSvg(svg);
    const { shared, own } = splitCard(shapes, this.titleFill);
    const kicker = flowText(this.bold, { fontSize: cardLayout.kicker.fontSize, lineHeight: 'normal' }, text.kicker, boxWidth);
    const footer = flowText(this.regular, { fontSize: cardLayout.footer.fontSize, lineHeight: 'normal' }, text.footer, boxWidth);
    if (width !== ogCardSize.width || height !== ogCardSize.height || !kicker || !footer || own.some((s) => s.kind !== 'path')) return null;
    const firstOwn = shapes.indexOf(own[0]!);
    const background = new IndexedCanvas(width, height);
    for (const shape of shared) background.draw(shape);
    const look: Look = {
      background,
      above: cardLayout.bar.height + cardLayout.bar.gap + kicker.height,
      footer: footer.height,
      after: shared.filter((s) => shapes.indexOf(s) > firstOwn).map(boxOf),
      pieces: new Map(),
      bands: new Map(),
    };
    const top = titleTop(look, flow);
    if (top === undefined) return null;
    const theirs = own.map((s) => (s.kind === 'path' ? s.d : '')).join('');
    const ours = svgPathOf(placeGlyphs(flow, cardLayout.padding.inline, top), flow.style.fontSize);
    return theirs.replace(/\s/g, '') === ours.replace(/\s/g, '') ? look : null;
  }

  /** The card with this title over the look's background, or undefined when satori must draw it. */
  private drawn(look: Look, flow: TextFlow): Buffer | undefined {
    const { width, height } = ogCardSize;
    const { fontSize } = flow.style;
    const titleY = titleTop(look, flow);
    if (titleY === undefined) return undefined;
    const glyphs = placeGlyphs(flow, cardLayout.padding.inline, titleY);
    // The band spans the fonts' tallest and deepest glyphs on the first and last baselines, so it depends only on
    // the size and line count, and the rows around it are deflated once for all titles of that shape.
    const scale = fontSize / this.bold.faces[0]!.unitsPerEm;
    const top = Math.max(0, Math.min(...glyphs.map((g) => g.y)) - Math.ceil(this.bold.yMax * scale) - 1);
    const bottom = Math.min(height, Math.max(...glyphs.map((g) => g.y)) + Math.ceil(-this.bold.yMin * scale) + 1);
    if (look.after.some((b) => b[1] < bottom && top < b[3])) return undefined;
    const rows = bottom - top;
    // Coverage and band share their geometry: a row of the band canvas is a PNG row, its filter byte first.
    const stride = width + 1;
    if (this.coverage.length < stride * rows) this.coverage = new Float32Array(stride * rows);
    const coverage = this.coverage;
    const boxes: [number, number, number, number][] = [];
    for (const { mask, x, y } of placeMasks(this.masks, glyphs, fontSize)) {
      if (mask.width === 0) continue;
      if (x < 0 || x + mask.width > width || y < top || y + mask.height > bottom) {
        coverage.fill(0);
        return undefined;
      }
      boxes.push([x + 1, y - top, mask.width, mask.height]);
      addMask(coverage, stride, mask, (y - top) * stride + x + 1);
    }
    if (this.rows.length < stride * rows) this.rows = new Uint8Array(stride * rows);
    const band = look.background.pngRows(top, bottom, this.rows);
    let known = look.bands.get(`${top}-${bottom}`);
    if (!known) {
      known = { colours: [...new Set(look.background.pixels.subarray(top * width, bottom * width))], adler: adler32(band.pixels) };
      look.bands.set(`${top}-${bottom}`, known);
    }
    const { sum, weighted } = band.blend(this.titleFill, coverage, boxes, known.colours);
    const around = (from: number, to: number, last: boolean) => {
      const id = `${from}-${to}`;
      let piece = look.pieces.get(id);
      if (!piece) {
        piece = deflateRows(width, look.background.pixels, from, to, last);
        look.pieces.set(id, piece);
      }
      return piece;
    };
    const pieces = [
      around(0, top, false),
      deflatePiece(band.pixels, bottom === height, this.titleDeflate, adler32Changed(known.adler, band.pixels.length, sum, weighted)),
      ...(bottom < height ? [around(bottom, height, true)] : []),
    ];
    this.counts.fast += 1;
    return encodeIndexedPngPieces(width, height, band.palette, pieces);
  }
}

const boxWidth = ogCardSize.width - 2 * cardLayout.padding.inline;

/**
 * The title box's top: satori's `justify-content: space-between` puts the
 * free height half above and half below it, and rounds the box to a pixel.
 * Undefined for a title too tall to leave any (never at 120 characters).
 */
function titleTop(look: Look, flow: TextFlow): number | undefined {
  const { padding } = cardLayout;
  const free = ogCardSize.height - 2 * padding.block - look.above - flow.height - look.footer;
  return free < 0 ? undefined : Math.round(padding.block + look.above + free / 2);
}
