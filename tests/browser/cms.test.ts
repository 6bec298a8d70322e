/**
 * The web editor in Chromium, as an editor uses it: on Decap's local proxy
 * (as `npm run cms` starts it) against a temporary copy of the content, so
 * the repository is never written. A news item made in the form lands in
 * content/news/ and builds into a page; a wrong plan number is refused in
 * the form with the schema's message. On the built site, the editor's
 * scripts load on /admin/ and nowhere else, and /admin/ stays on its origin.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, requireChromium } from '../support/chromium';
import { distDir, htmlFiles } from '../support/dist';
import { serveStatic, type RunningServer } from '../support/static-server';
import { buildContentDir } from '../support/build-fixture';
import { ADMIN_SCRIPT_BUDGET } from '../support/budgets';
import { startCms, type RunningCms } from '../../scripts/cms';
import { newsSchema, type SchemaContext } from '../../src/schemas';

const hasChromium = requireChromium();
// The editor is one 6 MB script: on a busy machine parsing it alone can take tens of seconds.
const slow = 240_000;
const root = join(import.meta.dirname, '../..');

/** Front matter and body of a Markdown file. */
function frontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`no front matter in:\n${text}`);
  return { data: load(m[1]!) as Record<string, unknown>, body: m[2]! };
}

async function signIn(page: Page, cms: RunningCms) {
  await page.goto(cms.url);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Tin tức' }).first().waitFor();
}

