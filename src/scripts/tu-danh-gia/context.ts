/**
 * What every screen of the tool shares: the device store, the criteria
 * sets read from `/tu-danh-gia/bo-tieu-chi.json`, and small browser helpers.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Store } from '../../lib/dossier/store';
import type { KnownSets } from '../../lib/dossier/exchange';
import type { ToolCriteriaFile, ToolSet } from '../../lib/dossier/criteria-data';

export interface ToolContext {
  store: Store;
  criteria: ToolCriteriaFile;
  sets: ReadonlyMap<string, ToolSet>;
  known: KnownSets;
  /** Tells the home screen that something was exported or changed. */
  refresh: () => void;
  go: (hash: string) => void;
}

export const Ctx = createContext<ToolContext | null>(null);
export function useTool(): ToolContext {
  const c = useContext(Ctx);
  if (!c) throw new Error('no tool context');
  return c;
}

export const nowIso = (): string => new Date().toISOString();
export const todayIso = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Hands a file to the browser's download, without any request. */
export function download(parts: BlobPart[] | Blob, name: string, type: string): void {
  const blob = parts instanceof Blob ? parts : new Blob(parts, { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
