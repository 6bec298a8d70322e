/**
 * Glyphs rasterised once and reused: the signed coverage of a glyph at a
 * font size, for its origin at a fraction of a pixel (`phases` steps). A
 * title is then its glyphs' coverages added up, which is its outline's
 * coverage (`signedCoverage` adds up), drawn without flattening a curve.
 *
 * The outline is rounded as satori rounds it (to 0.1 px, `roundTenth`), at
 * the phase's offset; a glyph's own offset differs from its phase's by at
 * most half a step, so its edges move by that at most.
 */
import type { Face } from './glyph-fonts.ts';
import { boundsOf, flattenPath, signedCoverage } from './raster.ts';
import { roundTenth, type PlacedGlyph } from './text-layout.ts';

export interface GlyphMask {
  /** The mask's top-left pixel, from the pixel of the glyph's origin. */
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Float32Array;
}

const empty: GlyphMask = { left: 0, top: 0, width: 0, height: 0, coverage: new Float32Array(0) };

export class GlyphMasks {
  readonly phases: number;
  private readonly masks = new Map<Face, Map<number, GlyphMask>>();

  constructor(phases: number) {
    this.phases = phases;
  }

  /** The mask of `glyph` at `fontSize` with its origin `phase / phases` px right of a pixel's left edge, on a baseline. */
  mask(face: Face, glyph: number, fontSize: number, phase: number): GlyphMask {
    let ofFace = this.masks.get(face);
    if (!ofFace) {
      ofFace = new Map();
      this.masks.set(face, ofFace);
    }
    const key = (glyph * 1024 + fontSize) * this.phases + phase;
    let mask = ofFace.get(key);
    if (!mask) {
      mask = rasterise(face, glyph, fontSize, phase / this.phases);
      ofFace.set(key, mask);
    }
    return mask;
  }
}

function rasterise(face: Face, glyph: number, fontSize: number, dx: number): GlyphMask {
  const { path } = face.font.glyphs.get(glyph);
  const scale = fontSize / (path.unitsPerEm || 1000);
  const px = (x: number) => roundTenth(dx + x * scale);
  const py = (y: number) => roundTenth(-y * scale);
  let d = '';
  for (const c of path.commands) {
    if (c.type === 'M' || c.type === 'L') d += `${c.type}${px(c.x)} ${py(c.y)}`;
    else if (c.type === 'Q') d += `Q${px(c.x1)} ${py(c.y1)} ${px(c.x)} ${py(c.y)}`;
    else if (c.type === 'C') d += `C${px(c.x1)} ${py(c.y1)} ${px(c.x2)} ${py(c.y2)} ${px(c.x)} ${py(c.y)}`;
    else d += 'Z';
  }
  const polygons = flattenPath(d);
  const [minX, minY, maxX, maxY] = boundsOf(polygons);
  if (minX === Infinity) return empty;
  const left = Math.floor(minX);
  const top = Math.floor(minY);
  const width = Math.ceil(maxX) - left;
  const height = Math.ceil(maxY) - top;
  if (width <= 0 || height <= 0) return empty;
  return { left, top, width, height, coverage: signedCoverage(polygons, left, top, width, height) };
}

/** A mask placed on the card: its top-left pixel. */
export interface PlacedMask {
  mask: GlyphMask;
  x: number;
  y: number;
}

/** Each glyph's mask and where it goes; baselines must be on whole pixels, as satori places them on a card. */
export function placeMasks(masks: GlyphMasks, glyphs: PlacedGlyph[], fontSize: number): PlacedMask[] {
  const { phases } = masks;
  return glyphs.map(({ face, glyph, x, y }) => {
    let pixel = Math.floor(x);
    let phase = Math.round((x - pixel) * phases);
    if (phase === phases) {
      pixel += 1;
      phase = 0;
    }
    const mask = masks.mask(face, glyph, fontSize, phase);
    return { mask, x: pixel + mask.left, y: y + mask.top };
  });
}

/**
 * Adds a placed mask's coverage into `coverage` (rows `stride` apart) at
 * index `at` for its top-left pixel. Its own function: V8 optimises small
 * loops called often better than loops inside a longer method.
 */
export function addMask(coverage: Float32Array, stride: number, mask: GlyphMask, at: number): void {
  const { width, height } = mask;
  const values = mask.coverage;
  for (let row = 0; row < height; row++) {
    const to = at + row * stride;
    const from = row * width;
    for (let col = 0; col < width; col++) coverage[to + col]! += values[from + col]!;
  }
}
