/**
 * How build time grows with the number of items: a least-squares line
 * t = a + b·n, and the exponent k of t ∝ n^k fitted on logarithms. Linear
 * growth shows as k close to 1; a quadratic step pushes k towards 2.
 */
export interface Point {
  n: number;
  seconds: number;
}

export interface Fit {
  /** Fixed cost in seconds (start-up, bundling). */
  intercept: number;
  /** Seconds per extra item. */
  slope: number;
  /** Share of the variance the line explains. */
  r2: number;
  /** Growth exponent on a log-log scale. */
  exponent: number;
}

function leastSquares(xs: readonly number[], ys: readonly number[]): { a: number; b: number; r2: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const b = sxy / sxx;
  return { a: my - b * mx, b, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

export function fitGrowth(points: readonly Point[]): Fit {
  if (new Set(points.map((p) => p.n)).size < 2) throw new Error('need at least two sizes to fit');
  const line = leastSquares(
    points.map((p) => p.n),
    points.map((p) => p.seconds),
  );
  const logs = leastSquares(
    points.map((p) => Math.log(p.n)),
    points.map((p) => Math.log(p.seconds)),
  );
  return { intercept: line.a, slope: line.b, r2: line.r2, exponent: logs.b };
}
