/**
 * The statistics as built: every figure of every dataset in its chart, its
 * table and its downloads, exactly as in the content file; targets drawn as
 * targets; no script; filters as plain pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load as parseYaml } from 'js-yaml';
import { distDir, htmlFiles, pageText, readPage, urlPathOf } from './support/dist';
import { parseCsv } from './support/csv';
import { formatNumber, formatValue } from '../src/lib/site/format';

interface Obs {
  indicator: string;
  value: number;
  unit: string;
  approximate?: boolean;
  count?: number;
  denominator?: number;
}
interface Dataset {
  title: string;
  kind: 'result' | 'target';
  year: number;
  locality?: string;
  series: Obs[];
}

const statsDir = resolve(import.meta.dirname, '../content/stats');
const datasets = readdirSync(statsDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(join(statsDir, f), 'utf8')) as Dataset }));

/** An SVG text's words, its wrapped lines (tspans) joined by spaces. */
function svgText(t: Element): string {
  const spans = [...t.querySelectorAll('tspan')];
  return (spans.length ? spans.map((s) => s.textContent).join(' ') : (t.textContent ?? '')).replace(/\s+/g, ' ');
}

/** How the chart labels a value: "78,1%", "khoảng 23%", "10/10". */
function chartValue(o: Obs): string {
  const main = o.denominator !== undefined && o.unit !== '%' ? `${formatNumber(o.value)}/${formatNumber(o.denominator)}` : formatValue(o.value, o.unit);
  return o.approximate ? `khoảng ${main}` : main;
}

describe('every dataset page shows every figure in a chart and a table', () => {
  it('has the datasets the sources give, national targets included', () => {
    expect(datasets.map((d) => d.id)).toEqual(
      expect.arrayContaining(['ket-qua-2023-mot-tinh', 'muc-tieu-2030-de-an-1373', 'muc-tieu-2025-qd-387', 'muc-tieu-2020-qd-281', 'muc-tieu-2025-qd-677', 'muc-tieu-2030-qd-677']),
    );
  });
  for (const d of datasets) {
    it(d.id, () => {
      const doc = readPage(`/so-lieu/${d.id}/`);
      const figure = doc.querySelector('figure.chart');
      expect(figure, 'figure').not.toBeNull();
      expect(figure!.querySelector('figcaption .chart-caption')?.textContent).toContain(d.data.title);
      expect(figure!.querySelector('figcaption .chart-finding')?.textContent?.length).toBeGreaterThan(20);
      expect(figure!.querySelector('.chart-source')?.textContent).toMatch(/^Nguồn: /);
      for (const svg of figure!.querySelectorAll('svg.chart-svg')) {
        expect(svg.getAttribute('role')).toBe('img');
        const labelledBy = svg.getAttribute('aria-labelledby')!.split(' ');
        for (const id of labelledBy) expect(doc.getElementById(id), id).not.toBeNull();
        // Only stated percentages are drawn on the 0–100% axis; counts such as 10/10 huyện stay in the table.
        const drawn = d.data.series.filter((o) => o.unit === '%');
        const values = [...svg.querySelectorAll('g.value-label text')].map((t) => t.textContent);
        expect(values).toEqual(drawn.map(chartValue));
        // Targets look like targets: no filled result bar in a target chart, and the reverse.
        expect(svg.querySelector(d.data.kind === 'target' ? 'g.bar-result' : 'g.bar-target')).toBeNull();
        expect(svg.querySelectorAll(`g.bar-${d.data.kind} rect`)).toHaveLength(drawn.length);
      }
      const table = figure!.querySelector('table');
      expect(table).not.toBeNull();
      const tableText = table!.textContent!.replace(/\s+/g, ' ');
      for (const o of d.data.series) {
        expect(tableText).toContain(o.indicator);
        expect(tableText).toContain(o.denominator !== undefined && o.unit !== '%' ? `${formatNumber(o.value)}/${formatNumber(o.denominator)}` : formatValue(o.value, o.unit));
        if (o.count !== undefined) expect(tableText).toContain(formatNumber(o.count));
      }
    });
  }
});

