/**
 * "Best bets": the pages a query most likely wants, matched in the search
 * page's script the moment a query is typed and shown above Pagefind's
 * results. Full-text ranking cannot know that "tieu chi cong dan hoc tap"
 * asks for a guide (without tone marks "tiêu chí" and "chỉ tiêu" are the same
 * words, which every target dataset repeats), or that "182/KH-UBND" names a
 * plan rather than the news about it.
 *
 * The index is built with the site from the learning titles, their criteria,
 * the national learning weeks and the legal documents the guides cite; news
 * is never an input, so its size does not grow with the news. Plans are
 * found by their number in small files of one number each (`shardPath`),
 * fetched only when a query looks like a document number.
 */
import { fold } from './text';

export interface BestBet {
  /** The page's address. */
  url: string;
  /** What the reader sees as the link. */
  title: string;
  /** What kind of page it is ("Danh hiệu học tập", "Kế hoạch"…). */
  kind: string;
  /** What a reader may type for it, folded (`foldQuery`). */
  aliases: string[];
}

/** Where the index and the number files are served, without a leading slash. */
export const bestBetsPath = 'tim-kiem/goi-y.json';
export const shardPath = (key: string) => `tim-kiem/goi-y/so-${key}.json`;

/** A query or alias as matched: no tone marks, no `đ`, lower case, words split on anything but `/` and `-` inside a word. */
export function foldQuery(text: string): string {
  return fold(text.normalize('NFC'))
    .replace(/[^\p{L}\p{N}/-]+/gu, ' ')
    .replace(/(^|\s)[/-]+|[/-]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The number a document number starts with ("182" of "182/KH-UBND"), which names its file. */
export function numberKey(documentNumber: string): string | undefined {
  return /^\s*(\d{1,6})\s*\//.exec(documentNumber)?.[1];
}

/** The number file a query asks for, when the query holds a document number. */
export function queryNumberKey(query: string): string | undefined {
  for (const word of foldQuery(query).split(' ')) {
    const key = /^\d{1,6}\/[a-z]/.test(word) ? numberKey(word) : undefined;
    if (key) return key;
  }
  return undefined;
}

export interface TitleInput {
  url: string;
  name: string;
  /** The guide's criteria section, when the title has criteria sets. */
  criteriaUrl?: string | undefined;
}
export interface WeekInput {
  url: string;
  title: string;
  year: number;
}
export interface DocumentInput {
  url: string;
  /** "677/QĐ-TTg". */
  number: string;
  /** "Quyết định 677/QĐ-TTg". */
  title: string;
  kind: string;
}

export const kinds = {
  title: 'Danh hiệu học tập',
  criteria: 'Bộ tiêu chí',
  lookup: 'Tra cứu tiêu chí',
  week: 'Sự kiện',
  document: 'Văn bản',
  plan: 'Kế hoạch',
} as const;

const uniqueFolded = (aliases: string[]) => [...new Set(aliases.map(foldQuery).filter(Boolean))];

/** The index, most important first: ties in matching keep this order. */
export function buildBestBets(input: { titles: TitleInput[]; lookupUrl: string; weeks: WeekInput[]; documents: DocumentInput[] }): BestBet[] {
  const bets: BestBet[] = [];
  for (const t of input.titles) {
    if (t.criteriaUrl) {
      bets.push({
        url: t.criteriaUrl,
        title: `Tiêu chí ${t.name}`,
        kind: kinds.criteria,
        aliases: uniqueFolded([`tiêu chí ${t.name}`, `bộ tiêu chí ${t.name}`, `tiêu chuẩn ${t.name}`, `điều kiện ${t.name}`]),
      });
    }
  }
  for (const t of input.titles) {
    bets.push({ url: t.url, title: t.name, kind: kinds.title, aliases: uniqueFolded([t.name, `danh hiệu ${t.name}`]) });
  }
  bets.push({ url: input.lookupUrl, title: 'Tra cứu tiêu chí các danh hiệu học tập', kind: kinds.lookup, aliases: uniqueFolded(['tiêu chí', 'tra cứu tiêu chí', 'bộ tiêu chí']) });
  const newest = Math.max(...input.weeks.map((w) => w.year));
  for (const w of [...input.weeks].sort((a, b) => b.year - a.year)) {
    const dated = [`tuần lễ học tập suốt đời ${w.year}`, `tuần lễ học tập ${w.year}`, `tuần lễ hưởng ứng học tập suốt đời ${w.year}`];
    const bare = w.year === newest ? ['tuần lễ học tập suốt đời', 'tuần lễ học tập', 'tuần lễ hưởng ứng học tập suốt đời'] : [];
    bets.push({ url: w.url, title: w.title, kind: kinds.week, aliases: uniqueFolded([...bare, ...dated]) });
  }
  for (const d of input.documents) bets.push(documentBet(d));
  return bets;
}

/** A document found by its number, alone or after its kind ("kế hoạch 182/KH-UBND"). */
export function documentBet(d: DocumentInput): BestBet {
  return { url: d.url, title: d.title, kind: d.kind, aliases: uniqueFolded([d.number, `${d.kind} ${d.number}`, `${d.kind} số ${d.number}`]) };
}

/** Levenshtein distance, stopping early once it exceeds 1 (all that matters here). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return restA.slice(1) === restB.slice(1) || restA.slice(1) === restB || restA === restB.slice(1);
}

/**
 * Whether a typed word stands for a word of an alias: the same, or for words
 * of three letters or more, one slip away ("hok" for "hoc") with the same
 * first letter. Numbers and document numbers must match exactly.
 */
function sameWord(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (/\d/.test(typed) || /\d/.test(word)) return false;
  return typed.length >= 3 && word.length >= 3 && typed[0] === word[0] && withinOneEdit(typed, word);
}

/**
 * How well a query names a bet: every word of an alias typed and nothing else
 * (best), every word of an alias typed among others, or a query of three
 * words or more that is part of an alias. Longer aliases are more specific.
 */
function score(queryWords: string[], alias: string): number {
  const words = alias.split(' ');
  const covered = words.every((w) => queryWords.some((q) => sameWord(q, w)));
  const within = queryWords.every((q) => words.some((w) => sameWord(q, w)));
  if (covered && within) return 1000 + words.length;
  if (covered && (words.length >= 2 || alias.includes('/'))) return 500 + words.length;
  if (within && queryWords.length >= 3) return 100 + queryWords.length;
  return 0;
}

/** The bets a query names, best first, one per page, at most `limit`. */
export function matchBestBets(query: string, bets: readonly BestBet[], limit = 3): BestBet[] {
  const queryWords = foldQuery(query).split(' ').filter(Boolean);
  if (queryWords.length === 0) return [];
  const scored = bets
    .map((bet, order) => ({ bet, order, score: Math.max(0, ...bet.aliases.map((a) => score(queryWords, a))) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  // Once a bet is named outright, bets the query only partly names are noise beside it.
  const floor = (scored[0]?.score ?? 0) >= 1000 ? 500 : 0;
  const seen = new Set<string>();
  const out: BestBet[] = [];
  for (const { bet, score: s } of scored) {
    if (s < floor) break;
    const page = bet.url.replace(/#.*$/, '');
    if (seen.has(page)) continue;
    seen.add(page);
    out.push(bet);
    if (out.length === limit) break;
  }
  return out;
}
