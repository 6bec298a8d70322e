import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { strToU8, zipSync } from 'fflate';
import { Dexie } from 'dexie';
import { DOSSIER_FORMAT } from '../../schemas/dossier';
import { canonicalJson, sha256Hex } from './canonical';
import { MANIFEST_NAME, exportDossier } from './exchange';
import { bytesToBlob, confirmReplace, receiveDossier } from './receive';
import { DB_NAME, Store, ToolDb } from './store';
import { contentKnownSets, sampleDossier } from './test-support';

const known = contentKnownSets();
const dbs: ToolDb[] = [];
function freshStore(indexedDB = new IDBFactory()) {
  const db = new ToolDb(DB_NAME, { indexedDB, IDBKeyRange });
  dbs.push(db);
  return new Store(db);
}
afterEach(() => dbs.splice(0).forEach((d) => d.close()));
const concat = (chunks: Uint8Array[]) => new Uint8Array(Buffer.concat(chunks));

async function storeWithSample() {
  const store = freshStore();
  const { dossier, files } = await sampleDossier();
  await store.saveDossier(dossier);
  for (const [sha, b] of files) await store.putFile(sha, 'application/octet-stream', bytesToBlob(b, ''));
  const readFile = async (sha: string) => new Uint8Array(await (await store.getFile(sha))!.data.arrayBuffer());
  return { store, dossier, files, readFile };
}

describe('the device store', () => {
  it('keeps a dossier and its files, and an export read back on a clean device gives the same dossier and the same files', async () => {
    const { store, dossier, readFile } = await storeWithSample();
    const file = concat(await exportDossier((await store.getDossier(dossier.id))!.dossier, readFile));
    const other = freshStore();
    const r = await receiveDossier(other, file, known, 'received');
    expect(r.status).toBe('stored');
    const a = (await store.snapshot()) as { dossiers: { dossier: unknown }[]; files: unknown[] };
    const b = (await other.snapshot()) as typeof a;
    expect(b.dossiers.map((d) => d.dossier)).toEqual(a.dossiers.map((d) => d.dossier));
    expect(b.files.map((f: any) => [f.sha256, Buffer.from(f.data).toString('base64')]).sort()).toEqual(a.files.map((f: any) => [f.sha256, Buffer.from(f.data).toString('base64')]).sort());
  });

  it('leaves everything as it was when a file is refused', async () => {
    const { store, dossier } = await storeWithSample();
    const before = await store.snapshot();
    const bad = [
      strToU8('không phải hồ sơ'),
      zipSync({ [MANIFEST_NAME]: strToU8(JSON.stringify({ format: DOSSIER_FORMAT, formatVersion: 9, checksum: '0'.repeat(64), dossier })) }),
      zipSync({ [MANIFEST_NAME]: strToU8(JSON.stringify({ format: DOSSIER_FORMAT, formatVersion: 2, checksum: '0'.repeat(64), dossier })) }),
      zipSync({ [MANIFEST_NAME]: strToU8(JSON.stringify({ format: DOSSIER_FORMAT, formatVersion: 2, checksum: await sha256Hex(canonicalJson({ ...dossier, notes: '<b>x</b>' })), dossier: { ...dossier, notes: '<b>x</b>' } })) }),
    ];
    for (const bytes of bad) {
      const r = await receiveDossier(store, bytes, known, 'received');
      expect(r.status).toBe('refused');
      expect(await store.snapshot()).toEqual(before);
    }
  });

  it('asks before replacing a dossier with the same id, and keeps the old one until the person confirms', async () => {
    const { store, dossier, readFile } = await storeWithSample();
    const changed = { ...dossier, notes: 'Bản sửa ở máy khác', updated: '2026-02-01T00:00:00.000Z' };
    const file = concat(await exportDossier(changed, readFile));
    const r = await receiveDossier(store, file, known, 'received');
    expect(r.status).toBe('confirm');
    expect((await store.getDossier(dossier.id))!.dossier.notes).toBe('');
    if (r.status !== 'confirm') return;
    expect(r.existing.dossier.notes).toBe('');
    await confirmReplace(store, r.incoming, 'received');
    expect((await store.getDossier(dossier.id))!.dossier.notes).toBe('Bản sửa ở máy khác');
  });

  it('records the first export and whether a dossier changed since', async () => {
    const { store, dossier } = await storeWithSample();
    expect(await store.everExported()).toBe(false);
    await store.markExported(dossier.id, '2026-01-07T00:00:00.000Z');
    expect(await store.everExported()).toBe(true);
    const rec = (await store.getDossier(dossier.id))!;
    expect(rec.exportedUpdated).toBe(dossier.updated);
  });

  it('deletes files no dossier uses any more', async () => {
    const { store, dossier } = await storeWithSample();
    await store.putFile('f'.repeat(64), 'text/plain', bytesToBlob(new Uint8Array([1]), 'text/plain'));
    await store.collectFiles();
    expect(await store.getFile('f'.repeat(64))).toBeUndefined();
    await store.deleteDossier(dossier.id);
    expect(await store.db.files.count()).toBe(0);
  });

  it('moves dossiers stored by storage version 1 (format 1) to format 2 when the page opens the database', async () => {
    const { dossier } = await sampleDossier();
    const v1Dossier: Record<string, unknown> = { ...dossier, evidence: dossier.evidence.map(({ indicators, ...e }) => ({ ...e, indicator: indicators[0] })) };
    delete v1Dossier.difficultArea;
    delete v1Dossier.targetLevel;
    const indexedDB = new IDBFactory();
    const old = new Dexie(DB_NAME, { indexedDB, IDBKeyRange });
    old.version(1).stores({ dossiers: 'id', files: 'sha256', meta: 'key' });
    await old.table('dossiers').put({ id: dossier.id, formatVersion: 1, dossier: v1Dossier });
    old.close();
    const store = freshStore(indexedDB);
    const rec = (await store.getDossier(dossier.id))!;
    expect(rec.formatVersion).toBe(2);
    expect(rec.origin).toBe('own');
    expect(rec.dossier.evidence.map((e) => e.indicators)).toEqual(dossier.evidence.map((e) => [e.indicators[0]]));
    expect(rec.dossier.difficultArea).toBe(false);
  });
});