describe('downloads', () => {
  for (const d of datasets) {
    it(`${d.id}.csv and .json round-trip to the content file's numbers`, () => {
      const csvFile = join(distDir, 'so-lieu', `${d.id}.csv`);
      const jsonFile = join(distDir, 'so-lieu', `${d.id}.json`);
      const rows = parseCsv(readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, ''));
      const header = rows[0]!;
      const col = (r: string[], name: string) => r[header.indexOf(name)]!;
      expect(rows).toHaveLength(d.data.series.length + 1);
      rows.slice(1).forEach((r, i) => {
        const o = d.data.series[i]!;
        expect(col(r, 'indicator')).toBe(o.indicator);
        expect(Number(col(r, 'value'))).toBe(o.value);
        expect(col(r, 'value')).not.toContain(',');
        expect(col(r, 'unit')).toBe(o.unit);
        expect(col(r, 'count') === '' ? undefined : Number(col(r, 'count'))).toBe(o.count);
        expect(col(r, 'source_name').length).toBeGreaterThan(3);
        expect(col(r, 'year')).toBe(String(d.data.year));
        expect(col(r, 'kind')).toBe(d.data.kind);
      });
      const json = JSON.parse(readFileSync(jsonFile, 'utf8'));
      expect(json.series.map((o: Obs) => o.value)).toEqual(d.data.series.map((o) => o.value));
      expect(json.series.map((o: Obs) => o.unit)).toEqual(d.data.series.map((o) => o.unit));
      expect(json.sources.length).toBeGreaterThan(0);
      // The dataset page links the workbook and both machine-readable files, and the workbook is built.
      const links = [...readPage(`/so-lieu/${d.id}/`).querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
      expect(links).toEqual([`/so-lieu/${d.id}.xlsx`, `/so-lieu/${d.id}.csv`, `/so-lieu/${d.id}.json`]);
      expect(readFileSync(join(distDir, 'so-lieu', `${d.id}.xlsx`)).subarray(0, 2).toString('latin1')).toBe('PK');
    });
  }
});

describe('results against targets, honestly', () => {
  it('sets the unnamed province’s 2023 results only against national targets, as labelled references', () => {
    const svg = readPage('/so-lieu/ket-qua-2023-mot-tinh/').querySelector('svg.chart-svg')!;
    expect(svg.querySelector('g.marker-own')).toBeNull();
    expect(svg.querySelectorAll('g.marker-national line')).toHaveLength(4);
    const labels = [...svg.querySelectorAll('g.marker-label text')].map(svgText);
    expect(labels).toHaveLength(4);
    for (const l of labels) expect(l).toMatch(/^Mục tiêu quốc gia đến năm 2025 \(tham chiếu\): \d+%$/);
    // QĐ 387's 2025 values, never Ho Chi Minh City's or Thừa Thiên Huế's.
    expect(labels.map((l) => l.replace(/.*: /, ''))).toEqual(['70%', '65%', '65%', '80%']);
  });
  it('draws no comparison on target pages', () => {
    for (const d of datasets.filter((x) => x.data.kind === 'target')) {
      expect(readPage(`/so-lieu/${d.id}/`).querySelector('g.marker-own, g.marker-national'), d.id).toBeNull();
    }
  });
  it('leaves the values the research marks unsure out of the national datasets', () => {
    const text = pageText('/so-lieu/muc-tieu-2025-qd-387/');
    expect(text).toContain('chưa đăng');
    expect(existsSync(join(distDir, 'so-lieu', 'muc-tieu-2030-qd-387', 'index.html'))).toBe(false);
    expect(existsSync(join(distDir, 'so-lieu', 'muc-tieu-2025-de-an-1373', 'index.html'))).toBe(false);
    expect(pageText('/so-lieu/muc-tieu-2030-de-an-1373/')).not.toContain('Trung tâm học tập cộng đồng');
  });
});

