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

  it("leads with each item's own date, the portal's date second", () => {
    const own = (path: string) => {
      const meta = readPage(path).querySelector('.page-meta')!;
      const lines = [...meta.querySelectorAll('p')].map((p) => p.className);
      expect(lines, path).toEqual(['page-meta__own', 'page-meta__portal']);
      return meta.querySelector('.page-meta__own')!.textContent;
    };
    expect(own('/su-kien/tuan-le-hoc-tap-suot-doi-2014/')).toContain('2014');
    expect(own('/ke-hoach/cang-long-67-kh-ubnd/')).toBe('Ngày ban hành: 30/5, năm không rõ');
    expect(own('/so-lieu/ket-qua-ha-noi-thang-12-2025/')).toBe('Ngày nguồn công bố: 05/12/2025');
    expect(own('/tin-tuc/ha-noi-don-nhan-danh-hieu-thanh-pho-hoc-tap-toan-cau/')).toMatch(/^Ngày nguồn đăng: \d{2}\/\d{1,2}\/2026$/);
  });
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
