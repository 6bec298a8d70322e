/**
 * The summary of many dossiers: per year, which subjects reached which
 * level, the share at each level, and who on the expected list has not
 * submitted. Verdicts come from the shared engine through `dossierVerdict`.
 */
import type { Dossier } from '../../schemas/dossier';
import { foldVietnamese } from '../site/slug';
import type { ToolSet } from './criteria-data';
import { dossierVerdict } from './verdict';

export interface SummaryRow {
  id: string;
  name: string;
  province: string;
  code: string;
  set: string;
  year: number;
  /** Level reached, by id; null when none or when the set gives no verdict. */
  level: string | null;
  levelName: string;
  judged: boolean;
}
export interface YearSummary {
  year: number;
  set: string;
  rows: SummaryRow[];
  /** For each level of the set, how many reached it (as their highest) and the share of all rows. */
  levels: { id: string; name: string; count: number; share: number }[];
  none: { count: number; share: number };
  /** Names on the expected list with no dossier. */
  missing: string[];
}

/** Names are matched without tone marks, case or "xã"/"phường" prefixes, since lists are typed by hand. */
export function nameKey(name: string): string {
  return foldVietnamese(name).toLowerCase().replace(/^\s*(xa|phuong|thi tran|dac khu)\s+/, '').replace(/\s+/g, ' ').trim();
}

export function summaryRows(dossiers: Dossier[], sets: ReadonlyMap<string, ToolSet>): SummaryRow[] {
  return dossiers.flatMap((d) => {
    const set = sets.get(d.criteriaSet);
    if (!set) return [];
    const v = dossierVerdict(set, d);
    const reached = v.evaluation?.reached;
    return [{ id: d.id, name: d.subject.name, province: d.subject.province, code: d.subject.code, set: d.criteriaSet, year: d.year, level: reached?.id ?? null, levelName: reached?.name ?? (v.evaluation ? 'Chưa đạt' : 'Chưa kết luận'), judged: v.evaluation !== null }];
  });
}

export function summarise(rows: SummaryRow[], sets: ReadonlyMap<string, ToolSet>, expected: Record<number, string[]> = {}): YearSummary[] {
  const groups = new Map<string, SummaryRow[]>();
  for (const r of rows) {
    const k = `${r.year}\u0000${r.set}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(r);
  }
  return [...groups.entries()]
    .map(([k, list]) => {
      const [y, setId] = k.split('\u0000') as [string, string];
      const set = sets.get(setId)!;
      const year = Number(y);
      const total = list.length;
      const levels = set.levels.map((l) => {
        const count = list.filter((r) => r.level === l.id).length;
        return { id: l.id, name: l.name, count, share: total ? (count / total) * 100 : 0 };
      });
      const noneCount = list.filter((r) => r.level === null).length;
      const have = new Set(list.map((r) => nameKey(r.name)));
      return {
        year,
        set: setId,
        rows: [...list].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
        levels,
        none: { count: noneCount, share: total ? (noneCount / total) * 100 : 0 },
        missing: (expected[year] ?? []).filter((n) => !have.has(nameKey(n))),
      };
    })
    .sort((a, b) => b.year - a.year || a.set.localeCompare(b.set));
}

/** CSV as the portal writes it: UTF-8 with a byte-order mark, so spreadsheets read Vietnamese right. */
export function toCsv(rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function summaryTable(s: YearSummary): (string | number)[][] {
  return [['Năm', 'Tên', 'Tỉnh, thành phố', 'Mã', 'Bộ tiêu chí', 'Kết quả'], ...s.rows.map((r) => [r.year, r.name, r.province, r.code, r.set, r.levelName])];
}
