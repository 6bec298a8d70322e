import { describe, expect, it } from 'vitest';
import { coverage, flattenPath, IndexedCanvas, parseCardSvg, parseHex, signedCoverage } from './raster';

const sum = (values: Float32Array) => values.reduce((a, b) => a + b, 0);

describe('reading satori SVG', () => {
  const svg =
    '<svg width="40" height="20" viewBox="0 0 40 20" xmlns="http://www.w3.org/2000/svg">' +
    '<mask id="satori_om-id"><rect x="0" y="0" width="40" height="20" fill="#fff"/></mask>' +
    '<rect x="0" y="0" width="40" height="20" fill="#0b5d3b"/>' +
    '<g><path fill="#ffffff" d="M2 2L10 2L10 10L2 10Z"/></g></svg>';

  it('takes rectangles and filled paths in paint order, skipping the unused masks', () => {
    const { width, height, shapes } = parseCardSvg(svg);
    expect([width, height]).toEqual([40, 20]);
    expect(shapes).toEqual([
      { kind: 'rect', fill: { r: 11, g: 93, b: 59 }, x: 0, y: 0, width: 40, height: 20 },
      { kind: 'path', fill: { r: 255, g: 255, b: 255 }, d: 'M2 2L10 2L10 10L2 10Z' },
    ]);
  });
  it('refuses what it cannot draw faithfully, naming it', () => {
    expect(() => parseCardSvg(svg.replace('<g><path', '<g><path transform="scale(2)"'))).toThrow('transform');
    expect(() => parseCardSvg(svg.replace('<g><path', '<g><path mask="url(#satori_om-id)"'))).toThrow('mask');
    expect(() => parseCardSvg(svg.replace('</svg>', '<image href="a.png"/></svg>'))).toThrow('<image>');
    expect(() => parseCardSvg(svg.replace('<g>', '<g clip-path="url(#c)">'))).toThrow('<g');
    expect(() => parseCardSvg('<div></div>')).toThrow('không phải SVG');
  });
  it('reads short and long hex colours', () => {
    expect(parseHex('#fff')).toEqual({ r: 255, g: 255, b: 255 });
    expect(parseHex('#f2b705')).toEqual({ r: 242, g: 183, b: 5 });
    expect(() => parseHex('red')).toThrow('red');
  });
});

describe('flattening paths', () => {
  it('closes every subpath, also one a new M starts', () => {
    expect(flattenPath('M0 0L4 0L4 4Z M10 10L12 10L12 12')).toEqual([
      [0, 0, 4, 0, 4, 4],
      [10, 10, 12, 10, 12, 12],
    ]);
  });
  it('puts the points of a quadratic curve on the curve', () => {
    const [poly] = flattenPath('M0 0Q50 100 100 0Z');
    const points = Array.from({ length: poly!.length / 2 }, (_, i) => [poly![2 * i]!, poly![2 * i + 1]!] as const);
    expect(points.length).toBeGreaterThan(8);
    // This curve is x = 100t, y = 100·2t(1−t): every point must satisfy both.
    for (const [x, y] of points) expect(y).toBeCloseTo(200 * (x / 100) * (1 - x / 100), 9);
    expect(points.at(-1)).toEqual([100, 0]);
  });
  it('refuses commands satori does not write', () => {
    expect(() => flattenPath('M0 0A5 5 0 0 1 10 10Z')).toThrow('"A"');
    expect(() => flattenPath('M0 0l5 5')).toThrow('"l"');
  });
});

describe('coverage', () => {
  it('is 1 inside a square on whole pixels and 0 outside', () => {
    const c = coverage([[1, 1, 3, 1, 3, 3, 1, 3]], 0, 0, 4, 4);
    expect([...c].map((v) => Math.round(v * 1000) / 1000)).toEqual([0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0]);
  });
  it('is the share of each pixel covered, for edges between pixels', () => {
    const c = coverage([[0.5, 0, 2, 0, 2, 1.25, 0.5, 1.25]], 0, 0, 3, 2);
    expect(c[0]).toBeCloseTo(0.5, 5);
    expect(c[1]).toBeCloseTo(1, 5);
    expect(c[3]).toBeCloseTo(0.125, 5);
    expect(c[4]).toBeCloseTo(0.25, 5);
    expect(c[2]).toBeCloseTo(0, 5);
  });
  it('adds up to the area of a slanted triangle, either way round', () => {
    const triangle = [1.3, 0.7, 9.1, 2.2, 4.4, 8.9];
    const area = Math.abs((9.1 - 1.3) * (8.9 - 0.7) - (4.4 - 1.3) * (2.2 - 0.7)) / 2;
    expect(sum(coverage([triangle], 0, 0, 12, 12))).toBeCloseTo(area, 3);
    const reversed = [4.4, 8.9, 9.1, 2.2, 1.3, 0.7];
    expect(sum(coverage([reversed], 0, 0, 12, 12))).toBeCloseTo(area, 3);
  });
  it('leaves a counter-wound hole empty and does not double an overlap (non-zero rule)', () => {
    const outer = [0, 0, 8, 0, 8, 8, 0, 8];
    const hole = [2, 2, 2, 6, 6, 6, 6, 2];
    const ring = coverage([outer, hole], 0, 0, 8, 8);
    expect(ring[3 * 8 + 3]).toBeCloseTo(0, 5);
    expect(sum(ring)).toBeCloseTo(64 - 16, 3);
    const twice = coverage([outer, outer], 0, 0, 8, 8);
    expect(Math.max(...twice)).toBeCloseTo(1, 5);
  });
  it('adds up when signed: two shapes drawn apart sum to the two as one path, overlap and hole included', () => {
    const [a, b] = [flattenPath('M1.3 0.7L6.2 1.1L4.4 7.9Z'), flattenPath('M3 2L9.5 2L9.5 6.5L3 6.5ZM5 3L5 5L8 5L8 3Z')];
    const apart = signedCoverage(a, 0, 0, 10, 8).map((v, i) => v + signedCoverage(b, 0, 0, 10, 8)[i]!);
    const together = signedCoverage([...a, ...b], 0, 0, 10, 8);
    for (let i = 0; i < together.length; i++) expect(apart[i]).toBeCloseTo(together[i]!, 5);
    expect([...coverage([...a, ...b], 0, 0, 10, 8)]).toEqual([...together].map((v) => Math.min(1, Math.abs(v))));
  });
  it('counts shapes reaching left of the box, and clips what lies right of it', () => {
    expect([...coverage([[-5, 0, 1, 0, 1, 1, -5, 1]], 0, 0, 2, 1)].map((v) => Math.round(v * 1000) / 1000)).toEqual([1, 0]);
    expect(sum(coverage([[1, 0, 9, 0, 9, 1, 1, 1]], 0, 0, 2, 1))).toBeCloseTo(1, 5);
  });
});

