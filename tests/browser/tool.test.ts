/**
 * The evaluation tool (/tu-danh-gia/) in Debian's Chromium: a dossier with
 * a file survives a reload; an exported file, imported on a device whose
 * site data was cleared, gives back the same dossier (exported again, the
 * same bytes); with the server stopped the tool still opens; the print view
 * and the .docx carry every chỉ tiêu and the verdict; axe finds nothing; no
 * request leaves the site and the CSP holds. The summary reads many dossier
 * files and an .xlsx list of who should have sent one.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { launchChromium, requireChromium } from '../support/chromium';
import { axeViolations } from '../support/browser';
import { serveStatic, type RunningServer } from '../support/static-server';
import { distDir } from '../support/dist';
import { dossierItems } from '../../src/lib/dossier/verdict';
import type { ToolCriteriaFile } from '../../src/lib/dossier/criteria-data';
import { exportDossier } from '../../src/lib/dossier/exchange';
import { newDossier } from '../../src/lib/dossier/model';
import writeXlsxFile from 'write-excel-file/node';

const hasChromium = requireChromium();
const SET = 'cong-dong-hoc-tap-cap-xa-tt-25';
const criteria = () => JSON.parse(readFileSync(`${distDir}/tu-danh-gia/bo-tieu-chi.json`, 'utf8')) as ToolCriteriaFile;
type CspWindow = { __csp: string[] };

describe.runIf(hasChromium)('the evaluation tool in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  const foreign: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(context?: BrowserContext): Promise<{ context: BrowserContext; page: Page }> {
    const ctx = context ?? (await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true }));
    await ctx.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as CspWindow).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await ctx.newPage();
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== new URL(server.url).origin) foreign.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    return { context: ctx, page };
  }
  const csp = (page: Page) => page.evaluate(() => (window as unknown as CspWindow).__csp);
  const open = async (page: Page, hash = '') => {
    await page.goto(`${server.url}/tu-danh-gia/${hash}`);
    await page.waitForSelector('.tool-nav');
  };
  /** Every change typed so far has reached the device store. */
  const saved = async (page: Page) => {
    await page.waitForSelector('.tool-status:has-text("Đã lưu trên máy")');
    await page.waitForSelector('.tool-dossier:not([data-pending])');
  };

  async function createDossier(page: Page, name: string): Promise<string> {
    await open(page);
    await page.getByLabel('Tên xã hoặc đơn vị').fill(name);
    await page.getByLabel('Tỉnh, thành phố').fill('Tỉnh Vĩnh Long');
    await page.selectOption('#new-set', SET);
    await page.getByLabel('Năm đánh giá').fill('2025');
    await page.click('button:has-text("Tạo hồ sơ")');
    await page.waitForSelector('.tool-dossier');
    return (await page.getAttribute('.tool-dossier', 'data-dossier'))!;
  }
  async function answerAll(page: Page) {
    const items = dossierItems(criteria().sets.find((s) => s.id === SET)!);
    for (const it of items) {
      if (it.shares.length === 0) await page.check(`input[name="kq-${it.key}"][value="dat"]`);
    }
    const counts: Record<string, [string, string]> = { 'cong-dan-hoc-tap': ['650', '1000'], 'dao-tao': ['520', '1000'], 'dai-hoc': ['130', '1000'] };
    for (const [id, [part, whole]] of Object.entries(counts)) {
      const inputs = page.locator(`fieldset[data-share="${id}"] input`);
      await inputs.nth(0).fill(part);
      await inputs.nth(1).fill(whole);
    }
    await saved(page);
  }
  async function attach(page: Page, title: string, fileName: string, bytes: Buffer, indicator: string) {
    await page.click('[data-action="add-evidence"]');
    await page.getByLabel('Tên minh chứng').fill(title);
    await page.setInputFiles('#ev-file', { name: fileName, mimeType: 'application/pdf', buffer: bytes });
    await page.locator('.tool-evidence-form .tool-checks label').filter({ hasText: indicator }).locator('input').check();
    await page.click('button:has-text("Lưu minh chứng")');
    await page.waitForSelector(`.tool-evidence li:has-text("${fileName}")`);
    await saved(page);
  }
  async function exportFile(page: Page): Promise<Buffer> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export"]')]);
    expect(download.suggestedFilename()).toMatch(/^ho-so-.+-2025\.hoso\.zip$/);
    return readFileSync((await download.path())!);
  }

  it('keeps a dossier with an attached file across a reload, shows the verdict and the calendar', async () => {
    const { context, page } = await newPage();
    const id = await createDossier(page, 'Xã Tân Hòa');
    await answerAll(page);
    const pdf = Buffer.from('%PDF-1.4\n% kế hoạch năm 2025\n'.repeat(50));
    await attach(page, 'Kế hoạch xây dựng xã hội học tập năm 2025', 'ke-hoach-2025.pdf', pdf, 'Xây dựng chương trình, kế hoạch');
    expect(await page.textContent('.tool-verdict')).toContain('Tự đánh giá: đạt Mức độ 1.');
    expect(await page.textContent('[data-line="file"]')).toContain('28/2/2026');
    expect(await page.isVisible('[data-notice="district"] a[href="/sau-ngay-01-7-2025/"]')).toBe(true);
    await page.reload();
    await page.waitForSelector('.tool-dossier');
    expect(await page.getAttribute('.tool-dossier', 'data-dossier')).toBe(id);
    expect(await page.textContent('.tool-evidence')).toContain('ke-hoach-2025.pdf');
    expect(await page.isChecked('input[name="kq-tc1-ke-hoach"][value="dat"]')).toBe(true);
    // The file itself comes back from the device, byte for byte.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('.tool-evidence button:has-text("Tải ke-hoach-2025.pdf")').last().click()]);
    expect(readFileSync((await dl.path())!).equals(pdf)).toBe(true);
    expect(await csp(page)).toEqual([]);
    await context.close();
  });

  it('exports, clears the site data, imports the file: the same dossier, and exported again the same bytes', async () => {
    const { context, page } = await newPage();
    await createDossier(page, 'Xã An Bình');
    await answerAll(page);
    await attach(page, 'Ảnh khai mạc Tuần lễ', 'khai-mac.pdf', Buffer.from('ảnh'.repeat(400)), 'Tuần lễ');
    expect(await page.isVisible('[data-notice="unsaved"]')).toBe(true);
    const first = await exportFile(page);
    await page.waitForSelector('[data-notice="unsaved"]', { state: 'detached' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: server.url, storageTypes: 'all' });
    await open(page);
    expect(await page.textContent('#ds-ho-so + *')).toContain('Chưa có hồ sơ nào');
    await page.setInputFiles('.tool-import input[type=file]', { name: 'ho-so.hoso.zip', mimeType: 'application/zip', buffer: first });
    await page.waitForSelector('.tool-dossier');
    expect(await page.textContent('.tool-evidence')).toContain('khai-mac.pdf');
    // The file was taken apart in the tool's worker, not on the page.
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([expect.stringMatching(/^\/tu-danh-gia\/archive-worker[\w.-]*\.js$/)]);
    const again = await exportFile(page);
    expect(again.equals(first)).toBe(true);
    // A refused file says why and changes nothing.
    await open(page);
    await page.setInputFiles('.tool-import input[type=file]', { name: 'khac.zip', mimeType: 'application/zip', buffer: Buffer.from('không phải hồ sơ') });
    await page.waitForSelector('.tool-status--error:has-text("không phải là tệp hồ sơ")');
    expect(await page.locator('.tool-list li').count()).toBe(1);
    // The same dossier again asks before replacing it.
    await page.setInputFiles('.tool-import input[type=file]', { name: 'ho-so.hoso.zip', mimeType: 'application/zip', buffer: first });
    await page.waitForSelector('.tool-confirm');
    await page.click('button:has-text("Giữ hồ sơ đang có")');
    await page.waitForSelector('.tool-status:has-text("không có gì thay đổi")');
    expect(await csp(page)).toEqual([]);
    await context.close();
  });

  it('the print view and the .docx carry every chỉ tiêu and the verdict', async () => {
    const { context, page } = await newPage();
    const id = await createDossier(page, 'Xã Long Phú');
    await answerAll(page);
    await open(page, `#/ho-so/${id}/van-ban`);
    await page.waitForSelector('.tool-doc');
    await page.emulateMedia({ media: 'print' });
    const printed = (await page.locator('.tool-doc').allInnerTexts()).join('\n');
    expect(await page.isVisible('.tool-nav')).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    const items = dossierItems(criteria().sets.find((s) => s.id === SET)!);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="docx"]')]);
    expect(dl.suggestedFilename()).toBe('ho-so-xa-long-phu-2025.docx');
    const xml = strFromU8(unzipSync(readFileSync((await dl.path())!))['word/document.xml']!);
    const docText = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&apos;/g, "'");
    for (const it of items) {
      expect(printed, it.key).toContain(it.text);
      expect(docText, it.key).toContain(it.text);
    }
    for (const text of [printed, docText]) expect(text).toContain('Kết quả tự đánh giá: đạt Mức độ 1.');
    expect(printed).toContain('Bản tổng hợp kết quả tự đánh giá');
    expect(docText).toContain('BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ');
    await context.close();
  });

  it('the summary reads dossier files and an .xlsx list, and names who has not submitted', async () => {
    const { context, page } = await newPage();
    await open(page, '#/tong-hop');
    const dossierFile = async (n: number, name: string) => {
      const d = newDossier({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, name, province: 'Tỉnh Vĩnh Long', criteriaSet: SET, year: 2025, now: '2026-01-10T00:00:00.000Z' });
      return { name: `ho-so-${n}.hoso.zip`, mimeType: 'application/zip', buffer: Buffer.concat(await exportDossier(d, async () => new Uint8Array())) };
    };
    await page.setInputFiles('#th-files', [await dossierFile(1, 'Xã Tân Hòa'), await dossierFile(2, 'Xã An Bình')]);
    await page.waitForSelector('.tool-year[data-year="2025"] [data-row]');
    expect(await page.locator('.tool-year [data-row]').count()).toBe(2);
    // The list as a province office keeps it in Excel: a header row, then names, some without "Xã".
    const list = await writeXlsxFile([[{ value: 'Tên xã' }, { value: 'Ghi chú' }], [{ value: 'Tân Hòa' }], [{ value: 'Xã Hòa Lộc' }], [{ value: 'xa an binh' }], [{ value: 'Phường Long Phú' }]]).toBuffer();
    await page.setInputFiles('.tool-year input[type=file]', { name: 'danh-sach-xa.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: list });
    await page.waitForSelector('.tool-missing');
    expect(await page.locator('.tool-missing li').allTextContents()).toEqual(['Xã Hòa Lộc', 'Phường Long Phú']);
    expect(await page.textContent('.tool-year .field .tool-status')).toContain('Đã nhận danh sách 4 tên.');
    // A file that is not a spreadsheet says so and leaves the list as it was.
    await page.setInputFiles('.tool-year input[type=file]', { name: 'sai.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('không phải bảng tính') });
    await page.waitForSelector('.tool-year .field .tool-status--error:has-text("Không đọc được tệp này như một bảng tính Excel")');
    expect(await page.locator('.tool-missing li').allTextContents()).toEqual(['Xã Hòa Lộc', 'Phường Long Phú']);
    expect(await csp(page)).toEqual([]);
    await context.close();
  });

  it('works with the server stopped once it has been opened', async () => {
    const own = await serveStatic(distDir);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${own.url}/tu-danh-gia/`);
    await page.waitForSelector('.tool-nav');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // The worker claims the page once it has precached the tool.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await own.close();
    await page.reload();
    await page.waitForSelector('.tool-nav');
    await page.getByLabel('Tên xã hoặc đơn vị').fill('Xã Ngoại Tuyến');
    await page.click('button:has-text("Tạo hồ sơ")');
    await page.waitForSelector('.tool-dossier');
    expect(await page.textContent('.tool-title')).toContain('Xã Ngoại Tuyến');
    // Attaching a file is hashed by the worker, which comes from the cache too.
    await page.click('[data-action="add-evidence"]');
    await page.getByLabel('Tên minh chứng').fill('Biên bản họp');
    await page.setInputFiles('#ev-file', { name: 'bien-ban.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 biên bản') });
    await page.locator('.tool-evidence-form .tool-checks input').first().check();
    await page.click('button:has-text("Lưu minh chứng")');
    await page.waitForSelector('.tool-evidence li:has-text("bien-ban.pdf")');
    expect(page.workers().some((w) => w.url().includes('/tu-danh-gia/archive-worker'))).toBe(true);
    await context.close();
  });

  it('every screen passes axe at WCAG 2.1 AA, and nothing was asked of another site', async () => {
    const { context, page } = await newPage();
    const id = await createDossier(page, 'Xã Hòa Lộc');
    await page.click('[data-action="add-evidence"]');
    const problems: Record<string, string[]> = {};
    problems.dossier = await axeViolations(page);
    for (const hash of ['#/', `#/ho-so/${id}/van-ban`, '#/tham-dinh', '#/tong-hop', '#/kiem-dem']) {
      await open(page, hash);
      await page.waitForTimeout(200);
      problems[hash] = await axeViolations(page);
    }
    expect(problems).toEqual({ dossier: [], '#/': [], [`#/ho-so/${id}/van-ban`]: [], '#/tham-dinh': [], '#/tong-hop': [], '#/kiem-dem': [] });
    expect(await csp(page)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
