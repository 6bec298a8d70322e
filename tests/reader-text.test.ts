/**
 * What readers see on every built page: no address of the build machine, one
 * style of quotation marks, and who runs the portal (or plainly that nobody
 * has been configured).
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage, urlPathOf } from './support/dist';

const pages = htmlFiles().map(urlPathOf);

/** The text a reader sees in the body: no script, style or template, and no code samples for the quote rule. */
function visibleText(path: string, { withoutCode = false } = {}): string {
  const body = readPage(path).querySelector('body')!;
  for (const el of body.querySelectorAll(`script, style, template, [hidden]${withoutCode ? ', code, pre' : ''}`)) el.remove();
  return body.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('text readers see', () => {
  it('has pages to check', () => expect(pages.length).toBeGreaterThan(20));

  it('shows no address on the build machine (127.0.0.1, localhost) on any page', () => {
    const offenders = pages.filter((p) => /127\.0\.0\.1|localhost|\[::1\]/.test(visibleText(p)));
    expect(offenders).toEqual([]);
  });

  it('quotes with Vietnamese curly quotation marks (“…”), never straight ones', () => {
    const offenders = pages.flatMap((p) => {
      const m = /.{0,30}"[^"]{0,30}/.exec(visibleText(p, { withoutCode: true }));
      return m ? [`${p}: ${m[0]}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('names no operator that was not configured, and says so in the footer and on the about page', () => {
    // The suite builds without OPERATOR_NAME, with a placeholder REPO_URL (tests/support/global-setup.ts).
    for (const path of ['/', '/gioi-thieu/', '/danh-hieu/gia-dinh-hoc-tap/']) {
      const footer = readPage(path).querySelector('footer')!;
      expect(footer.textContent).toContain('chưa ghi đơn vị vận hành');
      const report = footer.querySelector('a[href$="/issues"]');
      expect(report?.getAttribute('href')).toBe('https://forge.example/hoc-tap-suot-doi/issues');
    }
    const about = readPage('/gioi-thieu/').querySelector('main')!;
    expect(about.querySelector('#don-vi-van-hanh')).not.toBeNull();
    expect(about.textContent).toContain('chưa ghi đơn vị vận hành');
  });
});