describe.runIf(hasChromium)('the web editor on the local proxy', () => {
  let work: string;
  let cms: RunningCms;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cms-test-'));
    cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
    cms = await startCms({ repo: work, outDir: join(work, 'editor') });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await cms?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function open(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(slow / 2);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    await signIn(page, cms);
    return page;
  }

  it('creates a news item through the form; the file lands in content/news/ and builds into a page', async () => {
    const page = await open();
    await page.goto(`${cms.url}#/collections/news/new`);
    const title = 'Càng Long mở lớp học cho người cao tuổi tại trung tâm học tập cộng đồng';
    await page.locator('[id^="title-field"]').fill(title);
    await page.locator('[id^="summary-field"]').fill('Huyện Càng Long mở thêm lớp học tại các trung tâm học tập cộng đồng cho người cao tuổi.');
    await page.locator('[id^="date-field"]').first().fill('2026-11-30');
    await page.getByRole('button', { name: /nguồn/ }).click();
    await page.locator('[id^="name-field"]').first().fill('Trang thông tin điện tử huyện Càng Long');
    const locality = page.locator('[id^="localities-field"]');
    await locality.click();
    await locality.pressSequentially('Càng Lo');
    await page.getByText('Càng Long', { exact: true }).last().click();
    const body = page.locator('[contenteditable="true"]').first();
    await body.click();
    await body.pressSequentially('Lớp học mở vào sáng thứ bảy hằng tuần.');
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByText('Công bố ngay').click();

    const file = join(work, 'content/news/cang-long-mo-lop-hoc-cho-nguoi-cao-tuoi-tai-trung-tam-hoc-tap-cong-dong.md');
    await expect.poll(() => existsSync(file), { timeout: slow / 2 }).toBe(true);
    const { data, body: text } = frontMatter(readFileSync(file, 'utf8'));
    expect(data).toMatchObject({ title, localities: ['cang-long'], sources: [{ name: 'Trang thông tin điện tử huyện Càng Long' }] });
    expect(text.trim()).toBe('Lớp học mở vào sáng thứ bảy hằng tuần.');

    // The schema the build uses, with references resolved against the files there.
    const exists = (collection: string) => new Set(readdirSync(join(work, 'content', collection)).map((f) => f.replace(/\.(md|ya?ml)$/, '')));
    const ctx: SchemaContext = {
      ref: (collection) => z.string().refine((id) => exists(collection).has(id), 'no such entry').transform((id) => ({ id, collection })),
      image: () => z.string(),
    };
    const parsed = newsSchema(ctx).parse(data);
    expect(parsed.date.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(errors).toEqual([]);

    // And the site builds from that content, with the new item as a page.
    const built = buildContentDir(join(work, 'content'), work);
    expect(built.status, built.output.slice(-3000)).toBe(0);
    const html = readFileSync(join(built.distDir!, 'tin-tuc/cang-long-mo-lop-hoc-cho-nguoi-cao-tuoi-tai-trung-tam-hoc-tap-cong-dong/index.html'), 'utf8');
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain('Lớp học mở vào sáng thứ bảy hằng tuần.');
    await page.close();
  }, 2 * slow);

  it("refuses a wrong plan number in the form with the schema's message, and writes nothing", async () => {
    const page = await open();
    const before = readdirSync(join(work, 'content/plans')).sort();
    await page.goto(`${cms.url}#/collections/plans/new`);
    await page.locator('[id^="title-field"]').first().fill('Kế hoạch thử với số hiệu viết sai');
    await page.locator('[id^="number-field"]').first().fill('KH 67');
    // A rule no pattern in config.yml states: the day must exist. The form runs the schema itself.
    await page.locator('[id^="issued-field"]').first().fill('--02-30');
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByText('Công bố ngay').click();
    await expect.poll(() => page.getByText('số hiệu văn bản phải có dạng 67/KH-UBND').count(), { timeout: slow / 2 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('"--02-30" không phải là ngày hợp lệ').count(), { timeout: slow / 2 }).toBeGreaterThan(0);
    if (process.env.CMS_SHOTS) await page.screenshot({ path: join(process.env.CMS_SHOTS, 'so-hieu-sai.png') });
    expect(readdirSync(join(work, 'content/plans')).sort()).toEqual(before);
    await page.close();
  }, slow);

  it('checks rules across fields with the whole schema before anything is written', async () => {
    const page = await open();
    const before = readdirSync(join(work, 'content/events')).sort();
    await page.goto(`${cms.url}#/collections/events/new`);
    await page.locator('[id^="title-field"]').first().fill('Ngày hội học tập thử với ngày kết thúc sai');
    await page.locator('[id^="summary-field"]').fill('Một sự kiện thử có ngày kết thúc trước ngày bắt đầu, để xem biểu mẫu từ chối.');
    await page.locator('[id^="date-field"]').first().fill('2026-11-30');
    await page.getByRole('button', { name: /nguồn/ }).click();
    await page.locator('[id^="name-field"]').first().fill('Nguồn thử nghiệm');
    await page.locator('[id^="start-field"]').fill('2026-12-05');
    await page.locator('[id^="end-field"]').fill('2026-12-01');
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await page.getByText('Công bố ngay').click();
    await expect.poll(() => page.getByText('ngày kết thúc (end) không được trước ngày bắt đầu (start)').count(), { timeout: slow / 2 }).toBeGreaterThan(0);
    expect(readdirSync(join(work, 'content/events')).sort()).toEqual(before);
    await page.close();
  }, slow);
});

describe.runIf(hasChromium)('the editor on the built site', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is bundled into /admin/ and loaded by no other page', () => {
    const admin = readFileSync(join(distDir, 'admin/index.html'), 'utf8');
    const scripts = [...admin.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    expect(existsSync(join(distDir, 'admin', scripts[0]!))).toBe(true);
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      expect(/\/admin\/|cms-[0-9a-f]+\.js|decap/i.test(html), file).toBe(false);
    }
  });

  it(`keeps its script within its own allowance (${ADMIN_SCRIPT_BUDGET / 2 ** 20} MB gzip)`, () => {
    const script = readdirSync(join(distDir, 'admin')).find((f) => /^cms-[0-9a-f]+\.js$/.test(f))!;
    const bytes = gzipSync(readFileSync(join(distDir, 'admin', script)), { level: 9 }).length;
    expect(bytes).toBeGreaterThan(100_000);
    expect(bytes).toBeLessThan(ADMIN_SCRIPT_BUDGET);
  });

  it('is left out of the sitemap and search, and robots.txt keeps crawlers away', () => {
    const sitemaps = readdirSync(distDir).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const f of sitemaps) expect(readFileSync(join(distDir, f), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(/^Disallow: \/admin\/$/m);
    expect(readFileSync(join(distDir, 'admin/index.html'), 'utf8')).not.toContain('data-pagefind-body');
    expect(readFileSync(join(distDir, 'admin/index.html'), 'utf8')).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('starts in Vietnamese on its own origin, with no policy violation, and a site page never asks for it', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(slow / 2);
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) problems.push(m.text());
    });
    await page.goto(`${server.url}/admin/`);
    await page.getByRole('button', { name: /Đăng nhập/ }).waitFor();
    expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(problems).toEqual([]);

    requests.length = 0;
    await page.goto(`${server.url}/tin-tuc/`);
    await page.waitForLoadState('load');
    expect(requests.filter((u) => u.includes('/admin/'))).toEqual([]);
    await page.close();
  }, slow);
});
