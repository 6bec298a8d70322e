/**
 * Dossiers written by older versions, brought to the current form before
 * they are checked. Each step takes version n to n + 1 and nothing else, so
 * a file of any past version passes through every later step in order.
 *
 * Version 1 (the tool's first format) tied an evidence item to one chỉ tiêu
 * (`indicator`) and had no difficult-area flag or target level. Version 2
 * lets one document support several chỉ tiêu (`indicators`), as a yearly plan
 * does, and records `difficultArea`, `unitKinds` and `targetLevel`.
 */
import { DOSSIER_FORMAT_VERSION } from '../../schemas/dossier';

type Raw = Record<string, unknown>;

const steps: Record<number, (d: Raw) => Raw> = {
  1: (d) => ({
    ...d,
    difficultArea: false,
    unitKinds: [],
    targetLevel: null,
    evidence: Array.isArray(d.evidence)
      ? d.evidence.map((e: Raw) => {
          const { indicator, ...rest } = e;
          return { ...rest, indicators: typeof indicator === 'string' && indicator ? [indicator] : [] };
        })
      : d.evidence,
  }),
};

export type MigrationResult = { ok: true; dossier: Raw } | { ok: false; reason: 'bad-version' | 'newer'; version: unknown };

export function migrateDossier(raw: Raw, version: unknown): MigrationResult {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'bad-version', version };
  if (version > DOSSIER_FORMAT_VERSION) return { ok: false, reason: 'newer', version };
  let d = raw;
  for (let v = version; v < DOSSIER_FORMAT_VERSION; v++) d = steps[v]!(d);
  return { ok: true, dossier: d };
}
