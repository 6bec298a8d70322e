import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION } from '../../schemas/dossier';
import { canonicalJson, sha256Hex } from './canonical';
import { EVIDENCE_DIR, MANIFEST_NAME, MAX_IMPORT_BYTES, dossierFileName, exportDossier, importDossier, type ImportResult } from './exchange';
import { contentKnownSets, sampleDossier } from './test-support';

const known = contentKnownSets();
const join = (chunks: Uint8Array[]) => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
};
async function exported() {
  const { dossier, files } = await sampleDossier();
  const bytes = join(await exportDossier(dossier, async (sha) => files.get(sha)!));
  return { dossier, files, bytes };
}
/** A dossier file written by hand, with a correct checksum unless told otherwise. */
async function handMade(dossier: Record<string, unknown>, opts: { version?: unknown; checksum?: string; files?: Record<string, Uint8Array>; format?: string } = {}) {
  const manifest = {
    format: opts.format ?? DOSSIER_FORMAT,
    formatVersion: opts.version ?? DOSSIER_FORMAT_VERSION,
    checksum: opts.checksum ?? (await sha256Hex(canonicalJson(dossier))),
    dossier,
  };
  return zipSync({ [MANIFEST_NAME]: strToU8(JSON.stringify(manifest)), ...(opts.files ?? {}) }, { level: 0 });
}
const refused = (r: ImportResult) => (r.ok ? 'accepted' : `${r.code}: ${r.message}`);

