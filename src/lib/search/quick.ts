/**
 * The quick index: titles and summaries of every item of a large site,
 * matched in the search page's own script, so a plain query's first results
 * come without Pagefind (docs/decisions/0008).
 *
 * Why: Pagefind's fixed start (script and WebAssembly, about 69 KB gzip) and
 * the index chunks a query of common words touches (20–40 KB each) already
 * cost 145–165 KB on a 37-page site, and about 240–290 KB for the newest
 * 1,000 items of a 20,000-item one. The quick index keeps only what the
 * first results show: for each folded word, the items whose title or summary
 * hold it (no positions), in small files by the word's first two letters (a
 * word held by many items in a file of its own, so a common word never
 * brings its neighbours' lists along), and the items themselves in blocks of
 * `blockSize`, newest first. A query of four common words fetches four word
 * files and a block or two: about 40 KB gzip on 20,000 items. Pagefind's
 * full-text search follows and adds what only an item's body holds.
 */
import { fold } from './text';

/** Where the quick index is served, without a leading slash. */
export const quickPaths = {
  manifest: 'tim-kiem/nhanh/muc-luc.json',
  words: (key: string) => `tim-kiem/nhanh/tu-${key}.json`,
  block: (n: number) => `tim-kiem/nhanh/muc-${n}.json`,
};

/** Items per block file: the first results of a rare query are spread over a few blocks, each a few KB. */
export const blockSize = 25;

/**
 * A word whose coded list is longer than this (characters of JSON) gets a
 * file of its own: on 20,000 items the file of "ho" is 17 KB gzip, "hoc"
 * alone 4.5 KB. Smaller lists stay with their prefix, so the manifest stays
 * a few KB.
 */
export const ownFileChars = 2048;

/** An item as the quick index keeps it, and as its first results show it. */
export interface QuickItem {
  url: string;
  title: string;
  /** The section's name ("Tin tức"…), as Pagefind's `type` meta. */
  type: string;
  /** The date shown (dd/mm/yyyy), if any. */
  date?: string | undefined;
  summary: string;
}

/**
 * What the page fetches first: how many items, and which word files exist
 * (no 404 for a word no item has): a prefix ("ho"), or a word with a file of
 * its own, marked by a leading "-" ("-hoc"), which folded words never start with.
 */
export interface QuickManifest {
  items: number;
  blockSize: number;
  keys: string[];
}

/** One word file: folded word → item numbers, delta-coded, each doubled plus one when the word is in the title. */
export type QuickWords = Record<string, number[]>;

/** Folded words of a text: "Kế hoạch 182/KH-UBND" → ke, hoach, 182, kh, ubnd. */
export function quickWords(text: string): string[] {
  return fold(text.normalize('NFC')).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The file a word lives in when it has none of its own: its first two letters (a one-letter word alone). */
export function wordKey(word: string): string {
  return [...word].slice(0, 2).join('');
}

/** The key of a word's own file. */
export const ownKey = (word: string) => `-${word}`;

/** Builds the files of the quick index from items given newest first. */
export function buildQuickIndex(items: readonly QuickItem[]): { manifest: QuickManifest; words: Map<string, QuickWords>; blocks: QuickItem[][] } {
  const postings = new Map<string, Map<number, boolean>>();
  items.forEach((item, n) => {
    const title = new Set(quickWords(item.title));
    for (const word of new Set([...title, ...quickWords(item.summary)])) {
      let list = postings.get(word);
      if (!list) postings.set(word, (list = new Map()));
      list.set(n, title.has(word));
    }
  });
  const words = new Map<string, QuickWords>();
  for (const word of [...postings.keys()].sort()) {
    let last = 0;
    const deltas = [...postings.get(word)!].map(([n, inTitle]) => {
      const code = n * 2 + (inTitle ? 1 : 0);
      const delta = code - last;
      last = code;
      return delta;
    });
    const key = JSON.stringify(deltas).length > ownFileChars ? ownKey(word) : wordKey(word);
    let file = words.get(key);
    if (!file) words.set(key, (file = {}));
    file[word] = deltas;
  }
  const blocks: QuickItem[][] = [];
  for (let start = 0; start < items.length; start += blockSize) blocks.push(items.slice(start, start + blockSize));
  return { manifest: { items: items.length, blockSize, keys: [...words.keys()] }, words, blocks };
}

/** A word's items: number → whether the word is in its title. */
export function decodePostings(deltas: readonly number[]): Map<number, boolean> {
  const out = new Map<number, boolean>();
  let code = 0;
  for (const delta of deltas) {
    code += delta;
    out.set(code >> 1, (code & 1) === 1);
  }
  return out;
}

/** The word files a query needs; null when a word has no file, so no item can hold every word. */
export function keysFor(query: string, manifest: QuickManifest): string[] | null {
  const known = new Set(manifest.keys);
  const keys = [...new Set(quickWords(query).map((word) => (known.has(ownKey(word)) ? ownKey(word) : wordKey(word))))];
  return keys.length && keys.every((k) => known.has(k)) ? keys : null;
}

/**
 * Items holding every word of the query in their title or summary, best
 * first: more of the words in the title first, then newest first. Returns
 * item numbers.
 */
export function matchQuick(query: string, files: ReadonlyMap<string, QuickWords>): number[] {
  const words = [...new Set(quickWords(query))];
  if (!words.length) return [];
  const lists: Map<number, boolean>[] = [];
  for (const word of words) {
    const deltas = files.get(ownKey(word))?.[word] ?? files.get(wordKey(word))?.[word];
    if (!deltas) return [];
    lists.push(decodePostings(deltas));
  }
  lists.sort((a, b) => a.size - b.size);
  const scored: { n: number; score: number }[] = [];
  for (const n of lists[0]!.keys()) {
    let score = 0;
    let all = true;
    for (const list of lists) {
      const inTitle = list.get(n);
      if (inTitle === undefined) {
        all = false;
        break;
      }
      score += inTitle ? 1 : 0;
    }
    if (all) scored.push({ n, score });
  }
  scored.sort((a, b) => b.score - a.score || a.n - b.n);
  return scored.map((s) => s.n);
}

/** The summary cut into text and the query's words, for marks around them (tones and `đ` folded). */
export function markWords(text: string, query: string): { text: string; mark: boolean }[] {
  const wanted = new Set(quickWords(query));
  const out: { text: string; mark: boolean }[] = [];
  for (const part of text.split(/([\p{L}\p{N}\p{M}]+)/u)) {
    if (!part) continue;
    const mark = wanted.has(fold(part));
    const last = out.at(-1);
    if (last && last.mark === mark && !mark) last.text += part;
    else out.push({ text: part, mark });
  }
  return out;
}

/** Reads what the quick index keeps from an item page as the build wrote it (`BaseLayout`, `searchFields`). */
export function quickItemIn(html: string, url: string): QuickItem | undefined {
  const meta = (name: string) => {
    const m = new RegExp(`data-pagefind-meta="${name}"[^>]*>([^<]*)<`).exec(html);
    return m ? decodeHtml(m[1]!).trim() : undefined;
  };
  const ogTitle = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1];
  const title = meta('title') ?? (ogTitle === undefined ? undefined : decodeHtml(ogTitle));
  if (!title) return undefined;
  // Copied out, so the page's HTML is not kept alive by views into it.
  const own = (s: string) => (' ' + s).slice(1);
  return { url, title: own(title), type: own(meta('type') ?? ''), date: meta('date') && own(meta('date')!), summary: own(meta('summary') ?? '') };
}

function decodeHtml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
