/**
 * The security headers and policy the site ships: one CSP, stated in
 * src/lib/site/security.ts, carried by every page and by public/_headers, and a
 * build that needs nothing the policy forbids.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta, isExternalHref } from '../src/lib/site/security';
import { adminCsp, backendFromEnv } from '../src/integrations/admin';
import { loadPages } from './support/site-graph';

const root = resolve(import.meta.dirname, '..');
const pages = loadPages();

/** `_headers` as { path pattern → { header → value } }. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else {
      const i = line.indexOf(':');
      current?.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
    }
  }
  return rules;
}

const headers = parseHeaders(readFileSync(join(root, 'public/_headers'), 'utf8'));

describe('public/_headers', () => {
  const all = headers.get('/*')!;
  it('sends the CSP of src/lib/site/security.ts and the other security headers on every path', () => {
    expect(all.get('content-security-policy')).toBe(cspHeader);
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(all.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });
  it('allows only the own origin in the CSP', () => {
    const sources = cspHeader.split(';').flatMap((d) => d.trim().split(/\s+/).slice(1));
    expect(sources.filter((s) => !["'self'", "'none'", "'wasm-unsafe-eval'", 'data:'].includes(s))).toEqual([]);
    expect(cspHeader).toContain("frame-ancestors 'none'");
  });
  it('keeps hashed assets a year and makes pages, feeds, data and Pagefind entry files revalidate', () => {
    expect(headers.get('/_astro/*')?.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/*/', '/*.xml', '/*.ics', '/*.json', '/pagefind/*.js']) {
      expect(headers.get(path)?.get('cache-control'), path).toBe('public, max-age=0, must-revalidate');
    }
  });
  it('sets Cache-Control in one rule per pattern, never on the catch-all', () => {
    expect(all.has('cache-control')).toBe(false);
  });
  it('is copied into the build, with the web editor\'s own policy appended for /admin/', () => {
    const built = readFileSync(join(root, 'dist/_headers'), 'utf8');
    const source = readFileSync(join(root, 'public/_headers'), 'utf8');
    expect(built.startsWith(source)).toBe(true);
    const admin = parseHeaders(built.slice(source.length)).get('/admin/*')!;
    expect(built.slice(source.length)).toMatch(/^\/admin\/\*\n  ! Content-Security-Policy\n/m);
    expect(admin.get('content-security-policy')).toBe(adminCsp(backendFromEnv(), { header: true }));
    expect(admin.has('cache-control')).toBe(false);
  });
});

describe('every built page', () => {
  for (const page of pages.values()) {
    it(`${page.path} carries the CSP and needs no inline script or style`, () => {
      const metas = page.document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
      expect(metas).toHaveLength(1);
      expect(metas[0]!.getAttribute('content')).toBe(cspMeta);
      // Data blocks (JSON-LD) are not scripts and the CSP does not apply to them.
      const inlineScripts = [...page.document.querySelectorAll('script:not([src])')].filter(
        (s) => !/json/.test(s.getAttribute('type') ?? ''),
      );
      expect(inlineScripts.map((s) => s.outerHTML.slice(0, 80))).toEqual([]);
      expect(page.document.querySelectorAll('style')).toHaveLength(0);
      expect([...page.document.querySelectorAll('[style]')].map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
    });
  }
});

describe('isExternalHref', () => {
  it('is true for other sites only', () => {
    expect(isExternalHref('https://moet.gov.vn/')).toBe(true);
    expect(isExternalHref('//example.org/x')).toBe(true);
    expect(isExternalHref('/tin-tuc/')).toBe(false);
    expect(isExternalHref('#nguon')).toBe(false);
    expect(isExternalHref('mailto:a@b.vn')).toBe(false);
    expect(isExternalHref(undefined)).toBe(false);
  });
});
