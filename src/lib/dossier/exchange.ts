/**
 * The dossier file (`.hoso.zip`): one ZIP holding `ho-so.json` (format,
 * version, checksum and the dossier) and each evidence file under
 * `minh-chung/<sha256>`. ZIP because any computer opens it and other
 * software reads it without us; stored, not compressed, because evidence is
 * mostly PDF and photos that do not shrink, and storing keeps the main
 * thread free on a phone. Every entry carries a fixed date, so the same
 * dossier always gives the same bytes: a file exported, imported elsewhere
 * and exported again is byte for byte the first.
 *
 * Reading checks, in order, everything that could be wrong with a file a
 * person picked, and says what in Vietnamese; nothing is stored here, so a
 * refused file cannot change what the device holds.
 */
import { Zip, ZipPassThrough, strFromU8, strToU8, unzipSync } from 'fflate';
import { DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION, dossierSchema, type Dossier } from '../../schemas/dossier';
import { slugify } from '../site/slug';
import { canonicalJson, dossierChecksum, sha256Hex } from './canonical';
import { migrateDossier } from './migrate';
import { toolUi } from './ui';
import { formatBytes, issueMessage } from './messages';

export const MANIFEST_NAME = 'ho-so.json';
export const EVIDENCE_DIR = 'minh-chung/';
/** A province's largest dossiers stay far below this; a phone's memory would not hold much more. */
export const MAX_IMPORT_BYTES = 150 * 1024 * 1024;
/** One scanned document or photo; larger files are usually a video sent by mistake. */
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;
// DOS time starts in 1980; a fixed date keeps exports byte-identical.
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** The chỉ tiêu ids of each criteria set the tool knows, by set id. */
export type KnownSets = ReadonlyMap<string, ReadonlySet<string>>;

export function dossierFileName(d: Pick<Dossier, 'subject' | 'year'>): string {
  return `ho-so-${slugify(d.subject.name) || 'khong-ten'}-${d.year}.hoso.zip`;
}

/** Lets a long export or import give the page a turn between files. */
export type Yield = () => Promise<void>;
const noYield: Yield = async () => {};

/**
 * The dossier file as a list of byte chunks (a browser turns them into one
 * Blob without copying 50 MB again). `readFile` gives an evidence file's bytes.
 */
export async function exportDossier(dossier: Dossier, readFile: (sha256: string) => Promise<Uint8Array>, pause: Yield = noYield): Promise<Uint8Array[]> {
  const parsed = dossierSchema().parse(dossier);
  const manifest = { format: DOSSIER_FORMAT, formatVersion: DOSSIER_FORMAT_VERSION, checksum: await dossierChecksum(parsed), dossier: parsed };
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else chunks.push(data);
  });
  const add = (name: string, bytes: Uint8Array) => {
    const entry = new ZipPassThrough(name);
    entry.mtime = FIXED_MTIME;
    zip.add(entry);
    entry.push(bytes, true);
  };
  add(MANIFEST_NAME, strToU8(JSON.stringify(manifest, null, 1)));
  const seen = new Set<string>();
  for (const e of parsed.evidence) {
    if (!e.file || seen.has(e.file.sha256)) continue;
    seen.add(e.file.sha256);
    add(`${EVIDENCE_DIR}${e.file.sha256}`, await readFile(e.file.sha256));
    await pause();
  }
  zip.end();
  if (failure) throw failure;
  return chunks;
}

export interface ImportedDossier {
  ok: true;
  dossier: Dossier;
  checksum: string;
  /** Evidence bytes by SHA-256; empty when read for a summary only. */
  files: Map<string, Uint8Array>;
  /** The format version the file was written in (older ones were migrated). */
  fromVersion: number;
}
export interface ImportFailure {
  ok: false;
  code: 'too-large' | 'not-dossier' | 'not-json' | 'wrong-format' | 'bad-version' | 'newer' | 'checksum' | 'file-checksum' | 'file-missing' | 'unknown-set' | 'unknown-indicator' | 'invalid';
  message: string;
}
export type ImportResult = ImportedDossier | ImportFailure;

