/**
 * The list of subjects expected to submit a dossier (for "who has not
 * submitted"): pasted, or read from a CSV or an Excel (.xlsx) file. Every
 * source gives a first column of names; they go through one rule, so a
 * header row, blank lines, repeats and markup are handled the same way.
 *
 * The .xlsx reader (read-excel-file, by the author of the writer the tool
 * exports with) is imported only when a person picks an .xlsx file, so the
 * tool's first load stays small. Its `universal` entry is used because the
 * `browser` one starts Web Workers from `blob:` addresses, which the site's
 * CSP refuses.
 */
import { hasMarkup } from '../../schemas/dossier';
import { toolUi } from './ui';

export type NameList = { ok: true; names: string[] } | { ok: false; message: string };

const e = toolUi.summary.rosterErrors;
const HEADER = /^(ten|tên|name|xa|xã|don vi|đơn vị)/i;
/** A list of expected subjects is short; a file much larger than this is not one. */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

/** Names from a first column: a header row dropped, blanks and repeats skipped, markup refused. */
export function namesFromColumn(cells: string[]): NameList {
  const names = cells.map((c) => c.trim()).filter(Boolean);
  if (names.length > 1 && HEADER.test(names[0]!)) names.shift();
  const bad = names.find(hasMarkup);
  if (bad !== undefined) return { ok: false, message: e.markup(bad.length > 60 ? `${bad.slice(0, 60)}…` : bad) };
  return { ok: true, names: [...new Set(names)] };
}

/** A pasted or CSV list: one name per line, or the first column of a CSV (quoted or not). */
export function parseNameList(text: string): NameList {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trim());
  const first = (l: string) => (l.startsWith('"') ? l.slice(1, l.indexOf('"', 1)) : l.split(/[,;\t]/)[0]!);
  return namesFromColumn(lines.map(first));
}

/** The rows of a sheet as read-excel-file gives them: the first cell of each row that holds text or a number. */
export function namesFromSheet(rows: readonly (readonly unknown[])[]): NameList {
  const cells = rows.map((r) => r[0]).map((c) => (typeof c === 'string' ? c : typeof c === 'number' ? String(c) : ''));
  return namesFromColumn(cells);
}

/** A file is read for its names, so one with none is refused rather than taken as "clear the list". */
const notEmpty = (list: NameList): NameList => (list.ok && list.names.length === 0 ? { ok: false, message: e.empty } : list);

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Excel 97–2003 (.xls) files are OLE compound documents.
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads a list file the person picked: .xlsx by its bytes, an old .xls named for what it is, anything else as CSV text. */
export async function readRosterFile(file: Blob & { name?: string }): Promise<NameList> {
  if (file.size > MAX_ROSTER_BYTES) return { ok: false, message: e.tooLarge };
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (startsWith(head, OLE)) return { ok: false, message: e.oldExcel };
  if (startsWith(head, ZIP) || /\.xlsx$/i.test(file.name ?? '')) {
    let rows: unknown[][];
    try {
      const { readSheet } = await import('read-excel-file/universal');
      rows = await readSheet(file);
    } catch {
      return { ok: false, message: e.notXlsx };
    }
    return notEmpty(namesFromSheet(rows));
  }
  const text = await file.text();
  // A PDF, an image or a Word file read as text shows control characters or undecodable bytes.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text)) return { ok: false, message: e.notList };
  return notEmpty(parseNameList(text));
}
