/**
 * Receiving a dossier file on this device: read and check it (nothing is
 * written for a refused file), then store it, or, when a dossier with the
 * same id is already here, hand back both so the person can choose. The old
 * dossier stays until they confirm.
 */
import { importDossier, type ImportResult, type ImportedDossier, type KnownSets } from './exchange';
import type { EvidenceData, Store, StoredDossier } from './store';

export type Received =
  | { status: 'refused'; message: string }
  | { status: 'stored'; dossier: ImportedDossier<EvidenceData> }
  | { status: 'confirm'; incoming: ImportedDossier<EvidenceData>; existing: StoredDossier };

export const bytesToBlob = (bytes: Uint8Array, type: string): Blob => new Blob([bytes as Uint8Array<ArrayBuffer>], { type });

/** Stores a checked dossier file, or asks first when the device already has that dossier. */
export async function receiveChecked(store: Store, r: ImportResult<EvidenceData>, origin: StoredDossier['origin']): Promise<Received> {
  if (!r.ok) return { status: 'refused', message: r.message };
  const existing = await store.getDossier(r.dossier.id);
  if (existing) return { status: 'confirm', incoming: r, existing };
  await store.commitImport(r, origin);
  return { status: 'stored', dossier: r };
}

/** Reads the file's bytes in line (Node, tests) and receives it. */
export async function receiveDossier(store: Store, bytes: Uint8Array, known: KnownSets, origin: StoredDossier['origin']): Promise<Received> {
  return receiveChecked(store, await importDossier(bytes, known), origin);
}

/** The person said yes: the new dossier replaces the old one, in one transaction. */
export async function confirmReplace(store: Store, incoming: ImportedDossier<EvidenceData>, origin: StoredDossier['origin']): Promise<void> {
  await store.commitImport(incoming, origin);
}
