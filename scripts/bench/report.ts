/**
 * The build benchmark's figures as Markdown tables for BENCHMARKS.md.
 * `node_modules/.bin/node scripts/bench/report.ts /tmp/hts-bench/bench-build.json`
 * prints them again from a saved run; several files (runs of different
 * sizes, done one after the other) are read as one, sizes in order.
 */
import { readFileSync } from 'node:fs';
import { fitGrowth } from './fit.ts';
import { kb, mb, type PageWeight } from './measure.ts';

export interface SiteRun {
  n: number;
  items: Record<string, number>;
  pages: number;
  cold: { seconds: number; cpuSeconds: number; peakMb: number };
  /** Cold but for the share-card cache. */
  coldCardsCached?: { seconds: number; cpuSeconds: number; peakMb: number };
  rebuild: { seconds: number; cpuSeconds: number; peakMb: number };
  distBytes: number;
  searchIndexBytes: number;
  /** Pages the search integration indexed, and the seconds of the build it took. */
  searchIndex?: { pages: number; seconds: number };
  /** Share cards (Open Graph PNGs) the cold build drew, and the seconds it spent on them. */
  shareCards?: { drawn: number; reused: number; seconds: number };
  article: PageWeight;
}

export interface PeerSite {
  pages: number;
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  distBytes: number;
  article: PageWeight;
}

export interface PeerRun {
  n: number;
  news: number;
  ours: PeerSite;
  /** Ours again, cold but for the share-card cache. */
  oursCardsCached?: PeerSite;
  /** Ours again, Astro alone: the same pages, without share cards or search index. */
  oursAstroOnly?: PeerSite;
  /** Seconds Pagefind took to write our index, which it cannot start before the last page: in the cold build, and in the one with cards cached. */
  indexWriteSeconds?: { cold: number; cardsCached: number };
  starlight: PeerSite;
  hugo?: PeerSite;
}

export interface BuildResults {
  machine: string;
  /** `each`: N made-up items of every collection; `total`: N made-up items in all. */
  sizing?: 'each' | 'total';
  started: string;
  loadBefore: string;
  loadAfter?: string;
  sites: SiteRun[];
  peers: PeerRun[];
}

export function buildTables(results: BuildResults): string {
const s1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const table: string[] = [
  '',
  `| N (made-up items${results.sizing === 'total' ? ' in total' : ' of each collection'}) | items by collection (with the real ones) | HTML pages | cold build s | CPU s | pages/s | peak MB | cold, share cards cached: s (CPU s) | rebuild after 1 edit s | rebuild CPU s | rebuild peak MB | dist MB | search index MB | indexing s | share cards s |`,
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.sites.map(
    (s) =>
      `| ${s.n.toLocaleString('en')} | ${Object.entries(s.items)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} | ${s.pages} | ${s1(s.cold.seconds)} | ${s1(s.cold.cpuSeconds)} | ${(s.pages / s.cold.seconds).toFixed(0)} | ${s.cold.peakMb.toFixed(0)} | ${s.coldCardsCached ? `${s1(s.coldCardsCached.seconds)} (${s1(s.coldCardsCached.cpuSeconds)})` : '–'} | ${s1(s.rebuild.seconds)} | ${s1(s.rebuild.cpuSeconds)} | ${Number.isFinite(s.rebuild.peakMb) ? s.rebuild.peakMb.toFixed(0) : '–'} | ${mb(s.distBytes)} | ${mb(s.searchIndexBytes)} | ${s.searchIndex ? `${s1(s.searchIndex.seconds)} (${s.searchIndex.pages} pages)` : '–'} | ${s.shareCards ? `${s1(s.shareCards.seconds)} (${s.shareCards.drawn} drawn)` : '–'} |`,
  ),
];
if (results.peers.length) {
  const r = (a: number, b: number) => (a / b).toFixed(2);
  table.push(
    '',
    '| news items | site | HTML pages | build s | CPU s | pages/s | peak MB | dist MB | article gzip KB (HTML+CSS+JS) | ours ÷ peer: build time | ours ÷ peer: CPU time | ours ÷ peer: time per page | ours ÷ peer: CPU per page | ours ÷ peer: article bytes |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const p of results.peers) {
    const rows: [string, PeerSite | undefined][] = [
      ['ours', p.ours],
      ['ours, share cards cached', p.oursCardsCached],
      ['ours, Astro alone (no share cards, no search index)', p.oursAstroOnly],
      ['Starlight', p.starlight],
      ['Hugo', p.hugo],
    ];
    for (const [name, site] of rows) {
      if (!site) continue;
      const warm = p.oursCardsCached;
      const both = (f: (o: PeerSite) => number) => `${r(f(p.ours), f(site))}${warm ? ` (${r(f(warm), f(site))} cards cached)` : ''}`;
      const ratio = name.startsWith('ours')
        ? ['', '', '', '', '']
        : [
            both((o) => o.seconds),
            both((o) => o.cpuSeconds),
            both((o) => o.seconds / o.pages),
            both((o) => o.cpuSeconds / o.pages),
            r(p.ours.article.total, site.article.total),
          ];
      table.push(
        `| ${p.news} | ${name} | ${site.pages} | ${s1(site.seconds)} | ${s1(site.cpuSeconds)} | ${(site.pages / site.seconds).toFixed(0)} | ${site.peakMb.toFixed(0)} | ${mb(site.distBytes)} | ${kb(site.article.total)} | ${ratio.join(' | ')} |`,
      );
    }
  }
}
return table.join('\n');
}

