/**
 * The criteria of Thông tư 24/2023 and 25/2023 on the built site, word for
 * word against the legal text in the research sources (../shared beside the
 * repository; SHARED_DIR overrides where it is elsewhere). Every chỉ tiêu the
 * law writes for a complete set must be on the page, and every chỉ tiêu on
 * the page must be the law's text at the place it names (Điều, khoản, điểm),
 * after whitespace is normalised.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readPage } from './support/dist';

const root = resolve(import.meta.dirname, '..');
const sourcesDir = join(process.env['SHARED_DIR'] ?? resolve(root, '../shared'), 'research/sources');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

type Points = Map<string, { number: number; text: string }>;
/** article → clause → point → chỉ tiêu, read from the codified text (articles start "Điều 13.1.TT.17x.N."). */
function parseSource(file: string): Map<number, Map<number, Points>> {
  const articles = new Map<number, Map<number, Points>>();
  let clauses: Map<number, Points> | undefined;
  let points: Points | undefined;
  for (const raw of readFileSync(join(sourcesDir, file), 'utf8').split('\n')) {
    const line = raw.trim();
    let m = /^Điều 13\.1\.TT\.17[89]\.(\d+)\./.exec(line);
    if (m) {
      clauses = new Map();
      articles.set(Number(m[1]), clauses);
      points = undefined;
      continue;
    }
    if (!clauses) continue;
    m = /^(\d+)\. Tiêu chí \d+[:.] /.exec(line);
    if (m) {
      points = new Map();
      clauses.set(Number(m[1]), points);
      continue;
    }
    m = /^([a-zđ])\) Chỉ tiêu (\d+): (.*)$/.exec(line);
    if (m && points) points.set(m[1]!, { number: Number(m[2]), text: norm(m[3]!) });
  }
  return articles;
}

interface SetFile {
  id: string;
  status: string;
  wording?: string;
  title: string;
  legalSource: { number: string };
  levels: { id: string; article: number }[];
}
const sets: SetFile[] = readdirSync(join(root, 'content/criteria'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(load(readFileSync(join(root, 'content/criteria', f), 'utf8')) as Omit<SetFile, 'id'>) }))
  .filter((s) => s.wording === 'quoted');

const sourceOf = (s: SetFile) => (s.legalSource.number.startsWith('25/2023') ? 'tt-25-2023-bgddt.md' : 'tt-24-2023-bgddt.md');

describe('criteria quoted from Thông tư 24/2023 and 25/2023', () => {
  it('the legal texts are beside the repository', () => {
    expect(existsSync(join(sourcesDir, 'tt-25-2023-bgddt.md')), sourcesDir).toBe(true);
    expect(existsSync(join(sourcesDir, 'tt-24-2023-bgddt.md')), sourcesDir).toBe(true);
  });

  it('the five sets the issue names are complete and quoted', () => {
    expect(sets.filter((s) => s.status === 'complete').map((s) => s.id).sort()).toEqual([
      'cong-dong-hoc-tap-cap-huyen-tt-25',
      'cong-dong-hoc-tap-cap-tinh-tt-25',
      'cong-dong-hoc-tap-cap-xa-tt-25',
      'don-vi-hoc-tap-cap-huyen-tt-24',
      'don-vi-hoc-tap-cap-tinh-tt-24',
    ]);
  });

  for (const set of sets) {
    for (const page of [`/danh-hieu/tieu-chi/${set.title}/`, `/danh-hieu/${set.title}/`]) {
      it(`${set.id} on ${page}: every chỉ tiêu is the law's text, and every chỉ tiêu of the law is there`, () => {
        const source = parseSource(sourceOf(set));
        const section = readPage(page).getElementById(set.id);
        expect(section, set.id).not.toBeNull();
        const shown = [...section!.querySelectorAll('[data-chi-tieu]')].map((el) => ({
          article: Number(el.getAttribute('data-article')),
          clause: Number(el.getAttribute('data-clause')),
          point: el.getAttribute('data-point') ?? '',
          text: norm(el.querySelector('[data-law-text]')?.textContent ?? ''),
        }));
        expect(shown.length).toBeGreaterThan(10);
        for (const s of shown) {
          const law = source.get(s.article)?.get(s.clause)?.get(s.point);
          expect(law?.text, `điểm ${s.point} khoản ${s.clause} Điều ${s.article}`).toBe(s.text);
        }
        // Completeness: each chỉ tiêu the level articles write is shown at its place, or (at mức 2) unchanged from mức 1.
        const shownTexts = new Set(shown.map((s) => s.text));
        const at = new Set(shown.map((s) => `${s.article}.${s.clause}.${s.point}`));
        const clauses = new Set(shown.map((s) => `${s.article}.${s.clause}`));
        for (const key of clauses) {
          const [article, clause] = key.split('.').map(Number) as [number, number];
          for (const [point, ct] of source.get(article)?.get(clause) ?? []) {
            expect(at.has(`${key}.${point}`) || shownTexts.has(ct.text), `${set.id}: điểm ${point} khoản ${clause} Điều ${article}`).toBe(true);
          }
        }
        for (const [li, level] of set.levels.entries()) {
          for (const [clause, points] of source.get(level.article) ?? []) {
            for (const [point, ct] of points) {
              const place = `${level.article}.${clause}.${point}`;
              expect(at.has(place) || (li > 0 && shownTexts.has(ct.text)), `${set.id}: điểm ${point} khoản ${clause} Điều ${level.article}`).toBe(true);
            }
          }
        }
      });
    }
  }
});