describe('an indexed canvas', () => {
  const green = { r: 0, g: 100, b: 0 };
  const white = { r: 255, g: 255, b: 255 };

  it('blends an edge into a palette entry between the colour and what is under it', () => {
    const canvas = new IndexedCanvas(4, 1, undefined, 16);
    canvas.draw({ kind: 'rect', fill: green, x: 0, y: 0, width: 4, height: 1 });
    canvas.draw({ kind: 'path', fill: white, d: 'M1 0L2.5 0L2.5 1L1 1Z' });
    const colours = [...canvas.pixels].map((i) => canvas.palette[i]);
    expect(colours[0]).toEqual(green);
    expect(colours[1]).toEqual(white);
    expect(colours[2]).toEqual({ r: 128, g: 178, b: 128 }); // half covered: level 8 of 16
    expect(colours[3]).toEqual(green);
    expect(canvas.touched).toEqual({ top: 0, bottom: 1 });
  });
  it('blends summed coverage into the same colours as drawing the path, once per pixel where boxes overlap', () => {
    const path = 'M1.2 0.3L7.7 1.1L6.1 5.8L0.4 4.9Z';
    const drawn = new IndexedCanvas(9, 7);
    drawn.draw({ kind: 'rect', fill: green, x: 0, y: 0, width: 9, height: 7 });
    const blended = drawn.clone();
    drawn.draw({ kind: 'path', fill: white, d: path });
    const summed = new Float32Array(9 * 7);
    summed.set(signedCoverage(flattenPath(path), 0, 0, 9, 7));
    blended.blend(white, summed, [[0, 0, 9, 4], [0, 2, 9, 5]], [1]);
    expect([...blended.pixels].map((i) => blended.palette[i])).toEqual([...drawn.pixels].map((i) => drawn.palette[i]));
    expect(summed.every((v) => v === 0)).toBe(true);
    expect(blended.touched).toEqual({ top: 0, bottom: 7 });
  });
  it('refuses to blend over a colour it was not told of', () => {
    const canvas = new IndexedCanvas(4, 1);
    canvas.draw({ kind: 'rect', fill: green, x: 0, y: 0, width: 4, height: 1 });
    expect(() => canvas.blend(white, Float32Array.of(0, 0.5, 0, 0), [[0, 0, 4, 1]], [0])).toThrow('under');
  });
  it('copies rows as a PNG stores them, a filter byte first', () => {
    const canvas = new IndexedCanvas(3, 3);
    canvas.draw({ kind: 'rect', fill: green, x: 0, y: 1, width: 3, height: 1 });
    canvas.draw({ kind: 'rect', fill: white, x: 1, y: 2, width: 1, height: 1 });
    const rows = canvas.pngRows(1, 3);
    expect([rows.width, rows.height]).toEqual([4, 2]);
    expect([...rows.pixels]).toEqual([0, 1, 1, 1, 0, 0, 2, 0]);
    expect(rows.palette).toEqual(canvas.palette);
  });
  it('draws on a clone without changing the original, and knows which rows changed', () => {
    const base = new IndexedCanvas(4, 6);
    base.draw({ kind: 'rect', fill: green, x: 0, y: 0, width: 4, height: 6 });
    const copy = base.clone();
    copy.draw({ kind: 'path', fill: white, d: 'M0 2L4 2L4 3.5L0 3.5Z' });
    expect(copy.touched).toEqual({ top: 2, bottom: 4 });
    expect(new Set(base.pixels).size).toBe(1);
    expect(copy.palette.slice(0, base.palette.length)).toEqual(base.palette);
    expect(copy.pixels.subarray(0, 8)).toEqual(base.pixels.subarray(0, 8));
    expect(copy.palette[copy.pixels[2 * 4]!]).toEqual(white);
  });
});
