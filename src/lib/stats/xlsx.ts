/**
 * A dataset as an Excel workbook for people who open figures in a
 * spreadsheet: Vietnamese column names, numbers stored as numbers with a
 * display format (so a Vietnamese-locale Excel shows 253.853 and 78,1 and
 * can still sum them), and the sources on every row. The CSV stays the
 * machine-readable form (src/lib/stat-export.ts).
 */
// The universal entry, not the Node one: the Node entry streams every part of the
// workbook through a fresh compressor, 16 ms a workbook, 38 s of a 20,000-item
// build's CPU (docs/decisions/0008); this one deflates the parts at once, 2 ms.
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { formatDateShort } from '../site/format';
import { ui } from '../site/ui';
import type { ExportDataset, ExportContext } from './export';
import type { SourceLike } from '../content/source';

export interface SheetContext extends ExportContext {
  /** Learning titles' names by id, for the "Danh hiệu" column. */
  titleNames: Readonly<Record<string, string>>;
}

/** Column headings, in the order of the cells of each row. */
export const xlsxColumns = [
  'Chỉ tiêu',
  'Danh hiệu',
  'Giá trị',
  'Đơn vị',
  'Ước tính (khoảng)',
  'Số lượng',
  'Đơn vị đếm',
  'Trên tổng số',
  'Năm',
  'Loại số liệu',
  'Địa phương',
  'Phạm vi',
  'Bộ số liệu',
  'Trang trên cổng',
  'Nguồn',
  'Đơn vị đăng',
  'Văn bản',
  'Ngày của nguồn',
  'Địa chỉ nguồn',
  'Ghi chú về nguồn',
] as const;

/** Excel's number format for a value: thousands grouped, as many decimals as the figure has, no trailing mark. */
export function numberFormat(value: number): string {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

const number = (value: number | undefined): Cell =>
  value === undefined ? null : { value, type: Number, format: numberFormat(value) };
const text = (value: string | undefined): Cell => (value ? { value, type: String } : null);

/** Several sources share a cell, in the same order in every source column, as in the CSV. */
function sourceCell(sources: readonly SourceLike[], pick: (s: SourceLike) => string | undefined): Cell {
  const values = sources.map((s) => pick(s) ?? '');
  return values.every((v) => !v) ? null : text(values.join(' | '));
}

/** The workbook's one sheet: a heading row, then one row per figure. */
export function datasetSheet(d: ExportDataset, ctx: SheetContext): SheetData {
  const src = d.data.sources;
  const head: Cell[] = xlsxColumns.map((c) => ({ value: c, type: String, fontWeight: 'bold' as const }));
  const rows = d.data.series.map((o): Cell[] => [
    text(o.indicator),
    text(o.learningTitle ? ctx.titleNames[o.learningTitle.id] ?? o.learningTitle.id : undefined),
    number(o.value),
    text(o.unit),
    text(o.approximate ? 'có' : undefined),
    number(o.count),
    text(o.countUnit),
    number(o.denominator),
    { value: d.data.year, type: Number, format: '0' },
    text(ui.statKinds[d.data.kind]),
    text(ctx.localityName),
    text(d.data.scope),
    text(d.data.title),
    text(ctx.pageUrl),
    sourceCell(src, (s) => s.name),
    sourceCell(src, (s) => s.publisher),
    sourceCell(src, (s) => s.document),
    sourceCell(src, (s) => {
      const when = s.date ?? s.updated;
      return when ? formatDateShort(when) : undefined;
    }),
    sourceCell(src, (s) => s.url),
    sourceCell(src, (s) => s.note),
  ]);
  return [head, ...rows];
}

/** The .xlsx file's bytes. */
export async function datasetXlsx(d: ExportDataset, ctx: SheetContext): Promise<Buffer> {
  const widths = [40, 22, 12, 14, 10, 12, 14, 12, 8, 12, 22, 24, 40, 40, 40, 30, 30, 16, 50, 30];
  return writeXlsxFile(datasetSheet(d, ctx), {
    sheet: 'Số liệu',
    columns: widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  })
    .toBlob()
    .then(async (blob) => Buffer.from(await blob.arrayBuffer()));
}
