import { describe, expect, it } from 'vitest';
import { isLoopback, operatorConfigured, operatorWarning, readOperator, reportUrl, siteUrlProblem } from './deployment';

describe('operator settings', () => {
  it('invents nothing when nothing is set, and says so in the warning', () => {
    const op = readOperator({});
    expect(op).toEqual({ name: undefined, address: undefined, email: undefined, phone: undefined, reportUrl: undefined });
    expect(operatorConfigured(op)).toBe(false);
    expect(operatorWarning(op)).toMatch(/Chưa cấu hình đơn vị vận hành/);
  });

  it('reads every field, trimmed, and is configured once a name is given', () => {
    const op = readOperator({
      OPERATOR_NAME: ' Hội Khuyến học tỉnh A ',
      OPERATOR_ADDRESS: '1 Đường B',
      OPERATOR_EMAIL: 'lienhe@example.vn',
      OPERATOR_PHONE: '0123 456 789',
      ERROR_REPORT_URL: 'https://example.vn/bao-loi',
    });
    expect(op.name).toBe('Hội Khuyến học tỉnh A');
    expect(op.reportUrl).toBe('https://example.vn/bao-loi');
    expect(operatorWarning(op)).toBeUndefined();
  });

  it("defaults the error-report link to the repository's issues page, and prefers an explicit one", () => {
    expect(reportUrl({ REPO_URL: 'https://forge.example/o/r/' })).toBe('https://forge.example/o/r/issues');
    expect(reportUrl({ REPO_URL: 'https://forge.example/o/r', ERROR_REPORT_URL: 'https://x.example/' })).toBe('https://x.example/');
    expect(reportUrl({ REPO_URL: '  ' })).toBeUndefined();
  });

  it('stops on a malformed email or report address, naming the variable', () => {
    expect(() => readOperator({ OPERATOR_EMAIL: 'not-an-email' })).toThrow(/OPERATOR_EMAIL/);
    expect(() => readOperator({ ERROR_REPORT_URL: 'mailto:x@y.z' })).toThrow(/ERROR_REPORT_URL/);
  });
});

describe('a production build needs SITE_URL', () => {
  it('stops a CI or NODE_ENV=production build without SITE_URL, with the fix in the message', () => {
    expect(siteUrlProblem({ CI: 'true' })).toMatch(/Thiếu SITE_URL.*CI=true/);
    expect(siteUrlProblem({ NODE_ENV: 'production', SITE_URL: ' ' })).toMatch(/NODE_ENV=production[\s\S]*SITE_URL=https/);
  });
  it('lets a local build through without it, and any build with it', () => {
    expect(siteUrlProblem({})).toBeUndefined();
    expect(siteUrlProblem({ CI: 'false', NODE_ENV: 'development' })).toBeUndefined();
    expect(siteUrlProblem({ CI: 'true', SITE_URL: 'https://example.vn' })).toBeUndefined();
  });
  it('refuses a SITE_URL that is not a web address', () => {
    expect(siteUrlProblem({ SITE_URL: 'example.vn' })).toMatch(/địa chỉ web đầy đủ/);
  });
});

describe('isLoopback', () => {
  it('knows the addresses of this machine', () => {
    expect(isLoopback('http://127.0.0.1:4321')).toBe(true);
    expect(isLoopback('http://localhost:4321/')).toBe(true);
    expect(isLoopback('http://[::1]:4321/')).toBe(true);
    expect(isLoopback('https://hoctap.example.vn')).toBe(false);
  });
});
