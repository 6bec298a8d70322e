import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { namesFromSheet, parseNameList, readRosterFile } from './roster';

/** An .xlsx as Excel would save it, written by the same library family the tool exports with. */
async function xlsx(rows: (string | number | null)[][]): Promise<Blob> {
  const buf = await writeXlsxFile(rows.map((r) => r.map((value) => (value === null ? null : { value })))).toBuffer();
  return new Blob([new Uint8Array(buf)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
const named = (blob: Blob, name: string) => Object.assign(blob, { name });

describe('the list of expected subjects', () => {
  it('takes the first column of a pasted list or a CSV, without its header, blanks or repeats', () => {
    expect(parseNameList('Tên xã,Mã\nXã A,1\n"Xã B, cũ",2\n\nXã A,1\n')).toEqual({ ok: true, names: ['Xã A', 'Xã B, cũ'] });
    expect(parseNameList('')).toEqual({ ok: true, names: [] });
  });
  it('takes the first cell of each row of a sheet; numbers count as names, dates and empty cells do not', () => {
    expect(namesFromSheet([['Tên xã', 'Ghi chú'], ['Xã Tân Hòa', 'x'], [null], [12], [new Date()], ['  Xã An Bình '], ['Xã Tân Hòa']])).toEqual({ ok: true, names: ['Xã Tân Hòa', '12', 'Xã An Bình'] });
  });
  it('refuses a name with markup, from any source, and says which', () => {
    const r = parseNameList('Xã A\nXã <script>B</script>');
    expect(r).toEqual({ ok: false, message: 'Danh sách có tên chứa mã HTML (“Xã <script>B</script>”): không nhận. Danh sách đang có không đổi.' });
    expect(namesFromSheet([['Xã <b>A</b>']]).ok).toBe(false);
  });
});

describe('a list file the person picked', () => {
  it('reads a real .xlsx: the first sheet’s first column', async () => {
    const file = named(await xlsx([['Tên xã', 'Tỉnh'], ['Xã Tân Hòa', 'Vĩnh Long'], ['Xã Hòa Lộc', 'Vĩnh Long'], [null, 'ghi chú'], ['Phường Long Phú', 'Vĩnh Long']]), 'danh-sach.xlsx');
    expect(await readRosterFile(file)).toEqual({ ok: true, names: ['Xã Tân Hòa', 'Xã Hòa Lộc', 'Phường Long Phú'] });
  });
  it('reads a CSV file as text', async () => {
    expect(await readRosterFile(named(new Blob(['\uFEFFTên,Mã\r\nXã A,1\r\n']), 'ds.csv'))).toEqual({ ok: true, names: ['Xã A'] });
  });
  it('refuses, with its reason, a sheet with no names, a file named .xlsx that is not one, an old .xls, a PDF, markup', async () => {
    const message = async (f: Blob) => {
      const r = await readRosterFile(f);
      return r.ok ? 'accepted' : r.message;
    };
    expect(await message(named(await xlsx([[null, 'chỉ có cột B']]), 'trong.xlsx'))).toMatch(/^Tệp không có tên nào ở cột đầu/);
    expect(await message(named(new Blob(['Xã A,1\n']), 'gia.xlsx'))).toMatch(/^Không đọc được tệp này như một bảng tính Excel/);
    expect(await message(named(new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9, 9])]), 'hong.xlsx'))).toMatch(/^Không đọc được tệp này như một bảng tính Excel/);
    expect(await message(named(new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])]), 'cu.xls'))).toMatch(/^Đây là tệp Excel đời cũ/);
    expect(await message(named(new Blob(['%PDF-1.4\n\u0000\u0001binary']), 'ke-hoach.pdf'))).toMatch(/^Tệp này không phải là bảng tính hay tệp CSV/);
    expect(await message(named(await xlsx([['Tên'], ['<img src=x onerror=alert(1)>']]), 'ds.xlsx'))).toMatch(/chứa mã HTML/);
    expect(await message(named(new Blob([new Uint8Array(5 * 1024 * 1024 + 1)]), 'lon.csv'))).toMatch(/^Tệp quá lớn/);
  });
});
