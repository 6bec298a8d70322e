/**
 * Reads the JSON of `npm audit --json` and says whether production
 * dependencies have a high or critical advisory, or whether the audit
 * could not run at all (which must never pass as "no findings").
 */
export type AuditOutcome =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'findings'; counts: Record<string, number>; packages: string[] }
  | { kind: 'unavailable'; reason: string };

interface AuditJson {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity?: string }>;
  error?: { summary?: string; detail?: string };
  message?: string;
  statusCode?: number;
}

const blocking = new Set(['high', 'critical']);

export function readAudit(text: string): AuditOutcome {
  let json: AuditJson;
  try {
    json = JSON.parse(text) as AuditJson;
  } catch {
    return { kind: 'unavailable', reason: 'npm audit không trả về JSON' };
  }
  const counts = json.metadata?.vulnerabilities;
  if (!counts) {
    return { kind: 'unavailable', reason: json.message ?? json.error?.summary ?? 'npm audit không trả về kết quả' };
  }
  const packages = Object.entries(json.vulnerabilities ?? {})
    .filter(([, v]) => blocking.has(v.severity ?? ''))
    .map(([name, v]) => `${name} (${v.severity})`);
  return (counts['high'] ?? 0) + (counts['critical'] ?? 0) > 0 ? { kind: 'findings', counts, packages } : { kind: 'clean', counts };
}
