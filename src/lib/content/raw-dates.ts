/**
 * YAML turns `2026-13-45` into a real Date by rolling the overflow into the
 * next months (14 February 2027), so by the time a schema sees the value the
 * mistake is gone. This reads the date fields as written and reports any
 * day or month that does not exist.
 */
const dateLine = /^\s*(?:-\s+)?([A-Za-z]+):\s*["']?(\d{4})-(\d{2})-(\d{2})["']?\s*(?:#.*)?$/;

export interface ImpossibleDate {
  field: string;
  line: number;
  value: string;
}

export function findImpossibleDates(text: string): ImpossibleDate[] {
  const problems: ImpossibleDate[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = dateLine.exec(line);
    if (!m) return;
    const [, field, y, mo, d] = m as unknown as [string, string, string, string, string];
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const last = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
    if (day < 1 || day > last) problems.push({ field, line: i + 1, value: `${y}-${mo}-${d}` });
  });
  return problems;
}
