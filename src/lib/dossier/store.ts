/**
 * What the device keeps, in IndexedDB through Dexie: dossiers, their
 * evidence files (by SHA-256, so a document attached twice is kept once),
 * council reviews, the dossiers gathered for a summary, lists of expected
 * subjects, tallies, and small facts such as when a dossier was last exported.
 *
 * Every write that takes more than one record is one transaction: an import
 * that fails half-way leaves the device as it was.
 *
 * Storage versions: 1 held dossiers in format 1; 2 adds reviews, summaries,
 * rosters and tallies and moves stored dossiers to format 2 with the same
 * migration a dossier file of version 1 goes through.
 */
import { Dexie, type EntityTable } from 'dexie';
import { DOSSIER_FORMAT_VERSION, type Dossier, type Review } from '../../schemas/dossier';
import { migrateDossier } from './migrate';
import type { ImportedDossier } from './exchange';
import { referencedFiles } from './model';

export const DB_NAME = 'hoc-tap-suot-doi-tu-danh-gia';

/** A dossier as kept: prepared here (`own`) or received from elsewhere for review. */
export interface StoredDossier {
  id: string;
  formatVersion: number;
  origin: 'own' | 'received';
  dossier: Dossier;
  /** When this dossier was last written to a file (ISO), and the `updated` it had then. */
  exportedAt: string | null;
  exportedUpdated: string | null;
}
/** An evidence file's contents as an import hands them over: bytes in Node, a Blob from the browser's worker. */
export type EvidenceData = Uint8Array | Blob;
export interface StoredFile {
  sha256: string;
  type: string;
  size: number;
  data: Blob;
}
export interface StoredReview {
  dossierId: string;
  review: Review;
}
/** A dossier read for a summary: its data only, no evidence. */
export interface SummaryEntry {
  key: string;
  dossier: Dossier;
  checksum: string;
}
export interface StoredRoster {
  year: number;
  names: string[];
}
export interface StoredMeta {
  key: string;
  value: unknown;
}

export class ToolDb extends Dexie {
  dossiers!: EntityTable<StoredDossier, 'id'>;
  files!: EntityTable<StoredFile, 'sha256'>;
  reviews!: EntityTable<StoredReview, 'dossierId'>;
  summary!: EntityTable<SummaryEntry, 'key'>;
  rosters!: EntityTable<StoredRoster, 'year'>;
  tallies!: EntityTable<{ id: string; tally: unknown }, 'id'>;
  meta!: EntityTable<StoredMeta, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ dossiers: 'id', files: 'sha256', meta: 'key' });
    this.version(2)
      .stores({ dossiers: 'id, origin', files: 'sha256', meta: 'key', reviews: 'dossierId', summary: 'key', rosters: 'year', tallies: 'id' })
      .upgrade((tx) =>
        tx
          .table('dossiers')
          .toCollection()
          .modify((rec: Record<string, unknown>) => {
            const from = typeof rec.formatVersion === 'number' ? rec.formatVersion : 1;
            const migrated = migrateDossier(rec.dossier as Record<string, unknown>, from);
            if (!migrated.ok) return;
            rec.dossier = migrated.dossier;
            rec.formatVersion = DOSSIER_FORMAT_VERSION;
            rec.origin ??= 'own';
            rec.exportedAt ??= null;
            rec.exportedUpdated ??= null;
          }),
      );
  }
}

export function summaryKey(d: Dossier): string {
  return `${d.year}/${d.id}`;
}

export class Store {
  constructor(readonly db: ToolDb) {}