describe('the statistics section', () => {
  const statsPages = htmlFiles().map(urlPathOf).filter((p) => p.startsWith('/so-lieu/'));
  it('ships no script and no inline style (the charts are plain SVG styled from the site stylesheet)', () => {
    expect(statsPages.length).toBeGreaterThan(datasets.length);
    for (const p of [...statsPages, '/', '/ke-hoach/thua-thien-hue-182-kh-ubnd/', '/dia-phuong/cang-long/']) {
      const doc = readPage(p);
      expect(doc.querySelector('script:not([type="application/ld+json"])'), p).toBeNull();
      expect(doc.querySelector('style, [style]'), p).toBeNull();
    }
  });
  it('filters by place, year and kind with plain links to static pages', () => {
    const nav = readPage('/so-lieu/').querySelector('nav.stats-filters')!;
    const hrefs = [...nav.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs).toContain('/so-lieu/dia-phuong/viet-nam/');
    expect(hrefs).toContain('/so-lieu/dia-phuong/khong-neu-ten/');
    expect(hrefs).toContain('/so-lieu/nam/2023/');
    expect(hrefs).toContain('/so-lieu/loai/ket-qua/');
    expect(hrefs).toContain('/so-lieu/loai/muc-tieu/');
    for (const h of hrefs) expect(existsSync(join(distDir, h, 'index.html')), h).toBe(true);
  });
  it('lists exactly the matching datasets on each filter page', () => {
    const listed = (p: string) => [...readPage(p).querySelectorAll('main .card__title a')].map((a) => a.getAttribute('href'));
    const expectIds = (ids: string[]) => ids.map((id) => `/so-lieu/${id}/`).sort();
    expect(listed('/so-lieu/loai/ket-qua/').sort()).toEqual(expectIds(datasets.filter((d) => d.data.kind === 'result').map((d) => d.id)));
    expect(listed('/so-lieu/nam/2030/').sort()).toEqual(expectIds(datasets.filter((d) => d.data.year === 2030).map((d) => d.id)));
    expect(listed('/so-lieu/dia-phuong/viet-nam/').sort()).toEqual(expectIds(datasets.filter((d) => d.data.locality === 'viet-nam').map((d) => d.id)));
    expect(listed('/so-lieu/dia-phuong/khong-neu-ten/')).toEqual(['/so-lieu/ket-qua-2023-mot-tinh/']);
    expect(readPage('/so-lieu/loai/ket-qua/').querySelector('nav.stats-filters a[aria-current="page"]')?.getAttribute('href')).toBe('/so-lieu/loai/ket-qua/');
  });
  it('leads /so-lieu/ with the newest result: the latest year, then the newest source (Sơn La, 9/1/2026)', () => {
    const fig = readPage('/so-lieu/').querySelector('figure.chart');
    expect(fig?.querySelector('.chart-caption')?.textContent).toContain('Kết quả xây dựng các mô hình học tập năm 2025 của tỉnh Sơn La');
    // Counts only: no drawing, so the table is shown, not folded away.
    expect(fig?.querySelector('details')).toBeNull();
    expect(fig?.querySelector('table')?.textContent).toContain('742.335');
  });
});

describe('plans, home and localities', () => {
  it('each plan with targets shows them as a target chart and a table', () => {
    for (const slug of ['thua-thien-hue-182-kh-ubnd', 'tphcm-hoc-tap-suot-doi-2021-2030']) {
      const fig = readPage(`/ke-hoach/${slug}/`).querySelector('figure.chart')!;
      expect(fig, slug).not.toBeNull();
      expect(fig.querySelector('g.bar-target'), slug).not.toBeNull();
      expect(fig.querySelector('g.bar-result'), slug).toBeNull();
      expect(fig.querySelector('table'), slug).not.toBeNull();
    }
    const hue = readPage('/ke-hoach/thua-thien-hue-182-kh-ubnd/').querySelector('svg.chart-svg')!;
    expect([...hue.querySelectorAll('g.value-label text')].map((t) => t.textContent)).toContain('khoảng 23%');
  });
  it('a plan and the dataset restating its targets link each other, with the downloads', () => {
    const plan = readPage('/ke-hoach/thua-thien-hue-182-kh-ubnd/');
    const hrefs = [...plan.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/so-lieu/muc-tieu-2024-thua-thien-hue/', '/so-lieu/muc-tieu-2024-thua-thien-hue.csv', '/so-lieu/muc-tieu-2024-thua-thien-hue.json']));
    const dataset = readPage('/so-lieu/muc-tieu-2030-tphcm/');
    expect([...dataset.querySelectorAll('main dd a')].map((a) => a.getAttribute('href'))).toContain('/ke-hoach/tphcm-hoc-tap-suot-doi-2021-2030/');
  });
  it('the home page shows the key figures of the newest result dataset', () => {
    const fig = readPage('/').querySelector('#so-lieu-chinh ~ figure.chart, figure#bieu-do-so-lieu-chinh')!;
    expect(fig).not.toBeNull();
    expect(fig.querySelector('.chart-caption')?.textContent).toContain('năm 2025 của tỉnh Sơn La');
    expect(fig.querySelector('table')?.textContent).toContain('742.335');
  });
  it('the 2023 result of an unnamed province is still drawn on its own page', () => {
    const svg = readPage('/so-lieu/ket-qua-2023-mot-tinh/').querySelector('svg.chart-svg')!;
    expect([...svg.querySelectorAll('g.value-label text')].map((t) => t.textContent)).toEqual(['78,1%', '88%', '97%', '96,8%']);
  });
  it('Càng Long carries a cited note that districts were abolished', () => {
    const note = readPage('/dia-phuong/cang-long/').querySelector('.locality-change')!;
    expect(note.textContent).toContain('01/7/2025');
    expect(note.querySelector('a')?.getAttribute('href')).toContain('baokhanhhoa.vn');
  });
  it('Việt Nam gathers the national target datasets', () => {
    const text = pageText('/dia-phuong/viet-nam/');
    expect(text).toContain('Quốc gia');
    expect(text).toContain('Quyết định 1373/QĐ-TTg');
    expect(pageText('/dia-phuong/tra-vinh/')).toContain('Việt Nam');
  });
});
