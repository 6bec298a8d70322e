/**
 * A share card's SVG (from satori) to PNG bytes. Cards of one section differ
 * only in their title, so everything else (background, bar, section name,
 * footer) is drawn once per distinct look and copied under each title.
 *
 * Exact, not approximate: the reused layer is keyed by its own shapes, and a
 * shape painted after the title joins it only when it cannot touch the
 * title's pixels (their boxes are apart), so painting it earlier changes
 * nothing.
 */
import { boundsOf, IndexedCanvas, outlineOf, parseCardSvg, parseHex, type Rgb, type Shape } from './raster.ts';
import { deflateRows, encodeIndexedPngPieces, type RowsPiece } from './png.ts';

/** Distinct looks kept; a site has one per section and host, so this never fills in practice. */
const maxBackgrounds = 64;

type Box = [left: number, top: number, right: number, bottom: number];

/** A box holding the shape and every pixel its edges can tint. */
export function boxOf(shape: Shape): Box {
  const [left, top, right, bottom] = boundsOf(outlineOf(shape));
  return [left - 1, top - 1, right + 1, bottom + 1];
}

const overlap = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Splits a card's shapes into the layer shared by cards of the same look and
 * the card's own shapes (the title, and whatever must paint over it), keeping
 * the order each group paints in.
 */
export function splitCard(shapes: Shape[], titleFill: Rgb): { shared: Shape[]; own: Shape[] } {
  const shared: Shape[] = [];
  const own: Shape[] = [];
  const ownBoxes: Box[] = [];
  for (const shape of shapes) {
    const isTitle = shape.kind === 'path' && shape.fill.r === titleFill.r && shape.fill.g === titleFill.g && shape.fill.b === titleFill.b;
    const box = isTitle || ownBoxes.length > 0 ? boxOf(shape) : undefined;
    if (isTitle || (box && ownBoxes.some((b) => overlap(b, box)))) {
      own.push(shape);
      ownBoxes.push(box!);
    } else {
      shared.push(shape);
    }
  }
  return { shared, own };
}

/** A drawn layer, and its rows above and below a title already deflated, by where the title starts or ends. */
interface Background {
  canvas: IndexedCanvas;
  pieces: Map<string, RowsPiece>;
}

export class CardPainter {
  private readonly titleFill: Rgb;
  private readonly backgrounds = new Map<string, Background>();
  /** How many cards reused a layer drawn earlier (for tests and the benchmark). */
  reused = 0;

  /** `titleFill` is the title's colour: the shapes in it are each card's own. */
  constructor(titleFill: string) {
    this.titleFill = parseHex(titleFill);
  }

  paint(svg: string): Buffer {
    const { width, height, shapes } = parseCardSvg(svg);
    const { shared, own } = splitCard(shapes, this.titleFill);
    const key = `${width}×${height} ${JSON.stringify(shared)}`;
    let background = this.backgrounds.get(key);
    if (background) {
      this.reused += 1;
    } else {
      const canvas = new IndexedCanvas(width, height);
      for (const shape of shared) canvas.draw(shape);
      background = { canvas, pieces: new Map() };
      if (this.backgrounds.size >= maxBackgrounds) this.backgrounds.clear();
      this.backgrounds.set(key, background);
    }
    const canvas = background.canvas.clone();
    for (const shape of own) canvas.draw(shape);
    // Only the rows the card's own shapes touched are compressed per card.
    const top = Math.min(canvas.touched.top, height);
    const bottom = Math.max(canvas.touched.bottom, top);
    const sharedRows = (name: string, from: number, to: number, last: boolean) => {
      const id = `${name}${from}-${to}`;
      let piece = background.pieces.get(id);
      if (!piece) {
        piece = deflateRows(width, background.canvas.pixels, from, to, last);
        if (background.pieces.size >= maxBackgrounds) background.pieces.clear();
        background.pieces.set(id, piece);
      }
      return piece;
    };
    const pieces = [
      sharedRows('above', 0, top, false),
      deflateRows(width, canvas.pixels, top, bottom, bottom === height),
      ...(bottom < height ? [sharedRows('below', bottom, height, true)] : []),
    ];
    return encodeIndexedPngPieces(width, height, canvas.palette, pieces);
  }
}
