/**
 * How much memory Pagefind needs as the number of indexed pages grows (not a
 * test; docs/decisions/0002). Feeds the item pages of a built site to
 * Pagefind's service `--repeat` times, each copy under its own URL, with
 * `--in-flight` pages at a time, and samples the service's resident memory
 * while pages go in and while it writes the index.
 *
 *   node_modules/.bin/node --import ./scripts/ts-imports.ts scripts/bench/pagefind-memory.ts \
 *     --dist /tmp/hts-bench/site-1000/dist --repeat 1,5,20
 *
 * The copies repeat the site's words, so the figure is a floor for real pages
 * with as many distinct words; run nothing else beside it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { toIndexText } from '../../src/lib/search/text.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    repeat: { type: 'string', default: '1,5,20' },
    'in-flight': { type: 'string', default: '8' },
  },
});
if (!values.dist) throw new Error('--dist <a built site> is required');
const dist = values.dist;
const inFlight = Number(values['in-flight']);

/** Resident memory of every Pagefind process, in MB (one service runs at a time here). */
function serviceMb(): number {
  try {
    const out = execFileSync('ps', ['-C', 'pagefind_extended,pagefind', '-o', 'rss='], { encoding: 'utf8' });
    return out.split('\n').filter(Boolean).reduce((sum, kb) => sum + Number(kb) / 1024, 0);
  } catch {
    return 0; // ps exits 1 while no service runs
  }
}

const pages = readdirSync(dist, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name.endsWith('.html'))
  .map((e) => join(e.parentPath, e.name))
  .sort()
  .map((file) => ({ url: `/${relative(dist, file)}`, html: readFileSync(file, 'utf8') }))
  .filter(({ html }) => html.includes('data-pagefind-body'))
  .map(({ url, html }) => ({ url, content: toIndexText(html) }));

console.log('| pages indexed | adding s | peak MB while adding | writing s | peak MB while writing | MB per page at peak |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const repeat of values.repeat.split(',').map(Number)) {
  const out = mkdtempSync(join(tmpdir(), 'pagefind-memory-'));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(errors.join('; '));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, serviceMb())), 250);
  const started = performance.now();
  const queue = Array.from({ length: repeat }, (_, copy) => pages.map((p) => ({ url: `/${copy}${p.url}`, content: p.content }))).flat();
  const total = queue.length;
  for (let i = 0; i < total; i += inFlight) {
    const added = await Promise.all(queue.slice(i, i + inFlight).map((page) => index.addHTMLFile(page)));
    for (const a of added) if (a.errors.length) throw new Error(a.errors.join('; '));
  }
  const addPeak = peak;
  const added = performance.now();
  peak = 0;
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  clearInterval(sampler);
  const writePeak = peak;
  await pagefind.close();
  rmSync(out, { recursive: true, force: true });
  const s = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    `| ${total} | ${s(added - started)} | ${addPeak.toFixed(0)} | ${s(performance.now() - added)} | ${writePeak.toFixed(0)} | ${(Math.max(addPeak, writePeak) / total).toFixed(3)} |`,
  );
}
