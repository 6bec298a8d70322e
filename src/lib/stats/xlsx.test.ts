import { describe, expect, it } from 'vitest';
import { datasetSheet, datasetXlsx, numberFormat, xlsxColumns } from './xlsx';

const dataset = {
  id: 'ket-qua-2023',
  data: {
    title: 'Một tỉnh năm 2023',
    summary: 'Kết quả năm 2023.',
    kind: 'result' as const,
    year: 2023,
    series: [
      { indicator: 'Hộ đạt Gia đình học tập', learningTitle: { id: 'gia-dinh-hoc-tap' }, value: 78.1, unit: '%', approximate: false, count: 253853, countUnit: 'hộ' },
      { indicator: 'Huyện đăng ký Công dân học tập', value: 10, unit: 'huyện', approximate: true, denominator: 10 },
    ],
    sources: [{ name: 'Bài viết của một tỉnh', date: { month: 5, day: 30 } }, { name: 'Báo B', url: 'https://b.example/x' }],
  },
};
const ctx = { pageUrl: 'https://site.example/so-lieu/ket-qua-2023/', titleNames: { 'gia-dinh-hoc-tap': 'Gia đình học tập' } };

describe('dataset workbook', () => {
  it('formats numbers with as many decimals as they have and no trailing mark', () => {
    expect(numberFormat(253853)).toBe('#,##0');
    expect(numberFormat(78.1)).toBe('#,##0.0');
    expect(numberFormat(96.85)).toBe('#,##0.00');
  });
  it('heads every column in Vietnamese and stores figures as numbers', () => {
    const [head, first, second] = datasetSheet(dataset, ctx);
    expect(head!.map((c) => (c as { value: string }).value)).toEqual([...xlsxColumns]);
    const col = (name: (typeof xlsxColumns)[number]) => xlsxColumns.indexOf(name);
    expect(first![col('Giá trị')]).toEqual({ value: 78.1, type: Number, format: '#,##0.0' });
    expect(first![col('Số lượng')]).toEqual({ value: 253853, type: Number, format: '#,##0' });
    expect(first![col('Danh hiệu')]).toEqual({ value: 'Gia đình học tập', type: String });
    expect(first![col('Loại số liệu')]).toEqual({ value: 'Kết quả', type: String });
    expect(second![col('Ước tính (khoảng)')]).toEqual({ value: 'có', type: String });
    expect(second![col('Trên tổng số')]).toEqual({ value: 10, type: Number, format: '#,##0' });
  });
  it("carries every source's address and date in the source order, empty where a source has none", () => {
    const [, first] = datasetSheet(dataset, ctx);
    expect(first![xlsxColumns.indexOf('Địa chỉ nguồn')]).toEqual({ value: ' | https://b.example/x', type: String });
    expect(first![xlsxColumns.indexOf('Ngày của nguồn')]).toEqual({ value: '30/5, năm không rõ | ', type: String });
  });
  it('writes a real .xlsx file (a zip with a worksheet)', async () => {
    const bytes = await datasetXlsx(dataset, ctx);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
  });
});