const fail = (code: ImportFailure['code'], message: string): ImportFailure => ({ ok: false, code, message });

/**
 * Reads a dossier file. With `withFiles: false` only `ho-so.json` is read
 * and checked (the summary of 700 dossiers needs no evidence bytes).
 */
export async function importDossier(bytes: Uint8Array, known: KnownSets, options: { withFiles?: boolean; pause?: Yield } = {}): Promise<ImportResult> {
  const { withFiles = true, pause = noYield } = options;
  const e = toolUi.importErrors;
  if (bytes.byteLength > MAX_IMPORT_BYTES) return fail('too-large', e.tooLarge(formatBytes(bytes.byteLength), formatBytes(MAX_IMPORT_BYTES)));
  let entries: Record<string, Uint8Array>;
  const names = new Set<string>();
  try {
    // The manifest first; evidence files one by one below, so no single step copies 50 MB.
    entries = unzipSync(bytes, {
      filter: (f) => {
        names.add(f.name);
        return f.name === MANIFEST_NAME;
      },
    });
  } catch {
    return fail('not-dossier', e.notDossier);
  }
  const manifestBytes = entries[MANIFEST_NAME];
  if (!manifestBytes) return fail('not-dossier', e.notDossier);
  let manifest: unknown;
  try {
    manifest = JSON.parse(strFromU8(manifestBytes));
  } catch {
    return fail('not-json', e.notJson);
  }
  if (!manifest || typeof manifest !== 'object' || (manifest as { format?: unknown }).format !== DOSSIER_FORMAT) return fail('wrong-format', e.wrongFormat);
  const m = manifest as { formatVersion?: unknown; checksum?: unknown; dossier?: unknown };
  if (!m.dossier || typeof m.dossier !== 'object') return fail('wrong-format', e.wrongFormat);
  const migrated = migrateDossier(m.dossier as Record<string, unknown>, m.formatVersion);
  if (!migrated.ok) {
    return migrated.reason === 'newer'
      ? fail('newer', e.newerVersion(migrated.version as number, DOSSIER_FORMAT_VERSION))
      : fail('bad-version', e.badVersion(String(migrated.version)));
  }
  // The checksum covers the dossier as its version wrote it, before any migration.
  const written = await sha256Hex(canonicalJson(m.dossier));
  if (typeof m.checksum !== 'string' || m.checksum !== written) return fail('checksum', e.checksum);
  const parsed = dossierSchema().safeParse(migrated.dossier);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail('invalid', e.invalid(issue.path.join('.') || 'hồ sơ', issueMessage(issue)));
  }
  const dossier = parsed.data;
  const indicators = known.get(dossier.criteriaSet);
  if (!indicators) return fail('unknown-set', e.unknownSet(dossier.criteriaSet));
  const strange = [...Object.keys(dossier.answers), ...dossier.evidence.flatMap((x) => x.indicators)].find((id) => !indicators.has(id));
  if (strange) return fail('unknown-indicator', e.unknownIndicator(strange));

  const files = new Map<string, Uint8Array>();
  if (withFiles) {
    for (const ev of dossier.evidence) {
      if (!ev.file || files.has(ev.file.sha256)) continue;
      const name = `${EVIDENCE_DIR}${ev.file.sha256}`;
      const data = names.has(name) ? unzipSync(bytes, { filter: (f) => f.name === name })[name] : undefined;
      if (!data) return fail('file-missing', e.fileMissing(ev.file.name));
      if (data.byteLength !== ev.file.size || (await sha256Hex(data)) !== ev.file.sha256) return fail('file-checksum', e.fileChecksum(ev.file.name));
      files.set(ev.file.sha256, data);
      await pause();
    }
  }
  // A current-version file's dossier is what was hashed; only a migrated one needs hashing again.
  const checksum = m.formatVersion === DOSSIER_FORMAT_VERSION && canonicalJson(dossier) === canonicalJson(m.dossier) ? written : await dossierChecksum(dossier);
  return { ok: true, dossier, checksum, files, fromVersion: m.formatVersion as number };
}