  listDossiers(): Promise<StoredDossier[]> {
    return this.db.dossiers.toArray();
  }
  getDossier(id: string): Promise<StoredDossier | undefined> {
    return this.db.dossiers.get(id);
  }
  /** Saves the dossier as it is now; keeps when it was last exported. */
  async saveDossier(dossier: Dossier, origin: StoredDossier['origin'] = 'own'): Promise<void> {
    await this.db.transaction('rw', this.db.dossiers, async () => {
      const old = await this.db.dossiers.get(dossier.id);
      await this.db.dossiers.put({
        id: dossier.id,
        formatVersion: DOSSIER_FORMAT_VERSION,
        origin: old?.origin ?? origin,
        dossier,
        exportedAt: old?.exportedAt ?? null,
        exportedUpdated: old?.exportedUpdated ?? null,
      });
    });
  }
  async markExported(id: string, at: string): Promise<void> {
    await this.db.transaction('rw', this.db.dossiers, this.db.meta, async () => {
      const rec = await this.db.dossiers.get(id);
      if (!rec) return;
      await this.db.dossiers.update(id, { exportedAt: at, exportedUpdated: rec.dossier.updated });
      await this.db.meta.put({ key: 'everExported', value: true });
    });
  }
  async everExported(): Promise<boolean> {
    return (await this.db.meta.get('everExported'))?.value === true;
  }
  /** Deletes a dossier, its review, and the files no other dossier uses. */
  async deleteDossier(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.dossiers, this.db.files, this.db.reviews, async () => {
      await this.db.dossiers.delete(id);
      await this.db.reviews.delete(id);
      await this.collectFiles();
    });
  }
  async collectFiles(): Promise<void> {
    const keep = referencedFiles((await this.db.dossiers.toArray()).map((r) => r.dossier));
    const all = await this.db.files.toCollection().primaryKeys();
    await this.db.files.bulkDelete(all.filter((k) => !keep.has(k)));
  }
  async putFile(sha256: string, type: string, data: Blob): Promise<void> {
    await this.db.files.put({ sha256, type, size: data.size, data });
  }
  getFile(sha256: string): Promise<StoredFile | undefined> {
    return this.db.files.get(sha256);
  }
  /**
   * Stores an imported dossier and its files in one transaction, replacing
   * a dossier with the same id only here, after the person has confirmed.
   */
  async commitImport(imported: ImportedDossier<EvidenceData>, origin: StoredDossier['origin']): Promise<void> {
    const types = new Map(imported.dossier.evidence.flatMap((e) => (e.file ? [[e.file.sha256, e.file.type] as const] : [])));
    // Made ready before the transaction, which then holds only the writes.
    const files = [...imported.files].map(([sha, data]) => {
      const type = types.get(sha) ?? '';
      // A Blob from the worker gets its type by a slice, which refers to the same bytes rather than copying them.
      const blob = data instanceof Blob ? (data.type === type ? data : data.slice(0, data.size, type)) : new Blob([data as Uint8Array<ArrayBuffer>], { type });
      return { sha256: sha, type, size: blob.size, data: blob };
    });
    await this.db.transaction('rw', this.db.dossiers, this.db.files, async () => {
      const old = await this.db.dossiers.get(imported.dossier.id);
      await this.db.files.bulkPut(files);
      await this.db.dossiers.put({
        id: imported.dossier.id,
        formatVersion: DOSSIER_FORMAT_VERSION,
        origin: old?.origin ?? origin,
        dossier: imported.dossier,
        // A dossier just read from a file is saved in that file.
        exportedAt: old?.exportedAt ?? null,
        exportedUpdated: imported.dossier.updated,
      });
      await this.collectFiles();
    });
  }
  getReview(dossierId: string): Promise<StoredReview | undefined> {
    return this.db.reviews.get(dossierId);
  }
  async saveReview(review: Review): Promise<void> {
    await this.db.reviews.put({ dossierId: review.dossierId, review });
  }
  listSummary(): Promise<SummaryEntry[]> {
    return this.db.summary.toArray();
  }
  async addToSummary(entries: SummaryEntry[]): Promise<void> {
    await this.db.summary.bulkPut(entries);
  }
  async clearSummary(): Promise<void> {
    await this.db.summary.clear();
  }
  getRoster(year: number): Promise<StoredRoster | undefined> {
    return this.db.rosters.get(year);
  }
  async saveRoster(roster: StoredRoster): Promise<void> {
    await this.db.rosters.put(roster);
  }
  async getTally<T>(id: string): Promise<T | undefined> {
    return (await this.db.tallies.get(id))?.tally as T | undefined;
  }
  async saveTally(id: string, tally: unknown): Promise<void> {
    await this.db.tallies.put({ id, tally });
  }
  /** Everything the device holds, for tests and for the "identical after import" check. */
  async snapshot(): Promise<unknown> {
    const files = await this.db.files.toArray();
    return {
      dossiers: await this.db.dossiers.toArray(),
      files: await Promise.all(files.map(async (f) => ({ ...f, data: new Uint8Array(await f.data.arrayBuffer()) }))),
      reviews: await this.db.reviews.toArray(),
      summary: await this.db.summary.toArray(),
    };
  }
}
