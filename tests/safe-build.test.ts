/**
 * A failed build must leave the site that was there before untouched: the
 * build script writes into a fresh folder and swaps it in only on success.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from './support/build-fixture';
import { testSiteUrl } from './support/global-setup';

const root = resolve(import.meta.dirname, '..');

function build(work: string, content: string) {
  return spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      DIST_DIR: join(work, 'dist'),
      ASTRO_CACHE_DIR: join(work, 'cache'),
      NO_COLOR: '1',
      SITE_URL: process.env.SITE_URL || testSiteUrl,
    },
  });
}

describe('npm run build swaps in a new site only when the build succeeds', () => {
  it('keeps the previous dist/ after a failed build, replaces it after a good one', () => {
    const work = mkdtempSync(join(tmpdir(), 'safe-build-'));
    const previous = join(work, 'dist');
    mkdirSync(previous);
    writeFileSync(join(previous, 'index.html'), '<!doctype html><title>bản cũ</title>');

    const bad = join(work, 'bad');
    cpSync(join(fixturesDir, 'good-content'), bad, { recursive: true });
    cpSync(join(fixturesDir, 'bad-content/news-missing-title'), bad, { recursive: true });
    const failed = build(work, bad);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain('giữ nguyên bản cũ');
    expect(readFileSync(join(previous, 'index.html'), 'utf8')).toContain('bản cũ');
    expect(readdirSync(work).sort()).toEqual(['bad', 'cache', 'dist']);

    const good = build(work, join(fixturesDir, 'good-content'));
    expect(good.status, good.stderr).toBe(0);
    expect(readFileSync(join(previous, 'index.html'), 'utf8')).not.toContain('bản cũ');
    expect(readFileSync(join(previous, 'tin-tuc/tin-mau/index.html'), 'utf8')).toContain('Tin mẫu cho kiểm thử');
    expect(readdirSync(work).sort()).toEqual(['bad', 'cache', 'dist']);
  });

  it('draws the share cards and builds the search index in a process of its own, started beside Astro, into the site it swaps in', () => {
    const work = mkdtempSync(join(tmpdir(), 'safe-build-'));
    const result = build(work, join(fixturesDir, 'good-content'));
    expect(result.status, result.stderr).toBe(0);
    // Astro leaves both to scripts/page-steps.ts (docs/decisions/0002-search-index-after-astro.md), which reads pages as they are written.
    const astroSays = result.stdout.indexOf('Các trang đã viết xong: thẻ chia sẻ và chỉ mục tìm kiếm được dựng trong một tiến trình riêng');
    const early = /\[hoc-tap-page-steps\] (\d+) trang tìm kiếm đã chép sẵn trong lúc Astro còn viết/.exec(result.stdout);
    const indexed = /\[hoc-tap-page-steps\] (\d+) trang đã vào chỉ mục tìm kiếm/.exec(result.stdout);
    const cards = /\[hoc-tap-page-steps\] (\d+) thẻ chia sẻ vẽ mới, (\d+) lấy từ bộ nhớ đệm/.exec(result.stdout);
    expect(astroSays).toBeGreaterThan(-1);
    expect(early?.index).toBeGreaterThan(astroSays);
    expect(indexed?.index).toBeGreaterThan(early!.index);
    expect(Number(indexed?.[1])).toBeGreaterThan(0);
    // Astro itself draws none.
    expect(result.stdout).not.toMatch(/\[og-images\]/);
    const entry = JSON.parse(readFileSync(join(work, 'dist/pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.vi.page_count).toBe(Number(indexed?.[1]));
    // Every page's card is there: the item pages' own, and one per section for the rest.
    const pages = readdirSync(join(work, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('admin'));
    for (const page of pages) {
      const image = /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(join(work, 'dist', page), 'utf8'))?.[1];
      expect(existsSync(join(work, 'dist', decodeURIComponent(new URL(image!).pathname))), page).toBe(true);
    }
    expect(Number(cards?.[1]) + Number(cards?.[2])).toBeGreaterThan(0);
  });

  it('stops a production build (CI=true or NODE_ENV=production) that has no SITE_URL, before building anything', () => {
    for (const deploy of [{ CI: 'true', NODE_ENV: '' }, { CI: '', NODE_ENV: 'production' }]) {
      const work = mkdtempSync(join(tmpdir(), 'safe-build-'));
      const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ...deploy, SITE_URL: '', DIST_DIR: join(work, 'dist'), NO_COLOR: '1' },
      });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('Thiếu SITE_URL');
      expect(result.stderr).toContain('SITE_URL=https://');
      expect(readdirSync(work)).toEqual([]);
    }
  });
});
