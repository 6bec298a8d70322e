/**
 * The criteria sets as the tool reads them: `/tu-danh-gia/bo-tieu-chi.json`,
 * written at build time from the criteria collection, the same entries the
 * guides render. Whatever a set carries (share indicators, procedure) reaches
 * the tool unchanged, so there is one source.
 */
import type { KnownSets } from './exchange';
import { isLawRule, answerKeys, type LawSet } from '../criteria/rule';
import type { PartialDate } from '../site/format';

export interface ToolIndicator {
  id: string;
  text: string;
  levels?: string[];
  [more: string]: unknown;
}
export interface ToolCriterion {
  id: string;
  name: string;
  indicators: ToolIndicator[];
  [more: string]: unknown;
}
export interface ToolSet {
  id: string;
  /** The learning title's id (`cong-dong-hoc-tap`). */
  title: string;
  name: string;
  level: string[];
  legalSource: { number: string; kind?: string; issuer?: string; date?: PartialDate; subject?: string };
  status: 'complete' | 'partial';
  missing: string[];
  levels: { id: string; name: string }[];
  criteria: ToolCriterion[];
  inForce?: string;
  /** The circular's procedure and deadlines (see src/lib/dossier/calendar.ts). */
  procedure?: unknown;
  subjectOptions?: { id: string; kind: string; label: string }[];
  [more: string]: unknown;
}
export interface ToolCriteriaFile {
  /** Learning titles by id, with their names, for the tally. */
  titles: { id: string; name: string }[];
  sets: ToolSet[];
}

/** The circulars whose dossiers the tool prepares; other sets are for reading and tallying only. */
export const DOSSIER_SOURCES = ['25/2023/TT-BGDĐT', '24/2023/TT-BGDĐT'] as const;

/** Complete sets the law's rule applies to: the ones a dossier can be prepared against. */
export function dossierSets(file: ToolCriteriaFile): ToolSet[] {
  return file.sets.filter((s) => (DOSSIER_SOURCES as readonly string[]).includes(s.legalSource.number) && s.status === 'complete' && isLawRule(s as unknown as LawSet));
}

export function knownSetsOf(file: ToolCriteriaFile): KnownSets {
  return new Map(dossierSets(file).map((s) => [s.id, new Set(answerKeys(s as unknown as LawSet))]));
}

/** JSON-safe copy of collection entries: dates become YYYY-MM-DD, references their ids. */
export function toolCriteriaFile(
  titles: { id: string; name: string }[],
  entries: { id: string; data: Record<string, unknown> }[],
): ToolCriteriaFile {
  const plain = (v: unknown): unknown => {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (Array.isArray(v)) return v.map(plain);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.id === 'string' && typeof o.collection === 'string' && Object.keys(o).length === 2) return o.id;
      return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined).map(([k, x]) => [k, plain(x)]));
    }
    return v;
  };
  return { titles, sets: entries.map((e) => ({ id: e.id, ...(plain(e.data) as Omit<ToolSet, 'id'>) }) as ToolSet) };
}
