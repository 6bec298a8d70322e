/**
 * The editor's tools as an editor runs them: `npm run new` writes files the
 * build accepts and never overwrites one; the field reference
 * (docs/truong-du-lieu.md) matches the schemas.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent } from './support/build-fixture';
import { collectionJsonSchemas } from '../src/schemas/json-schemas';
import { excerpts, renderFieldReference, staleExcerpts } from '../scripts/lib/field-reference';

const root = resolve(import.meta.dirname, '..');

function runNew(contentDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/new.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
}

describe('npm run new', () => {
  it('writes files the build accepts, publishes them once filled, and refuses to overwrite', () => {
    const contentDir = join(mkdtempSync(join(tmpdir(), 'new-')), 'content');
    const title = 'Xã Đông Hòa khai mạc tuần lễ học tập';
    for (const collection of ['news', 'events', 'plans', 'titles', 'stats']) {
      const result = runNew(contentDir, collection, title);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(`${collection}/xa-dong-hoa-khai-mac-tuan-le-hoc-tap.`);
    }
    const news = join(contentDir, 'news/xa-dong-hoa-khai-mac-tuan-le-hoc-tap.md');
    const before = readFileSync(news, 'utf8');
    const again = runNew(contentDir, 'news', title);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Không ghi đè');
    expect(readFileSync(news, 'utf8')).toBe(before);

    // As CONTRIBUTING.md says: fill every «…», delete `draft: true`. The news
    // item and the event are published; the other files stay drafts.
    for (const file of ['news/xa-dong-hoa-khai-mac-tuan-le-hoc-tap.md', 'events/xa-dong-hoa-khai-mac-tuan-le-hoc-tap.md']) {
      const path = join(contentDir, file);
      const filled = readFileSync(path, 'utf8')
        .replace(/«Tóm tắt[^»]*»/, 'Tin thử viết theo hướng dẫn cho biên tập viên, để kiểm tra lệnh tạo tệp.')
        .replace(/«tên nguồn[^»]*»/, 'Bài thử')
        .replace(/^«Nội dung bài[^»]*»$/m, 'Nội dung thử.')
        .replace(/^draft: true.*\n/m, '');
      writeFileSync(path, filled);
    }
    const build = buildContent(contentDir, { keepDist: true });
    // The operator warning names the ERROR_REPORT_URL setting; that is not an error.
    expect(build.output.replaceAll('ERROR_REPORT_URL', '')).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    for (const page of ['tin-tuc', 'su-kien']) {
      const html = readFileSync(join(build.distDir!, page, 'xa-dong-hoa-khai-mac-tuan-le-hoc-tap/index.html'), 'utf8');
      expect(html).toContain('<h1>Xã Đông Hòa khai mạc tuần lễ học tập</h1>');
    }
    expect(existsSync(join(build.distDir!, 'ke-hoach/xa-dong-hoa-khai-mac-tuan-le-hoc-tap'))).toBe(false);
  });

  it('explains how to use it when the collection is unknown', () => {
    const result = runNew(mkdtempSync(join(tmpdir(), 'new-')), 'tin', 'Một tin');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('news, events, plans');
  });
});

describe('field reference and the guide\'s examples', () => {
  it('docs/truong-du-lieu.md is what `npm run fields` writes from the current schemas', () => {
    const doc = readFileSync(join(root, 'docs/truong-du-lieu.md'), 'utf8');
    expect(doc, 'Chạy `npm run fields` để viết lại docs/truong-du-lieu.md').toBe(renderFieldReference(collectionJsonSchemas()));
  });
  it('CONTRIBUTING.md links the field reference', () => {
    expect(readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8')).toContain('](docs/truong-du-lieu.md)');
  });
  it('CONTRIBUTING.md quotes content files only in excerpts copied verbatim from files that exist', () => {
    const doc = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
    expect(excerpts(doc).length).toBeGreaterThanOrEqual(4);
    const read = (path: string) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);
    expect(staleExcerpts(doc, read), 'Chép lại các đoạn trích này từ tệp trong content/').toEqual([]);
  });
  it('lists every required field of news as required', () => {
    const news = renderFieldReference(collectionJsonSchemas().filter((c) => c.name === 'news'));
    for (const field of ['title', 'summary', 'date', 'sources', 'sources[].name']) {
      expect(news).toContain(`| \`${field}\` | **bắt buộc** |`);
    }
    expect(news).toContain('| `cover.alt` | **bắt buộc** |');
  });
  it('Astro writes the field descriptions into the JSON Schemas of the collections', () => {
    // The build (global setup) writes .astro/collections/<name>.schema.json from the same schemas.
    const plans = JSON.parse(readFileSync(join(root, '.astro/collections/plans.schema.json'), 'utf8'));
    const criteria = JSON.parse(readFileSync(join(root, '.astro/collections/criteria.schema.json'), 'utf8'));
    const fromSchemas = Object.fromEntries(collectionJsonSchemas().map((c) => [c.name, c.jsonSchema as { properties: Record<string, { description?: string }> }]));
    expect(plans.properties.number.description).toBe(fromSchemas.plans!.properties.number!.description);
    expect(plans.properties.number.examples).toEqual(['67/KH-UBND']);
    expect(plans.properties.sources.items.properties.name.description).toMatch(/^Tên nguồn/);
    expect(criteria.properties.criteria.items.properties.indicators.items.properties.text.description).toBe(
      'Nội dung chỉ số, theo văn bản nguồn.',
    );
  });
});
