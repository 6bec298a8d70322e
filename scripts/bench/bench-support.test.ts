/** The benchmark's own arithmetic: reading GNU time's report and the build's log, fitting growth, and the floor of a build. */
import { describe, expect, it } from 'vitest';
import { fitGrowth } from './fit.ts';
import { indexRun, indexWriteSeconds, parseTimeReport, type PageWeight } from './measure.ts';
import { floorLine, type PeerRun, type PeerSite } from './report.ts';
import { indexReport } from '../../src/integrations/pagefind.ts';

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

describe('indexWriteSeconds', () => {
  it("reads the write time from the line the index step logs, among Astro's lines", () => {
    const log = `12:00:01 [build] Complete!\n[hoc-tap-page-steps] ${indexReport({ pages: 2965, writeMs: 4652.4 }, 8757.2)}\n`;
    expect(indexWriteSeconds(log)).toBe(4.652);
    expect(indexRun(log)).toEqual({ pages: 2965, seconds: 8.757, writeSeconds: 4.652 });
  });
  it('fails loudly when the build did not report it', () => {
    expect(() => indexWriteSeconds('[hoc-tap-page-steps] 2965 trang đã vào chỉ mục tìm kiếm (8757 ms).')).toThrow(/did not report/);
  });
});

describe('floorLine', () => {
  const site = (seconds: number): PeerSite => ({ pages: 1, seconds, cpuSeconds: seconds, peakMb: 1, distBytes: 1, article: {} as PageWeight });
  const peer: PeerRun = { n: 5000, news: 2014, ours: site(30), starlight: site(20) };
  it("adds Pagefind's write in the cards-cached build to Astro alone, and compares the sum with Starlight", () => {
    const line = floorLine({ ...peer, oursAstroOnly: site(16.5), indexWriteSeconds: { cold: 5.25, cardsCached: 4.5 } });
    expect(line).toContain('= 21.0 s, 1.05 × Starlight');
    expect(line).toContain('(5.3 s in the cold build)');
  });
  it('says nothing for a run that measured neither part', () => {
    expect(floorLine(peer)).toBeUndefined();
    expect(floorLine({ ...peer, oursAstroOnly: site(16.5) })).toBeUndefined();
  });
});
