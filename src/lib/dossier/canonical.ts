/**
 * The dossier's checksum: SHA-256 over a canonical JSON text (keys sorted,
 * no spaces), so two programs that hold the same data agree on the checksum
 * whatever order they wrote the keys in. WebCrypto does the hashing, off the
 * main thread in a browser and the same in Node.
 */
export function canonicalJson(value: unknown): string {
  // Built by concatenation, not entries/sort/map/join: a summary of 700 dossiers runs this on each twice.
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? '';
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  // The default sort compares UTF-16 code units: the same order in every program that follows this.
  const keys = Object.keys(obj).sort();
  out = '{';
  let first = true;
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(k)}:${canonicalJson(v)}`;
    first = false;
  }
  return `${out}}`;
}

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function dossierChecksum(dossier: unknown): Promise<string> {
  return sha256Hex(canonicalJson(dossier));
}
