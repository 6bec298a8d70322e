import { describe, expect, it } from 'vitest';
import { readAudit } from './audit';

const counts = (high: number, critical: number) => ({ info: 0, low: 2, moderate: 1, high, critical, total: 3 + high + critical });

describe('readAudit', () => {
  it('passes low and moderate findings', () => {
    expect(readAudit(JSON.stringify({ metadata: { vulnerabilities: counts(0, 0) } })).kind).toBe('clean');
  });
  it('fails on a high or critical finding, naming the package', () => {
    const outcome = readAudit(
      JSON.stringify({ metadata: { vulnerabilities: counts(1, 0) }, vulnerabilities: { esbuild: { severity: 'high' }, x: { severity: 'low' } } }),
    );
    expect(outcome).toEqual({ kind: 'findings', counts: counts(1, 0), packages: ['esbuild (high)'] });
  });
  it('reports an audit that could not run instead of calling it clean', () => {
    expect(readAudit(JSON.stringify({ message: '405 Method Not Allowed', statusCode: 405 }))).toEqual({
      kind: 'unavailable',
      reason: '405 Method Not Allowed',
    });
    expect(readAudit('').kind).toBe('unavailable');
  });
});
