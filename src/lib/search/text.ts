/**
 * `src/lib/search/` answers "how does the search page find and filter":
 * text folding and the index's spelling (this module), the filter choices,
 * the state kept in the address bar, and the facets each page gives the index.
 *
 * Vietnamese text as the search index sees it.
 *
 * Pagefind (1.5 and later) folds tone marks and other combining diacritics
 * when it indexes and when it searches, so "cang long" finds "Càng Long" on
 * its own. It does not fold `đ`: that is a letter of its own, not `d` plus a
 * combining mark, so "duong" would never find "đường". We close the gap by
 * writing `đ` in the indexed copy of each page as `d` followed by U+0335
 * COMBINING SHORT STROKE OVERLAY. Pagefind then folds it to `d` like any
 * other mark, while the stored word keeps a trace of the stroke, and every
 * string the index hands back (titles, excerpts, filter values) is turned
 * back into `đ` before anyone sees it. The served pages are never changed.
 */
import { foldVietnamese } from '../site/slug';

/** The mark that stands in for the stroke of `đ` in the index. */
export const STROKE = '\u0335';

/** `đ`/`Đ` → `d`/`D` + stroke: the index's spelling of a text. */
export function toIndexText(text: string): string {
  return text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/**
 * A page's HTML with a space after each closing cell, term or list item that
 * another element follows at once. Pagefind joins the text of such neighbours
 * into one word ("Cấp" and "Huyện" of a place's facts became "CấpHuyện", which
 * neither word finds); only the indexed copy changes, never the served page.
 */
export function spaceBetweenCells(html: string): string {
  // Only before an opening tag: at the end of its block Pagefind already ends the sentence.
  return html.replace(/<\/(dt|dd|th|td|li|caption|figcaption|summary)>(?=<[a-z])/gi, '</$1> ');
}

/** The inverse of `toIndexText`, for everything the index returns. */
export function fromIndexText(text: string): string {
  return text.replace(new RegExp(`d${STROKE}`, 'g'), 'đ').replace(new RegExp(`D${STROKE}`, 'g'), 'Đ');
}

/** What a visitor typed, tidied and spelt the way the index spells it. */
export function toIndexQuery(query: string): string {
  return toIndexText(query.normalize('NFC').replace(/\s+/g, ' ').trim());
}

/** Lower case without tone marks, other diacritics or the stroke of `đ`: "Đường" → "duong". */
export function fold(text: string): string {
  return foldVietnamese(text).toLocaleLowerCase('vi');
}

/** Whether a query carries any tone mark, diacritic or `đ`, i.e. the visitor typed it toned. */
export function isToned(query: string): boolean {
  return fold(query) !== query.normalize('NFC').toLocaleLowerCase('vi');
}

function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}\p{M}/-]+/u)
    .filter(Boolean);
}

/**
 * Whether a text contains every toned word of the query exactly as typed,
 * tone marks and all ("đường" in a text with "đường", not "dương").
 */
export function hasExactTones(query: string, text: string): boolean {
  const inText = new Set(words(text));
  const toned = words(query).filter((w) => fold(w) !== w);
  return toned.length > 0 && toned.every((w) => inText.has(w));
}

/** Folded words joined by single spaces, punctuation dropped: "Kế hoạch 182/KH-UBND" → "ke hoach 182 kh ubnd". */
export function phraseKey(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function containsPhrase(text: string, phrase: string): boolean {
  return phrase.length > 0 && ` ${phraseKey(text)} `.includes(` ${phrase} `);
}

export interface RankText {
  title: string;
  content: string;
}

/**
 * Orders results the way a visitor expects, on top of Pagefind's order
 * (which is kept within each group):
 *
 * 1. for a toned query, pages that use its words with exactly those tones
 *    ("đường" before "dương"); an untoned query does not say which tones
 *    were meant, so it skips this step;
 * 2. pages whose title holds the query as a phrase ("dong ho hoc tap" → the
 *    Dòng họ học tập guide, not "Cộng đồng học tập", whose words Pagefind
 *    also matches by prefix);
 * 3. pages whose text holds the query as a phrase.
 */
export function rankResults<T>(query: string, items: readonly T[], textOf: (item: T) => RankText): T[] {
  const toned = isToned(query);
  const phrase = phraseKey(query);
  const keyed = items.map((item, index) => {
    const { title, content } = textOf(item);
    const key = [
      toned && !hasExactTones(query, `${title} ${content}`) ? 1 : 0,
      containsPhrase(title, phrase) ? 0 : 1,
      containsPhrase(content, phrase) ? 0 : 1,
      index,
    ];
    return { item, key };
  });
  keyed.sort((a, b) => {
    for (let k = 0; k < a.key.length; k += 1) if (a.key[k] !== b.key[k]) return a.key[k]! - b.key[k]!;
    return 0;
  });
  return keyed.map((k) => k.item);
}
