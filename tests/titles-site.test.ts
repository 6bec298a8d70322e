/**
 * The learning-title guides, the criteria lookup and the self-check as
 * built: every fact comes from the content files, so the expectations are
 * read from them rather than typed again here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles, pageText, readPage, urlPathOf } from './support/dist';
import { curlyQuotesInHtml } from '../src/lib/site/typography';

/** The page sets quotation marks as the legal texts print them (“…”); the words are the file's. */
const typeset = (text: string) => curlyQuotesInHtml(text);

const contentDir = resolve(import.meta.dirname, '../content');

interface CriteriaFile {
  id: string;
  title: string;
  level: string | string[];
  name: string;
  status: string;
  missing?: string[];
  criteria?: { id: string; name: string; indicators?: { id: string; text: string }[] }[];
}

const criteriaFiles: CriteriaFile[] = readdirSync(join(contentDir, 'criteria'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(load(readFileSync(join(contentDir, 'criteria', f), 'utf8')) as Omit<CriteriaFile, 'id'>) }));

const titleFiles = readdirSync(join(contentDir, 'titles'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const text = readFileSync(join(contentDir, 'titles', f), 'utf8');
    const front = load(text.split(/^---$/m)[1]!) as { legalBasis?: { number: string }[] };
    return { id: f.replace(/\.md$/, ''), legalBasis: front.legalBasis ?? [] };
  });

const indicators = (set: CriteriaFile) => (set.criteria ?? []).flatMap((c) => c.indicators ?? []);
const levels = (set: CriteriaFile) => (Array.isArray(set.level) ? set.level : [set.level]);

describe('each guide', () => {
  for (const title of titleFiles) {
    it(`${title.id} shows its legal basis, document by document`, () => {
      const table = readPage(`/danh-hieu/${title.id}/`).querySelector('table caption')?.closest('table');
      expect(title.legalBasis.length).toBeGreaterThan(0);
      for (const doc of title.legalBasis) expect(table?.textContent, doc.number).toContain(doc.number);
    });
  }

  for (const set of criteriaFiles) {
    it(`${set.title} renders criteria set ${set.id} from the data`, () => {
      const doc = readPage(`/danh-hieu/${set.title}/`);
      const section = doc.getElementById(set.id);
      expect(section?.textContent).toContain(set.name);
      for (const c of set.criteria ?? []) expect(section?.textContent).toContain(c.name);
      for (const m of set.missing ?? []) expect(section?.textContent?.replace(/\s+/g, ' ')).toContain(m);
      if (set.status === 'partial') expect(section?.textContent).toContain('Chưa đầy đủ');
    });
  }

  it('Cộng đồng học tập cấp xã is its own guide, with the TT 25 steps and deadlines', () => {
    const text = pageText('/danh-hieu/cong-dong-hoc-tap-cap-xa/');
    for (const fact of ['25/2023/TT-BGDĐT', 'Mức độ 1', 'Mức độ 2', 'trước ngày 28/2', 'trước ngày 31/3', 'báo cáo tự đánh giá']) expect(text).toContain(fact);
    expect(pageText('/danh-hieu/cong-dong-hoc-tap/')).toContain('Cộng đồng học tập cấp xã');
  });

  it('Công dân học tập shows the sourced pass rule and gives no self-check to score', () => {
    const text = pageText('/danh-hieu/cong-dan-hoc-tap/');
    expect(text).toContain('Thang 100 điểm; đạt từ 80 điểm; không chỉ số nào dưới 5 điểm.');
    expect(text).toContain('Chưa có phiếu tự kiểm tra');
    expect(readPage('/danh-hieu/cong-dan-hoc-tap/').querySelector('self-check')).toBeNull();
  });

  it('guides do not type a criteria list that the data already holds', () => {
    // The criterion names live in content/criteria; the Markdown bodies only link to them.
    for (const set of criteriaFiles) {
      const body = readFileSync(join(contentDir, 'titles', `${set.title}.md`), 'utf8').split(/^---$/m)[2]!;
      for (const c of set.criteria ?? []) expect(body, `${set.title}: ${c.name}`).not.toContain(c.name);
    }
  });
});

describe('the self-check without JavaScript', () => {
  // Complete sets under the law's rule have the law's self-check instead (below).
  for (const set of criteriaFiles.filter((s) => indicators(s).length > 0 && s.status !== 'complete')) {
    it(`${set.id}: every indicator is a printable, disabled checkbox with its label`, () => {
      const doc = readPage(`/danh-hieu/${set.title}/`);
      const host = [...doc.querySelectorAll('self-check')].find((el) => JSON.parse(el.getAttribute('data-criteria') ?? '{}').id === set.id);
      expect(host).toBeDefined();
      for (const ind of indicators(set)) {
        const box = host!.querySelector(`input[data-indicator="${ind.id}"]`);
        expect(box?.getAttribute('type')).toBe('checkbox');
        expect(box?.hasAttribute('disabled')).toBe(true);
        expect(host!.querySelector(`label[for="${box?.id}"]`)?.textContent).toBe(typeset(ind.text));
      }
      for (const b of host!.querySelectorAll('button')) expect(b.hasAttribute('disabled')).toBe(true);
      // Every set on the site is partial, so the checklist says why it gives no verdict.
      expect(host!.textContent).toContain('không kết luận đạt hay không');
    });
  }
});