/**
 * The least any build of our pages with this search can take: Astro alone,
 * then Pagefind writing the index, which it does only once the last page
 * is there (the write of the cards-cached build, the less crowded one).
 * Reading the pages and drawing the cards are left out, so a real build
 * can only be slower.
 */
export function floorLine(p: PeerRun): string | undefined {
  if (!p.oursAstroOnly || !p.indexWriteSeconds) return undefined;
  const floor = p.oursAstroOnly.seconds + p.indexWriteSeconds.cardsCached;
  return (
    `floor: Astro alone ${p.oursAstroOnly.seconds.toFixed(1)} s + Pagefind writing the index ${p.indexWriteSeconds.cardsCached.toFixed(1)} s ` +
    `(${p.indexWriteSeconds.cold.toFixed(1)} s in the cold build) = ${floor.toFixed(1)} s, ${(floor / p.starlight.seconds).toFixed(2)} × Starlight's ${p.starlight.seconds.toFixed(1)} s`
  );
}

/** How cold-build time grows with N and with pages, in wall and CPU time; empty under two sizes. */
export function growthLines(sites: readonly SiteRun[]): string[] {
  if (sites.length < 2) return [];
  return (
    [
      ['wall', (s: SiteRun) => s.cold.seconds],
      ['CPU', (s: SiteRun) => s.cold.cpuSeconds],
    ] as const
  ).map(([label, pick]) => {
    const fit = fitGrowth(sites.map((s) => ({ n: s.n, seconds: pick(s) })));
    const perPage = fitGrowth(sites.map((s) => ({ n: s.pages, seconds: pick(s) })));
    return (
      `fit (cold build, ${label} time): t = ${fit.intercept.toFixed(1)} s + ${(fit.slope * 1000).toFixed(2)} ms × N (r² ${fit.r2.toFixed(4)}), ` +
      `log-log exponent ${fit.exponent.toFixed(2)}; ${(perPage.slope * 1000).toFixed(2)} ms per extra page (exponent on pages ${perPage.exponent.toFixed(2)})`
    );
  });
}

if (import.meta.main) {
  const files = process.argv.slice(2);
  if (!files.length) throw new Error('usage: report.ts <bench-build.json> [more.json …]');
  const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as BuildResults);
  const merged: BuildResults = {
    ...runs[0]!,
    sites: runs.flatMap((r) => r.sites).sort((a, b) => a.n - b.n),
    peers: runs.flatMap((r) => r.peers).sort((a, b) => a.n - b.n),
  };
  console.log([...growthLines(merged.sites), ...merged.peers.flatMap((p) => floorLine(p) ?? []), buildTables(merged)].join('\n'));
}
