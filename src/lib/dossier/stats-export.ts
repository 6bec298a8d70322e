/**
 * A summary or a tally as a dataset file for `content/stats/`, the format
 * an editor adds by pull request so the portal's charts show it. It is YAML
 * written by hand here (every string double-quoted, so no value can be read
 * as something else), and it parses under the stats schema.
 */
import type { YearSummary } from './summary';
import type { Tally } from './tally';
import { tallyTotals } from './tally';

export interface DatasetMeta {
  /** Who publishes these figures (the office that made the summary). */
  publisher: string;
  /** The locality slug on the portal, where there is one; otherwise `scope` describes the place. */
  locality?: string;
  scope: string;
  /** Today, as YYYY-MM-DD. */
  date: string;
}

export interface Dataset {
  title: string;
  summary: string;
  date: string;
  sources: { name: string; publisher?: string; note?: string }[];
  locality?: string;
  scope?: string;
  year: number;
  kind: 'result';
  series: { indicator: string; learningTitle?: string; value: number; unit: '%'; count: number; countUnit: string; denominator: number }[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const place = (m: DatasetMeta) => (m.locality ? { locality: m.locality } : { scope: m.scope });
const fitSummary = (s: string) => (s.length > 300 ? `${s.slice(0, 297)}…` : s.length < 30 ? `${s} (tổng hợp từ công cụ Hồ sơ tự đánh giá)` : s);

export function summaryDataset(s: YearSummary, setName: string, learningTitle: string, countUnit: string, m: DatasetMeta): Dataset {
  const total = s.rows.length;
  return {
    title: `Kết quả tự đánh giá ${setName.replace(/^Tiêu chí /, '')}, năm ${s.year}`,
    summary: fitSummary(`Tổng hợp ${total} hồ sơ tự đánh giá năm ${s.year} (${m.scope}): số ${countUnit} đạt từng mức độ trên tổng số ${countUnit} đã gửi hồ sơ.`),
    date: m.date,
    sources: [{ name: `Tổng hợp ${total} hồ sơ tự đánh giá năm ${s.year}`, publisher: m.publisher, note: 'Lập bằng công cụ Hồ sơ tự đánh giá của cổng; kết quả là kết quả tự đánh giá, chưa phải quyết định công nhận.' }],
    ...place(m),
    year: s.year,
    kind: 'result',
    series: s.levels.map((l) => ({ indicator: `Tỷ lệ ${countUnit} tự đánh giá đạt ${l.name}`, learningTitle, value: round1(l.share), unit: '%', count: l.count, countUnit, denominator: total })),
  };
}

export function tallyDataset(t: Tally, titleName: string, m: DatasetMeta): Dataset {
  const tot = tallyTotals(t);
  const series: Dataset['series'] = [];
  if (tot.total > 0) {
    series.push({ indicator: `Tỷ lệ ${t.unit} đăng ký danh hiệu “${titleName}”`, learningTitle: t.title, value: tot.registeredShare!, unit: '%', count: tot.registered, countUnit: t.unit, denominator: tot.total });
    series.push({ indicator: `Tỷ lệ ${t.unit} đạt danh hiệu “${titleName}”`, learningTitle: t.title, value: tot.recognisedShare!, unit: '%', count: tot.recognised, countUnit: t.unit, denominator: tot.total });
  }
  return {
    title: `Kết quả danh hiệu “${titleName}” năm ${t.year}${t.area ? `, ${t.area}` : ''}`,
    summary: fitSummary(`Kiểm đếm ${t.rows.length} thôn, tổ dân phố hoặc đơn vị năm ${t.year}: số ${t.unit} đăng ký và đạt “${titleName}” trên tổng số ${t.unit}.`),
    date: m.date,
    sources: [{ name: `Kiểm đếm danh hiệu “${titleName}” năm ${t.year}`, publisher: m.publisher, note: 'Lập bằng công cụ Hồ sơ tự đánh giá của cổng.' }],
    ...place(m),
    year: t.year,
    kind: 'result',
    series,
  };
}

const q = (s: string) => JSON.stringify(s);

/** The dataset as YAML in the house style of content/stats/. */
export function datasetYaml(d: Dataset): string {
  const lines = [`title: ${q(d.title)}`, `summary: ${q(d.summary)}`, `date: ${d.date}`, 'sources:'];
  for (const s of d.sources) {
    lines.push(`  - name: ${q(s.name)}`);
    if (s.publisher) lines.push(`    publisher: ${q(s.publisher)}`);
    if (s.note) lines.push(`    note: ${q(s.note)}`);
  }
  if (d.locality) lines.push(`locality: ${d.locality}`);
  if (d.scope) lines.push(`scope: ${q(d.scope)}`);
  lines.push(`year: ${d.year}`, `kind: ${d.kind}`, 'series:');
  for (const o of d.series) {
    lines.push(`  - indicator: ${q(o.indicator)}`);
    if (o.learningTitle) lines.push(`    learningTitle: ${o.learningTitle}`);
    lines.push(`    value: ${o.value}`, `    unit: ${q(o.unit)}`, `    count: ${o.count}`, `    countUnit: ${q(o.countUnit)}`, `    denominator: ${o.denominator}`);
  }
  return `${lines.join('\n')}\n`;
}
