/** The benchmark's own arithmetic: reading GNU time's report and fitting growth. */
import { describe, expect, it } from 'vitest';
import { fitGrowth } from './fit.ts';
import { parseTimeReport } from './measure.ts';

describe('fitGrowth', () => {
  it('finds the fixed cost and the cost per item of a linear build', () => {
    const fit = fitGrowth([
      { n: 1000, seconds: 5 + 0.004 * 1000 },
      { n: 5000, seconds: 5 + 0.004 * 5000 },
      { n: 20000, seconds: 5 + 0.004 * 20000 },
    ]);
    expect(fit.intercept).toBeCloseTo(5, 6);
    expect(fit.slope).toBeCloseTo(0.004, 9);
    expect(fit.r2).toBeCloseTo(1, 9);
    // The fixed cost keeps the exponent under 1 even for a perfectly straight line.
    expect(fit.exponent).toBeGreaterThan(0.7);
    expect(fit.exponent).toBeLessThan(1);
  });
  it('shows a quadratic step as an exponent near 2', () => {
    const fit = fitGrowth([1000, 5000, 20000].map((n) => ({ n, seconds: 1e-6 * n * n })));
    expect(fit.exponent).toBeCloseTo(2, 6);
  });
  it('refuses a single size', () => {
    expect(() => fitGrowth([{ n: 10, seconds: 1 }, { n: 10, seconds: 2 }])).toThrow(/two sizes/);
  });
});

describe('parseTimeReport', () => {
  it('reads wall time with and without hours, CPU time, and peak memory in MB', () => {
    const report = (wall: string) =>
      `\tUser time (seconds): 80.25\n\tSystem time (seconds): 4.50\n\tElapsed (wall clock) time (h:mm:ss or m:ss): ${wall}\n\tMaximum resident set size (kbytes): 1048576\n`;
    expect(parseTimeReport(report('1:02.50'))).toEqual({ seconds: 62.5, peakMb: 1024, cpuSeconds: 84.75 });
    expect(parseTimeReport(report('1:00:03'))).toEqual({ seconds: 3603, peakMb: 1024, cpuSeconds: 84.75 });
  });
  it('fails loudly on output that is not a GNU time report', () => {
    expect(() => parseTimeReport('command not found')).toThrow(/no GNU time report/);
  });
});
