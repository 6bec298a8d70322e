/**
 * The byte work of a dossier file, apart from what the bytes mean: taking
 * the ZIP apart (the manifest, and each evidence file with its size and
 * SHA-256), putting it together (headers and CRC-32 around each file), and
 * hashing a file a person attaches. With 50 MB of evidence this is seconds
 * of work, so in a browser it runs in the tool's module Web Worker
 * (src/scripts/tu-danh-gia/archive-worker.ts); Node runs it in line. It
 * needs only fflate and WebCrypto, so the worker does not carry the schemas.
 *
 * What the manifest says is checked by `checkDossier` in exchange.ts.
 */
import { Zip, ZipPassThrough, unzipSync } from 'fflate';
import { sha256Hex } from './canonical';

export const MANIFEST_NAME = 'ho-so.json';
export const EVIDENCE_DIR = 'minh-chung/';
// DOS time starts in 1980; a fixed date keeps exports byte-identical.
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** An evidence file found in a dossier file: what it holds, its size and hash. */
export interface EvidenceEntry<D> {
  size: number;
  sha256: string;
  data: D;
}
/** A dossier file taken apart. `manifest` is null when the file is no ZIP or has no ho-so.json. */
export interface Unpacked<D> {
  manifest: Uint8Array | null;
  /** Whether the evidence files were read (a summary reads only the manifest). */
  withFiles: boolean;
  /** Every entry under minh-chung/, by entry name. */
  evidence: Map<string, EvidenceEntry<D>>;
}

/** Takes a dossier file apart: the manifest, then each evidence file on its own, so no step holds two copies of 50 MB. */
export async function unpackDossier(bytes: Uint8Array, withFiles: boolean): Promise<Unpacked<Uint8Array>> {
  const evidence = new Map<string, EvidenceEntry<Uint8Array>>();
  const names: string[] = [];
  let manifest: Uint8Array | null;
  try {
    manifest =
      unzipSync(bytes, {
        filter: (f) => {
          if (f.name.startsWith(EVIDENCE_DIR)) names.push(f.name);
          return f.name === MANIFEST_NAME;
        },
      })[MANIFEST_NAME] ?? null;
  } catch {
    return { manifest: null, withFiles, evidence };
  }
  if (!manifest || !withFiles) return { manifest, withFiles, evidence };
  for (const name of names) {
    let data: Uint8Array | undefined;
    try {
      data = unzipSync(bytes, { filter: (f) => f.name === name })[name];
    } catch {
      // A damaged entry counts as missing; the check names the evidence file.
    }
    if (data) evidence.set(name, { size: data.byteLength, sha256: await sha256Hex(data), data });
  }
  return { manifest, withFiles, evidence };
}

/**
 * Puts a dossier file together: `ho-so.json`, then each evidence file,
 * stored (not compressed), each with a fixed date. `part` may stand in for
 * a chunk (a browser hands back the stored Blob instead of its bytes).
 */
export async function zipDossier<P = Uint8Array>(
  manifest: Uint8Array,
  files: { name: string; bytes: () => Promise<Uint8Array> }[],
  part: (chunk: Uint8Array) => P | Uint8Array = (c) => c,
): Promise<(P | Uint8Array)[]> {
  const parts: (P | Uint8Array)[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else parts.push(part(data));
  });
  const add = (name: string, bytes: Uint8Array) => {
    const entry = new ZipPassThrough(name);
    entry.mtime = FIXED_MTIME;
    zip.add(entry);
    entry.push(bytes, true);
  };
  add(MANIFEST_NAME, manifest);
  for (const f of files) add(f.name, await f.bytes());
  zip.end();
  if (failure) throw failure;
  return parts;
}

const blobBytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

/**
 * What the worker does, on Blobs (a picked File, or files kept in
 * IndexedDB), which cross to and from a worker without copying their bytes.
 */
export const archiveOps = {
  /** A dossier file taken apart, each evidence file as its own Blob for IndexedDB. */
  async unpack(file: Blob, withFiles: boolean): Promise<Unpacked<Blob>> {
    const u = await unpackDossier(await blobBytes(file), withFiles);
    const evidence = new Map([...u.evidence].map(([name, e]) => [name, { size: e.size, sha256: e.sha256, data: new Blob([e.data as Uint8Array<ArrayBuffer>]) }]));
    return { ...u, evidence };
  },
  /** The dossier file as one Blob; the evidence parts are the stored Blobs themselves, not copies. */
  async zip(manifest: Uint8Array, files: { name: string; data: Blob }[]): Promise<Blob> {
    const blobOf = new Map<Uint8Array, Blob>();
    const parts = await zipDossier(
      manifest,
      files.map((f) => ({
        name: f.name,
        bytes: async () => {
          const bytes = await blobBytes(f.data);
          blobOf.set(bytes, f.data);
          return bytes;
        },
      })),
      (chunk) => {
        const blob = blobOf.get(chunk);
        blobOf.delete(chunk);
        return blob ?? chunk;
      },
    );
    return new Blob(parts as BlobPart[], { type: 'application/zip' });
  },
  async hash(file: Blob): Promise<string> {
    return sha256Hex(await blobBytes(file));
  },
};
export type ArchiveOps = typeof archiveOps;
