/**
 * Build benchmark: generated content at several sizes, a cold build and a
 * rebuild after one edited file, and (with --peers) the same news items
 * built by Starlight and Hugo in the same run on the same machine, beside
 * ours built by Astro alone (no share cards, no search index) and the floor
 * that and Pagefind's write after the last page set (scripts/bench/report.ts
 * `floorLine`).
 *
 * Usage (after `npm install`; GNU time from Debian's `time` package, Hugo
 * from Debian's `hugo` package, Starlight fetched by npm into a temp folder):
 *
 *   node_modules/.bin/node scripts/bench-build.ts --n 1000,5000,20000 --peers
 *
 * Options: --n sizes (made-up items of EVERY collection, added to the real
 * content; with --total, made-up items in total, spread as
 * scripts/generate-content.ts says),
 * --peers also build Starlight and Hugo, --peer-n sizes for the peers
 * (default: the same as --n), --work folder (default /tmp/hts-bench),
 * --json file for the raw figures, --skip-rebuild cold builds only,
 * --peers-only only the peer comparison, --cards-cached-up-to N skips the
 * cards-cached build for sizes above N (it only repeats the cold build
 * minus the share cards, and the largest size is the longest run), --keep
 * keeps every generated site (by default only the largest is kept).
 *
 * Nothing is written into the repository: content, copies of the project
 * and the peers all live under the work folder.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTables, floorLine, growthLines, type BuildResults, type PeerRun, type PeerSite, type SiteRun } from './bench/report.ts';
import { dirBytes, htmlPageCount, indexRun, indexWriteSeconds, kb, load, machine, mb, pageWeight } from './bench/measure.ts';
import { buildAstroOnly, buildProject, makeProject, repoRoot } from './bench/project.ts';
import { buildHugo, buildStarlight, fillStarlight, hugoVersion, setupHugo, setupStarlight } from './bench/peers.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000,5000,20000' },
    peers: { type: 'boolean', default: false },
    'peer-n': { type: 'string' },
    work: { type: 'string', default: '/tmp/hts-bench' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'skip-rebuild': { type: 'boolean', default: false },
    'peers-only': { type: 'boolean', default: false },
    total: { type: 'boolean', default: false },
    'cards-cached-up-to': { type: 'string' },
  },
});

const sizes = values.n.split(',').map(Number);
const peerSizes = (values['peer-n'] ?? values.n).split(',').map(Number);
const work = values.work;
mkdirSync(work, { recursive: true });
const log = (line: string) => {
  console.log(line);
  appendFileSync(join(work, 'bench-build.log'), `${line}\n`);
};

/** The real content plus `n` made-up items of every collection (with --total: `n` in all). */
function generate(n: number): string {
  const out = join(work, `content-${n}`);
  rmSync(out, { recursive: true, force: true });
  const gen = spawnSync(process.execPath, [join(repoRoot, 'scripts/generate-content.ts'), values.total ? '--count' : '--each', String(n), '--out', out], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (gen.status !== 0) throw new Error(`generate-content failed:\n${gen.stdout}\n${gen.stderr}`);
  return join(out, 'content');
}

function countItems(contentDir: string): Record<string, number> {
  return Object.fromEntries(
    readdirSync(contentDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => [d.name, readdirSync(join(contentDir, d.name), { recursive: true }).filter((f) => /\.(md|mdx|ya?ml|json)$/.test(String(f))).length]),
  );
}

/** One news file gets a new sentence, as an editor's small fix would. */
function editOneFile(contentDir: string): string {
  const news = join(contentDir, 'news');
  const first = readdirSync(news, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.md'));
  if (!first) throw new Error('no news file to edit');
  appendFileSync(join(news, first), '\nĐoạn văn sửa thêm để đo thời gian dựng lại sau một thay đổi nhỏ.\n');
  return first;
}

function rebuildCards(r: { output?: string }): string | undefined {
  const m = r.output ? /(\d+) thẻ chia sẻ vẽ mới, (\d+) lấy từ bộ nhớ đệm, (\d+) ms/.exec(r.output) : null;
  return m ? `, ${m[1]} drawn and ${m[2]} reused in ${(Number(m[3]) / 1000).toFixed(1)} s of the rebuild` : undefined;
}

/** One site's figures in a peer run: its build, its output and the weight of the same article. */
function peerSite(run: { seconds: number; cpuSeconds: number; peakMb: number }, distDir: string, article: string): PeerSite {
  return {
    pages: htmlPageCount(distDir),
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    peakMb: run.peakMb,
    distBytes: dirBytes(distDir),
    article: pageWeight(distDir, article),
  };
}

function firstNewsPath(distDir: string): string {
  const dir = join(distDir, 'tin-tuc');
  const slug = readdirSync(dir, { withFileTypes: true }).find((d) => d.isDirectory() && d.name !== 'trang' && existsSync(join(dir, d.name, 'index.html')));
  if (!slug) throw new Error(`no news page in ${dir}`);
  return `/tin-tuc/${slug.name}/`;
}

const results: BuildResults = {
  machine: machine(),
  sizing: values.total ? 'total' : 'each',
  started: new Date().toISOString(),
  loadBefore: load(),
  sites: [],
  peers: [],
};
const save = () => {
  const file = values.json ?? join(work, 'bench-build.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
};

log(`# bench-build ${results.started} on ${results.machine}; load ${results.loadBefore}`);
const contentDirs = new Map<number, string>();
for (const n of values['peers-only'] ? [] : sizes) {
  const contentDir = generate(n);
  contentDirs.set(n, contentDir);
  const project = makeProject(join(work, `site-${n}`), contentDir);
  const loadAt = load();
  const cold = buildProject(project, { cold: true });
  const pages = htmlPageCount(project.distDir);
  const distBytes = dirBytes(project.distDir);
  const searchIndexBytes = dirBytes(join(project.distDir, 'pagefind'));
  const article = pageWeight(project.distDir, firstNewsPath(project.distDir));
  // Integrations log their own share of the build: the search index and the share cards.
  const indexed = indexRun(cold.output);
  const cards = (out: string) => /(\d+) thẻ chia sẻ vẽ mới, (\d+) lấy từ bộ nhớ đệm, (\d+) ms/.exec(out);
  const coldCards = cards(cold.output);
  // Said at once: at the largest size the builds that follow take as long again.
  log(`N=${n} cold: ${pages} pages, ${cold.seconds.toFixed(1)} s (CPU ${cold.cpuSeconds.toFixed(1)} s, peak ${cold.peakMb.toFixed(0)} MB), load before ${loadAt}`);
  // Cold again, but with the share cards the first build drew: what a CI run keeping that cache pays.
  const skipWarm = values['cards-cached-up-to'] !== undefined && n > Number(values['cards-cached-up-to']);
  const warmCards = skipWarm ? undefined : buildProject(project, { cold: true, cardsCached: true });
  const edited = values['skip-rebuild'] ? '(skipped)' : editOneFile(contentDir);
  const rebuild = values['skip-rebuild'] ? { seconds: NaN, cpuSeconds: NaN, peakMb: NaN, output: '' } : buildProject(project, { cold: false });
  const run: SiteRun = {
    n,
    items: countItems(contentDir),
    pages,
    cold: { seconds: cold.seconds, cpuSeconds: cold.cpuSeconds, peakMb: cold.peakMb },
    ...(warmCards ? { coldCardsCached: { seconds: warmCards.seconds, cpuSeconds: warmCards.cpuSeconds, peakMb: warmCards.peakMb } } : {}),
    rebuild: { seconds: rebuild.seconds, cpuSeconds: rebuild.cpuSeconds, peakMb: rebuild.peakMb },
    distBytes,
    searchIndexBytes,
    ...(indexed ? { searchIndex: { pages: indexed.pages, seconds: indexed.seconds } } : {}),
    ...(coldCards ? { shareCards: { drawn: Number(coldCards[1]), reused: Number(coldCards[2]), seconds: Number(coldCards[3]) / 1000 } } : {}),
    article,
  };
  results.sites.push(run);
  save();
  log(
    `N=${n} (load ${loadAt}): ${pages} pages, cold ${cold.seconds.toFixed(1)} s (CPU ${cold.cpuSeconds.toFixed(1)} s, ${(pages / cold.seconds).toFixed(0)} pages/s, peak ${cold.peakMb.toFixed(0)} MB), ` +
      (warmCards ? `cold with share cards cached ${warmCards.seconds.toFixed(1)} s (CPU ${warmCards.cpuSeconds.toFixed(1)} s), ` : '') +
      `rebuild after editing news/${edited} ${rebuild.seconds.toFixed(1)} s (CPU ${rebuild.cpuSeconds.toFixed(1)} s, peak ${rebuild.peakMb.toFixed(0)} MB), dist ${mb(distBytes)} MB, search index ${mb(searchIndexBytes)} MB` +
      (indexed ? ` (${indexed.pages} pages indexed in ${indexed.seconds.toFixed(1)} s of the build)` : '') +
      (coldCards ? `; share cards: ${coldCards[1]} drawn in ${(Number(coldCards[3]) / 1000).toFixed(1)} s of the cold build` : '') +
      (rebuildCards(rebuild) ?? ''),
  );
  if (!values.keep && n !== sizes.at(-1)) rmSync(project.dir, { recursive: true, force: true });
}

if (values.peers) {
  const hugo = hugoVersion();
  if (!hugo) log('Hugo is not installed (apt-get install hugo): the Hugo column is left out.');
  const starlightDir = join(work, 'peer-starlight');
  setupStarlight(starlightDir);
  for (const n of peerSizes) {
    const contentDir = contentDirs.get(n) ?? generate(n);
    // Our site built from the news alone, plus what they refer to, so all three build the same articles.
    const newsOnly = join(work, `news-only-${n}`);
    rmSync(newsOnly, { recursive: true, force: true });
    spawnSync('cp', ['-r', contentDir, newsOnly]);
    // Only the made-up plans, events and datasets go: the real ones stay, since real items link to them.
    for (const c of ['plans', 'events', 'stats']) rmSync(join(newsOnly, c, 'du-lieu-thu'), { recursive: true, force: true });
    const ours = makeProject(join(work, `peer-ours-${n}`), newsOnly);
    const oursRun = buildProject(ours, { cold: true });
    const article = firstNewsPath(ours.distDir);
    const oursWarm = buildProject(ours, { cold: true, cardsCached: true });
    const astroOnly = buildAstroOnly(ours);
    const news = fillStarlight(starlightDir, contentDir);
    const starRun = buildStarlight(starlightDir);
    const peer: PeerRun = {
      n,
      news,
      ours: peerSite(oursRun, ours.distDir, article),
      oursCardsCached: peerSite(oursWarm, ours.distDir, article),
      oursAstroOnly: peerSite(astroOnly, astroOnly.distDir, article),
      indexWriteSeconds: { cold: indexWriteSeconds(oursRun.output), cardsCached: indexWriteSeconds(oursWarm.output) },
      starlight: peerSite(starRun, join(starlightDir, 'dist'), article),
    };
    if (hugo) {
      const hugoDir = join(work, `peer-hugo-${n}`);
      setupHugo(hugoDir, contentDir);
      peer.hugo = peerSite(buildHugo(hugoDir), join(hugoDir, 'public'), article);
    }
    results.peers.push(peer);
    save();
    const line = (name: string, r: PeerSite) =>
      `${name}: ${r.pages} pages in ${r.seconds.toFixed(1)} s (CPU ${r.cpuSeconds.toFixed(1)} s, ${(r.pages / r.seconds).toFixed(0)} pages/s, peak ${r.peakMb.toFixed(0)} MB), article ${kb(r.article.total)} KB gzip`;
    log(`peers N=${n} (${news} news, article ${article}):`);
    log(`  ${line('ours', peer.ours)}`);
    if (peer.oursCardsCached) log(`  ${line('ours, share cards cached', peer.oursCardsCached)}`);
    if (peer.oursAstroOnly) log(`  ${line('ours, Astro alone (no share cards, no search index)', peer.oursAstroOnly)}`);
    const floor = floorLine(peer);
    if (floor) log(`  ${floor}`);
    log(`  ${line('starlight', peer.starlight)}`);
    if (peer.hugo) log(`  ${line('hugo', peer.hugo)}`);
    if (!values.keep) rmSync(ours.dir, { recursive: true, force: true });
  }
}

results.loadAfter = load();
save();

for (const line of growthLines(results.sites)) log(line);
log(`load after: ${results.loadAfter}`);


log(buildTables(results));