describe('the law’s self-check without JavaScript', () => {
  interface LawIndicator { id: string; text: string; shares?: { id: string }[]; changes?: { id?: string; text: string }[] }
  for (const set of criteriaFiles.filter((s) => s.status === 'complete')) {
    it(`${set.id}: each chỉ tiêu (and each reworded at mức độ 2) is a printable row of disabled controls`, () => {
      const doc = readPage(`/danh-hieu/${set.title}/`);
      const host = [...doc.querySelectorAll('law-self-check')].find((el) => JSON.parse(el.getAttribute('data-criteria') ?? '{}').id === set.id);
      expect(host).toBeDefined();
      const all = (set.criteria ?? []).flatMap((c) => (c.indicators ?? []) as LawIndicator[]);
      const keys = all.flatMap((i) => [i.id, ...(i.changes ?? []).flatMap((ch) => (ch.id ? [ch.id] : []))]);
      expect([...host!.querySelectorAll('[data-row]')].map((r) => r.getAttribute('data-row'))).toEqual(keys);
      for (const i of all) {
        const row = host!.querySelector(`[data-row="${i.id}"]`)!;
        expect(row.textContent?.replace(/\s+/g, ' ')).toContain(i.text);
        const controls = [...row.querySelectorAll('input')];
        expect(controls.length).toBeGreaterThan(0);
        for (const c of controls) expect(c.hasAttribute('disabled')).toBe(true);
        if (i.shares) expect(row.querySelectorAll('input[type="number"][data-share]').length).toBe(i.shares.length);
        else expect(row.querySelectorAll('input[type="radio"]').length).toBe(2);
      }
      for (const b of host!.querySelectorAll('button')) expect(b.hasAttribute('disabled')).toBe(true);
    });
  }
});

describe('the criteria lookup', () => {
  const lookup = readPage('/danh-hieu/tieu-chi/');

  it('sets every criteria set side by side, each indicator with its own anchor', () => {
    const rows = lookup.querySelectorAll('table.criteria-comparison tbody tr');
    expect(rows.length).toBe(criteriaFiles.length);
    for (const set of criteriaFiles) {
      expect(lookup.querySelector(`a[href="#${set.id}"]`)?.textContent).toBe(set.name);
      for (const ind of indicators(set)) {
        const anchor = `${set.id}-${ind.id}`;
        expect(lookup.getElementById(anchor)?.textContent).toContain(typeset(ind.text));
        expect(lookup.querySelector(`a[href="#${anchor}"]`)).not.toBeNull();
      }
    }
  });

  it('filters by title and by level on pages of their own', () => {
    for (const set of criteriaFiles) {
      expect(readPage(`/danh-hieu/tieu-chi/${set.title}/`).getElementById(set.id), set.id).not.toBeNull();
      for (const level of levels(set)) expect(readPage(`/danh-hieu/tieu-chi/cap/${level}/`).getElementById(set.id), `${level} ${set.id}`).not.toBeNull();
    }
    const xa = readPage('/danh-hieu/tieu-chi/cap/xa/');
    for (const set of criteriaFiles.filter((s) => !levels(s).includes('xa'))) expect(xa.getElementById(set.id), set.id).toBeNull();
    expect(xa.querySelector('.criteria-filters a[aria-current="page"]')?.textContent?.trim()).toBe('Cấp xã');
  });

  it('is linked from the titles page and from each guide with criteria', () => {
    expect(readPage('/danh-hieu/').querySelector('a[href="/danh-hieu/tieu-chi/"]')).not.toBeNull();
    for (const title of new Set(criteriaFiles.map((s) => s.title))) {
      expect(readPage(`/danh-hieu/${title}/`).querySelector(`a[href="/danh-hieu/tieu-chi/${title}/"]`), title).not.toBeNull();
    }
  });

  it('prints on A4', () => {
    const css = readdirSync(join(distDir, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(distDir, '_astro', f), 'utf8'))
      .join('\n');
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
  });
});

describe('a strict content security policy', () => {
  it('the guides and the lookup carry no inline style, inline script or event-handler attribute', () => {
    const paths = htmlFiles().map(urlPathOf).filter((p) => p.startsWith('/danh-hieu/'));
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const doc = readPage(path);
      expect(doc.querySelectorAll('style').length, path).toBe(0);
      for (const s of doc.querySelectorAll('script:not([type="application/ld+json"])')) expect(s.getAttribute('src'), path).toBeTruthy();
      expect(readFileSync(join(distDir, path, 'index.html'), 'utf8'), path).not.toMatch(/\son[a-z]+=/);
    }
  });
});

describe('sources', () => {
  it('no page links a mirror domain the research flags', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      expect(html, urlPathOf(file)).not.toMatch(/88tysobongda|litongzf/);
    }
  });
});
