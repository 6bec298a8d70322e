/**
 * Receiving a dossier file on this device: read and check it (nothing is
 * written for a refused file), then store it, or, when a dossier with the
 * same id is already here, hand back both so the person can choose. The old
 * dossier stays until they confirm.
 */
import { importDossier, type ImportedDossier, type KnownSets, type Yield } from './exchange';
import type { Store, StoredDossier } from './store';

export type Received =
  | { status: 'refused'; message: string }
  | { status: 'stored'; dossier: ImportedDossier }
  | { status: 'confirm'; incoming: ImportedDossier; existing: StoredDossier };

export const bytesToBlob = (bytes: Uint8Array, type: string): Blob => new Blob([bytes as Uint8Array<ArrayBuffer>], { type });

export async function receiveDossier(store: Store, bytes: Uint8Array, known: KnownSets, origin: StoredDossier['origin'], pause?: Yield): Promise<Received> {
  const r = await importDossier(bytes, known, pause ? { pause } : {});
  if (!r.ok) return { status: 'refused', message: r.message };
  const existing = await store.getDossier(r.dossier.id);
  if (existing) return { status: 'confirm', incoming: r, existing };
  await store.commitImport(r, origin, bytesToBlob);
  return { status: 'stored', dossier: r };
}

/** The person said yes: the new dossier replaces the old one, in one transaction. */
export async function confirmReplace(store: Store, incoming: ImportedDossier, origin: StoredDossier['origin']): Promise<void> {
  await store.commitImport(incoming, origin, bytesToBlob);
}
