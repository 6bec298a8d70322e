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
import { strFromU8, strToU8 } from 'fflate';
import { DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION, dossierSchema, type Dossier } from '../../schemas/dossier';
import { slugify } from '../site/slug';
import { canonicalJson, dossierChecksum, sha256Hex } from './canonical';
import { migrateDossier } from './migrate';
import { toolUi } from './ui';
import { formatBytes, issueMessage } from './messages';
import { EVIDENCE_DIR, MANIFEST_NAME, unpackDossier, zipDossier, type Unpacked } from './archive';

export { EVIDENCE_DIR, MANIFEST_NAME };
/** A province's largest dossiers stay far below this; a phone's memory would not hold much more. */
export const MAX_IMPORT_BYTES = 150 * 1024 * 1024;
/** One scanned document or photo; larger files are usually a video sent by mistake. */
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

/** The chỉ tiêu ids of each criteria set the tool knows, by set id. */
export type KnownSets = ReadonlyMap<string, ReadonlySet<string>>;

export function dossierFileName(d: Pick<Dossier, 'subject' | 'year'>): string {
  return `ho-so-${slugify(d.subject.name) || 'khong-ten'}-${d.year}.hoso.zip`;
}

/** The manifest a dossier file opens with: format, version, checksum and the dossier itself. */
export async function dossierManifest(dossier: Dossier): Promise<Uint8Array> {
  const parsed = dossierSchema().parse(dossier);
  const manifest = { format: DOSSIER_FORMAT, formatVersion: DOSSIER_FORMAT_VERSION, checksum: await dossierChecksum(parsed), dossier: parsed };
  return strToU8(JSON.stringify(manifest, null, 1));
}

/** The ZIP entry name of each evidence file the dossier refers to, once each. */
export function evidenceEntries(dossier: Dossier): { name: string; sha256: string }[] {
  const seen = new Set<string>();
  return dossier.evidence.flatMap((e) => (e.file && !seen.has(e.file.sha256) && seen.add(e.file.sha256) ? [{ name: `${EVIDENCE_DIR}${e.file.sha256}`, sha256: e.file.sha256 }] : []));
}

/**
 * The dossier file as a list of byte chunks. `readFile` gives an evidence
 * file's bytes. (The tool itself zips in its worker, from the stored Blobs.)
 */
export async function exportDossier(dossier: Dossier, readFile: (sha256: string) => Promise<Uint8Array>): Promise<Uint8Array[]> {
  const files = evidenceEntries(dossier).map((e) => ({ name: e.name, bytes: () => readFile(e.sha256) }));
  return zipDossier(await dossierManifest(dossier), files);
}

export interface ImportedDossier<D = Uint8Array> {
  ok: true;
  dossier: Dossier;
  checksum: string;
  /** Evidence contents by SHA-256 (bytes, or a Blob in the browser); empty when read for a summary only. */
  files: Map<string, D>;
  /** The format version the file was written in (older ones were migrated). */
  fromVersion: number;
}
export interface ImportFailure {
  ok: false;
  code: 'too-large' | 'unreadable' | 'not-dossier' | 'not-json' | 'wrong-format' | 'bad-version' | 'newer' | 'checksum' | 'file-checksum' | 'file-missing' | 'unknown-set' | 'unknown-indicator' | 'invalid';
  message: string;
}
export type ImportResult<D = Uint8Array> = ImportedDossier<D> | ImportFailure;

const fail = (code: ImportFailure['code'], message: string): ImportFailure => ({ ok: false, code, message });

/** The browser could not read the file at all (removed or changed since it was picked, or out of memory). */
export const unreadable = (): ImportFailure => fail('unreadable', toolUi.importErrors.unreadable);

/** A file too large to read is refused before it is read. */
export function sizeRefusal(size: number): ImportFailure | null {
  return size > MAX_IMPORT_BYTES ? fail('too-large', toolUi.importErrors.tooLarge(formatBytes(size), formatBytes(MAX_IMPORT_BYTES))) : null;
}

/**
 * Reads a dossier file in line. With `withFiles: false` only `ho-so.json`
 * is read and checked (the summary of 700 dossiers needs no evidence bytes).
 */
export async function importDossier(bytes: Uint8Array, known: KnownSets, options: { withFiles?: boolean } = {}): Promise<ImportResult> {
  return sizeRefusal(bytes.byteLength) ?? checkDossier(await unpackDossier(bytes, options.withFiles ?? true), known);
}

/**
 * Checks, in order, everything that could be wrong with a dossier file
 * already taken apart, and says what in Vietnamese.
 */
export async function checkDossier<D>(unpacked: Unpacked<D>, known: KnownSets): Promise<ImportResult<D>> {
  const e = toolUi.importErrors;
  const manifestBytes = unpacked.manifest;
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
  const writtenText = canonicalJson(m.dossier);
  const written = await sha256Hex(writtenText);
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

  const files = new Map<string, D>();
  if (unpacked.withFiles) {
    for (const ev of dossier.evidence) {
      if (!ev.file || files.has(ev.file.sha256)) continue;
      const entry = unpacked.evidence.get(`${EVIDENCE_DIR}${ev.file.sha256}`);
      if (!entry) return fail('file-missing', e.fileMissing(ev.file.name));
      if (entry.size !== ev.file.size || entry.sha256 !== ev.file.sha256) return fail('file-checksum', e.fileChecksum(ev.file.name));
      files.set(ev.file.sha256, entry.data);
    }
  }
  // A current-version file's dossier is what was hashed; only a migrated or completed one needs hashing again.
  const checksum = m.formatVersion === DOSSIER_FORMAT_VERSION && canonicalJson(dossier) === writtenText ? written : await dossierChecksum(dossier);
  return { ok: true, dossier, checksum, files, fromVersion: m.formatVersion as number };
}
