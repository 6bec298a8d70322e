import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { EVIDENCE_DIR, MANIFEST_NAME, archiveOps } from './archive';
import { checkDossier, dossierManifest, evidenceEntries, exportDossier } from './exchange';
import { sha256Hex } from './canonical';
import { contentKnownSets, sampleDossier } from './test-support';

const known = contentKnownSets();
const bytesOf = async (b: Blob) => Buffer.from(await b.arrayBuffer());

describe('the byte work the tool’s worker does, on Blobs', () => {
  it('zips the stored Blobs into the very bytes the reference export gives', async () => {
    const { dossier, files } = await sampleDossier();
    const reference = Buffer.concat(await exportDossier(dossier, async (sha) => files.get(sha)!));
    const blobs = evidenceEntries(dossier).map((e) => ({ name: e.name, data: new Blob([files.get(e.sha256)! as Uint8Array<ArrayBuffer>]) }));
    const zipped = await archiveOps.zip(await dossierManifest(dossier), blobs);
    expect(zipped.type).toBe('application/zip');
    expect((await bytesOf(zipped)).equals(reference)).toBe(true);
  });
  it('takes a picked file apart into Blobs that check and hold the same bytes', async () => {
    const { dossier, files } = await sampleDossier();
    const file = new Blob((await exportDossier(dossier, async (sha) => files.get(sha)!)) as Uint8Array<ArrayBuffer>[]);
    const unpacked = await archiveOps.unpack(file, true);
    expect([...unpacked.evidence.keys()].sort()).toEqual([...files.keys()].map((k) => `${EVIDENCE_DIR}${k}`).sort());
    const r = await checkDossier(unpacked, known);
    if (!r.ok) throw new Error(r.message);
    expect(r.dossier).toEqual(dossier);
    for (const [sha, b] of files) expect((await bytesOf(r.files.get(sha)!)).equals(Buffer.from(b))).toBe(true);
    // Read for a summary: the manifest only.
    expect((await archiveOps.unpack(file, false)).evidence.size).toBe(0);
  });
  it('reads a dossier another program wrote compressed', async () => {
    const { dossier, files } = await sampleDossier();
    const manifest = await dossierManifest(dossier);
    const entries = Object.fromEntries([...files].map(([sha, b]) => [`${EVIDENCE_DIR}${sha}`, b]));
    const r = await checkDossier(await archiveOps.unpack(new Blob([zipSync({ [MANIFEST_NAME]: manifest, ...entries }, { level: 9 })]), true), known);
    expect(r.ok && r.files.size).toBe(2);
  });
  it('gives no manifest for a file that is not a ZIP, and hashes an attached file', async () => {
    expect((await archiveOps.unpack(new Blob(['không phải hồ sơ']), true)).manifest).toBeNull();
    expect(await archiveOps.hash(new Blob([strToU8('minh chứng')]))).toBe(await sha256Hex(strToU8('minh chứng')));
  });
});