describe('a dossier file', () => {
  it('imports to the same data and the same evidence bytes', async () => {
    const { dossier, files, bytes } = await exported();
    const r = await importDossier(bytes, known);
    if (!r.ok) throw new Error(r.message);
    expect(r.dossier).toEqual(dossier);
    expect(r.fromVersion).toBe(DOSSIER_FORMAT_VERSION);
    expect([...r.files.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [sha, b] of files) expect(Buffer.from(r.files.get(sha)!).equals(Buffer.from(b))).toBe(true);
  });
  it('exported again after an import is byte for byte the first file', async () => {
    const { bytes } = await exported();
    const r = await importDossier(bytes, known);
    if (!r.ok) throw new Error(r.message);
    const again = join(await exportDossier(r.dossier, async (sha) => r.files.get(sha)!));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
  it('is a ZIP any program opens: ho-so.json with format, version and checksum, and each file under minh-chung/', async () => {
    const { dossier, bytes, files } = await exported();
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual([MANIFEST_NAME, ...[...files.keys()].map((k) => `${EVIDENCE_DIR}${k}`)].sort());
    const manifest = JSON.parse(strFromU8(entries[MANIFEST_NAME]!));
    expect(manifest.format).toBe('hoc-tap-suot-doi/ho-so');
    expect(manifest.formatVersion).toBe(2);
    expect(manifest.checksum).toBe(await sha256Hex(canonicalJson(dossier)));
    expect(dossierFileName(dossier)).toBe('ho-so-xa-tan-hoa-2025.hoso.zip');
  });
  it('read for a summary skips the evidence bytes but still checks the data', async () => {
    const { bytes } = await exported();
    const r = await importDossier(bytes, known, { withFiles: false });
    expect(r.ok && r.files.size).toBe(0);
  });
});

describe('a file that is not a good dossier is refused with a Vietnamese message', () => {
  it('a file that is not a ZIP', async () => {
    expect(refused(await importDossier(strToU8('Tên,Năm\nXã A,2025\n'), known))).toBe(
      'not-dossier: Tệp này không phải là tệp hồ sơ tự đánh giá (không có ho-so.json bên trong). Không có gì thay đổi.',
    );
  });
  it('a ZIP without ho-so.json', async () => {
    expect(refused(await importDossier(zipSync({ 'anh.png': new Uint8Array([1, 2]) }), known))).toMatch(/^not-dossier: /);
  });
  it('a ho-so.json that is not JSON', async () => {
    expect(refused(await importDossier(zipSync({ [MANIFEST_NAME]: strToU8('{hỏng') }), known))).toMatch(/^not-json: Tệp ho-so.json bên trong bị hỏng/);
  });
  it('another program’s JSON', async () => {
    const { dossier } = await sampleDossier();
    expect(refused(await importDossier(await handMade(dossier, { format: 'khac/ho-so' }), known))).toMatch(/^wrong-format: Tệp này không phải là hồ sơ tự đánh giá/);
  });
  it('a wrong format version', async () => {
    const { dossier } = await sampleDossier();
    expect(refused(await importDossier(await handMade(dossier, { version: 'hai' }), known))).toBe('bad-version: Phiên bản định dạng “hai” không hợp lệ. Không có gì thay đổi.');
    expect(refused(await importDossier(await handMade(dossier, { version: 0 }), known))).toMatch(/^bad-version: /);
  });
  it('a newer format version', async () => {
    const { dossier } = await sampleDossier();
    expect(refused(await importDossier(await handMade(dossier, { version: 3 }), known))).toMatch(/^newer: Hồ sơ được lập bằng định dạng phiên bản 3, mới hơn bản công cụ này đọc được \(2\)/);
  });
  it('a broken checksum: one letter of the data changed', async () => {
    const { bytes } = await exported();
    const entries = unzipSync(bytes);
    const text = strFromU8(entries[MANIFEST_NAME]!).replace('Xã Tân Hòa', 'Xã Tân Hoà');
    const tampered = zipSync({ ...entries, [MANIFEST_NAME]: strToU8(text) }, { level: 0 });
    expect(refused(await importDossier(tampered, known))).toBe('checksum: Mã kiểm tra không khớp: tệp hồ sơ đã bị sửa hoặc bị hỏng trên đường chuyển. Không có gì thay đổi.');
  });
  it('an evidence file changed inside the ZIP', async () => {
    const { bytes, files } = await exported();
    const entries = unzipSync(bytes);
    const sha = [...files.keys()][0]!;
    const bad = entries[`${EVIDENCE_DIR}${sha}`]!.slice();
    bad[10] = bad[10]! ^ 1;
    expect(refused(await importDossier(zipSync({ ...entries, [`${EVIDENCE_DIR}${sha}`]: bad }, { level: 0 }), known))).toMatch(/^file-checksum: Tệp minh chứng “.+” không khớp mã băm/);
    const { [`${EVIDENCE_DIR}${sha}`]: _gone, ...rest } = entries;
    expect(refused(await importDossier(zipSync(rest, { level: 0 }), known))).toMatch(/^file-missing: Thiếu tệp minh chứng/);
  });
  it('a dossier for an unknown criteria set', async () => {
    const { dossier } = await sampleDossier();
    expect(refused(await importDossier(await handMade({ ...dossier, criteriaSet: 'bo-tieu-chi-la', answers: {}, evidence: [] }), known))).toBe(
      'unknown-set: Hồ sơ dùng bộ tiêu chí “bo-tieu-chi-la” mà công cụ không có. Không có gì thay đổi.',
    );
  });
  it('a chỉ tiêu the set does not have', async () => {
    const { dossier } = await sampleDossier();
    const answers = { ...dossier.answers, 'tc9-bia': { status: 'dat', counts: {}, note: '' } };
    expect(refused(await importDossier(await handMade({ ...dossier, answers, evidence: [] }), known))).toMatch(/^unknown-indicator: Hồ sơ có chỉ tiêu “tc9-bia”/);
  });
  it('a 200 MB file, before reading it', async () => {
    const big = new Uint8Array(200 * 1024 * 1024);
    expect(big.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(refused(await importDossier(big, known))).toBe('too-large: Tệp quá lớn (200 MB); công cụ nhận tệp hồ sơ tối đa 150 MB. Không có gì thay đổi.');
  });
  it('a file name or a text with markup', async () => {
    const { dossier } = await sampleDossier();
    const evidence = dossier.evidence.map((e, i) => (i === 0 ? { ...e, file: { ...e.file!, name: '<img src=x onerror=alert(1)>.pdf' } } : e));
    expect(refused(await importDossier(await handMade({ ...dossier, evidence }), known))).toBe(
      'invalid: Hồ sơ có dữ liệu sai ở evidence.0.file.name: có mã HTML (dấu < và thẻ): không nhận. Không có gì thay đổi.',
    );
    expect(refused(await importDossier(await handMade({ ...dossier, notes: 'Xem <script>alert(1)</script>' }), known))).toMatch(/^invalid: .* ở notes: có mã HTML/);
    expect(refused(await importDossier(await handMade({ ...dossier, subject: { ...dossier.subject, name: 'Xã <b>A</b>' } }), known))).toMatch(/ở subject.name: có mã HTML/);
  });
  it('a numerator larger than its denominator', async () => {
    const { dossier } = await sampleDossier();
    const id = Object.keys(dossier.answers)[0]!;
    const answers = { ...dossier.answers, [id]: { status: 'dat', counts: { 'cong-dan': { part: 120, whole: 100 } }, note: '' } };
    expect(refused(await importDossier(await handMade({ ...dossier, answers }), known))).toBe(
      `invalid: Hồ sơ có dữ liệu sai ở answers.${id}.counts.cong-dan.part: tử số lớn hơn mẫu số. Không có gì thay đổi.`,
    );
  });
  it('a negative or a non-integer count', async () => {
    const { dossier } = await sampleDossier();
    const id = Object.keys(dossier.answers)[0]!;
    const withCount = (part: number) => ({ ...dossier, answers: { ...dossier.answers, [id]: { status: 'dat', counts: { 'cong-dan': { part, whole: 100 } }, note: '' } } });
    expect(refused(await importDossier(await handMade(withCount(-3)), known))).toMatch(/counts\.cong-dan\.part: số đếm không được âm\. Không có gì thay đổi\.$/);
    expect(refused(await importDossier(await handMade(withCount(12.5)), known))).toMatch(/counts\.cong-dan\.part: số đếm phải là số nguyên\. Không có gì thay đổi\.$/);
  });
});

describe('a dossier file of the first format version', () => {
  it('is migrated: its one chỉ tiêu per evidence item becomes a list, and the new fields take their defaults', async () => {
    const { dossier, files } = await sampleDossier();
    const v1: Record<string, unknown> = {
      ...dossier,
      difficultArea: undefined,
      targetLevel: undefined,
      evidence: dossier.evidence.map(({ indicators, ...e }) => ({ ...e, indicator: indicators[0] })),
    };
    delete v1.difficultArea;
    delete v1.targetLevel;
    const fileEntries = Object.fromEntries([...files].map(([sha, b]) => [`${EVIDENCE_DIR}${sha}`, b]));
    const r = await importDossier(await handMade(v1, { version: 1, files: fileEntries }), known);
    if (!r.ok) throw new Error(r.message);
    expect(r.fromVersion).toBe(1);
    expect(r.dossier.difficultArea).toBe(false);
    expect(r.dossier.targetLevel).toBeNull();
    expect(r.dossier.evidence.map((e) => e.indicators)).toEqual(dossier.evidence.map((e) => [e.indicators[0]]));
    expect(r.files.size).toBe(2);
  });
});
