import { describe, expect, it } from 'vitest';
import { csvColumns, datasetCsv, datasetJson, type ExportDataset } from './export';
import { parseCsv } from '../../../tests/support/csv';

const dataset: ExportDataset = {
  id: 'ket-qua-thu',
  data: {
    title: 'Kết quả, "thử"',
    summary: 'Tóm tắt',
    kind: 'result',
    year: 2023,
    scope: 'Một tỉnh',
    sources: [
      { name: 'Bài viết, không tên', note: 'x' },
      { name: 'Báo B', url: 'https://example.org/b', date: { year: 2022, month: 10, day: 6 }, document: 'Kế hoạch 1/KH-UBND' },
    ],
    series: [
      { indicator: 'Hộ gia đình', key: 'gd', learningTitle: { id: 'gia-dinh-hoc-tap' }, value: 78.1, unit: '%', approximate: false, count: 253853, countUnit: 'hộ' },
      { indicator: 'Huyện, thị xã', value: 10, unit: 'huyện, thị xã', approximate: true, denominator: 10 },
    ],
  },
};

describe('datasetCsv', () => {
  const rows = parseCsv(datasetCsv(dataset, { pageUrl: 'https://x/so-lieu/ket-qua-thu/' }));
  const header = rows[0]!;
  const col = (r: string[], name: (typeof csvColumns)[number]) => r[header.indexOf(name)];

  it('has a header row and one row per figure', () => {
    expect(header).toEqual([...csvColumns]);
    expect(rows).toHaveLength(3);
  });
  it('writes numbers with a dot and no grouping, and reads back the same numbers', () => {
    expect(col(rows[1]!, 'value')).toBe('78.1');
    expect(col(rows[1]!, 'count')).toBe('253853');
    expect(rows.slice(1).map((r) => Number(col(r, 'value')))).toEqual([78.1, 10]);
    expect(col(rows[2]!, 'denominator')).toBe('10');
    expect(col(rows[2]!, 'approximate')).toBe('true');
  });
  it('keeps units, text with commas and quotes, and every source in order', () => {
    expect(col(rows[2]!, 'unit')).toBe('huyện, thị xã');
    expect(col(rows[1]!, 'title')).toBe('Kết quả, "thử"');
    expect(col(rows[1]!, 'source_name')).toBe('Bài viết, không tên | Báo B');
    expect(col(rows[1]!, 'source_url')).toBe(' | https://example.org/b');
    expect(col(rows[1]!, 'source_date')).toBe(' | 2022-10-06');
    expect(col(rows[1]!, 'source_publisher')).toBe('');
    expect(col(rows[1]!, 'source_note')).toBe('x | ');
    expect(col(rows[1]!, 'scope')).toBe('Một tỉnh');
  });
});

describe('datasetJson', () => {
  it('round-trips the figures and carries the sources', () => {
    const doc = JSON.parse(datasetJson(dataset, { pageUrl: 'https://x/so-lieu/ket-qua-thu/' }));
    expect(doc.series.map((o: { value: number }) => o.value)).toEqual([78.1, 10]);
    expect(doc.series[0]).toMatchObject({ unit: '%', count: 253853, countUnit: 'hộ', learningTitle: 'gia-dinh-hoc-tap', key: 'gd' });
    expect(doc.locality).toBeNull();
    expect(doc.scope).toBe('Một tỉnh');
    expect(doc.sources[1]).toMatchObject({ name: 'Báo B', date: '2022-10-06', url: 'https://example.org/b' });
    expect(doc.url).toBe('https://x/so-lieu/ket-qua-thu/');
  });
});

describe('a share travels with its base', () => {
  const withBases: ExportDataset = {
    id: 'co-mau-so',
    data: {
      ...dataset.data,
      note: 'Nguồn không nêu năm của số liệu.',
      series: [
        { indicator: 'Gia đình học tập', value: 67, unit: '%', approximate: false, baseNotStated: true, note: 'Nguồn ghi "hơn 67%".' },
        { indicator: 'Dòng họ học tập', value: 80, unit: '%', approximate: false, base: 'số dòng họ đã đăng ký' },
        { indicator: 'Gia nhập năm 2020', value: 2, unit: 'thành phố', approximate: false, year: 2020 },
      ],
    },
  };
  const rows = parseCsv(datasetCsv(withBases, { pageUrl: 'https://x/so-lieu/co-mau-so/' }));
  const header = rows[0]!;
  const col = (r: string[], name: (typeof csvColumns)[number]) => r[header.indexOf(name)];

  it('says in the CSV which shares have no stated base, and leaves the column empty for counts', () => {
    expect(rows.slice(1).map((r) => col(r, 'base_not_stated'))).toEqual(['true', 'false', '']);
    expect(col(rows[2]!, 'base')).toBe('số dòng họ đã đăng ký');
    expect(col(rows[3]!, 'indicator_year')).toBe('2020');
    expect(col(rows[1]!, 'indicator_note')).toBe('Nguồn ghi "hơn 67%".');
    expect(col(rows[1]!, 'dataset_note')).toBe('Nguồn không nêu năm của số liệu.');
  });
  it('carries the same in JSON', () => {
    const doc = JSON.parse(datasetJson(withBases, { pageUrl: 'https://x/so-lieu/co-mau-so/' }));
    expect(doc.note).toBe('Nguồn không nêu năm của số liệu.');
    expect(doc.series.map((o: { baseNotStated: boolean | null }) => o.baseNotStated)).toEqual([true, false, null]);
    expect(doc.series[1].base).toBe('số dòng họ đã đăng ký');
    expect(doc.series[2].year).toBe(2020);
  });
});
