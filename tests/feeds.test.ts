/**
 * The machine-readable side of the built site: calendar, RSS, JSON-LD, share
 * cards, the open-data API, robots.txt, last-updated dates and edit links.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles, readPage, urlPathOf } from './support/dist';
import { testRepoUrl } from './support/global-setup';
import { requiredProperties } from '../src/lib/site/structured-data';

const root = resolve(import.meta.dirname, '..');
const pages = htmlFiles().map(urlPathOf);
const read = (p: string) => readFileSync(join(distDir, p), 'utf8');

/** Content files of a collection: id → front matter text. */
function contentFiles(collection: string): Map<string, { path: string; text: string }> {
  const out = new Map<string, { path: string; text: string }>();
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (!d.name.startsWith('_')) out.set(d.name.replace(/\.(md|mdx|ya?ml|json)$/, ''), { path: full.slice(root.length + 1), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, 'content', collection));
  return out;
}
/** A top-level scalar of a content file's front matter or YAML, unquoted. */
function field(text: string, name: string): string | undefined {
  const raw = new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
  if (raw?.startsWith('"')) return JSON.parse(raw) as string;
  if (raw?.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

describe('calendar', () => {
  const text = read('su-kien/lich.ics');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  const content = contentFiles('events');
  const dated = [...content].filter(([, f]) => field(f.text, 'start'));

  it('parses with an independent parser and holds every dated event, and only those', () => {
    expect(dated.length).toBeGreaterThan(0);
    expect(events.map((e) => e.uid).sort()).toEqual(dated.map(([id]) => expect.stringContaining(`su-kien-${id}@`)).sort());
    expect(events).toHaveLength(dated.length);
  });
  it('gives the 2023 learning week its days, 2 to 8 October, as an all-day event with an exclusive end', () => {
    const week = events.find((e) => e.uid.startsWith('su-kien-tuan-le-hoc-tap-suot-doi-2023@'))!;
    expect(week.startDate.isDate).toBe(true);
    expect(week.startDate.toString()).toBe('2023-10-02');
    expect(week.endDate.toString()).toBe('2023-10-09');
    expect(week.summary).toBe('Tuần lễ hưởng ứng học tập suốt đời năm 2023');
    expect(week.description).toContain('Xây dựng năng lực tự học trong kỷ nguyên số');
  });
  it('keeps to CRLF and 75-octet lines', () => {
    const lines = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
  });
  it('offers each dated event as its own file from its page, and undated ones none', () => {
    for (const [id, f] of content) {
      const link = readPage(`/su-kien/${id}/`).querySelector(`a[href="/su-kien/${id}.ics"]`);
      if (field(f.text, 'start')) {
        expect(link?.textContent, id).toContain('Thêm vào lịch');
        const one = new ICAL.Component(ICAL.parse(read(`su-kien/${id}.ics`))).getAllSubcomponents('vevent');
        expect(one).toHaveLength(1);
      } else {
        expect(link, id).toBeNull();
        expect(existsSync(join(distDir, `su-kien/${id}.ics`))).toBe(false);
      }
    }
  });
  it('lists past learning weeks under their year, with no invented dates', () => {
    const list = readPage('/su-kien/');
    const headings = [...list.querySelectorAll('main h2')].map((h) => h.textContent?.trim());
    expect(headings).toContain('Đã diễn ra năm 2023');
    expect(headings).toContain('Đã diễn ra năm 2020');
    const text = readPage('/su-kien/tuan-le-hoc-tap-suot-doi-2020/').querySelector('main')!.textContent!;
    expect(text).toContain('Chuyển đổi số thúc đẩy học tập suốt đời');
    expect(text).toContain('Năm 2020 · chưa ghi ngày cụ thể');
    expect(text).not.toMatch(/tháng 10, 2020/);
  });
});

describe('news feed', () => {
  const doc = parseHTML('<div></div>').DOMParser;
  const xml = new doc().parseFromString(read('tin-tuc/rss.xml'), 'text/xml');
  const news = contentFiles('news');

  it('is RSS 2.0 with one item per news item (the newest 50), each with title, link, date and summary', () => {
    expect(xml.querySelector('rss')?.getAttribute('version')).toBe('2.0');
    const items = [...xml.querySelectorAll('item')];
    expect(items).toHaveLength(Math.min(news.size, 50));
    for (const item of items) {
      const link = item.querySelector('link')?.textContent ?? '';
      const id = /\/tin-tuc\/([^/]+)\/$/.exec(link)?.[1] ?? '';
      expect(news.has(id), link).toBe(true);
      expect(item.querySelector('title')?.textContent).toBe(field(news.get(id)!.text, 'title'));
      expect(Number.isNaN(Date.parse(item.querySelector('pubDate')?.textContent ?? ''))).toBe(false);
      expect(item.querySelector('description')?.textContent?.length).toBeGreaterThan(20);
    }
  });
  it('is advertised in the head of every page', () => {
    for (const path of pages) {
      expect(readPage(path).querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), path).toBe('/tin-tuc/rss.xml');
    }
  });
});

describe('structured data', () => {
  const graphOf = (path: string) => {
    const blocks = [...readPage(path).querySelectorAll('script[type="application/ld+json"]')];
    expect(blocks, path).toHaveLength(1);
    return JSON.parse(blocks[0]!.textContent!)['@graph'] as Record<string, unknown>[];
  };
  it('every page carries valid JSON-LD whose nodes have their required properties', () => {
    for (const path of pages) {
      for (const node of graphOf(path)) {
        const required = requiredProperties[node['@type'] as string];
        expect(required, `${path}: ${String(node['@type'])}`).toBeDefined();
        for (const p of required!) expect(node[p], `${path}: ${String(node['@type'])}.${p}`).toBeDefined();
      }
    }
  });
  const typeOf = (path: string) => graphOf(path)[2]!;
  it('types each kind of page', () => {
    expect(graphOf('/')[0]).toMatchObject({ '@type': 'WebSite' });
    expect((graphOf('/')[0]!.potentialAction as { target: { urlTemplate: string } }).target.urlTemplate).toMatch(/\/tim-kiem\/\?q=\{search_term_string\}$/);
    for (const id of contentFiles('news').keys()) expect(typeOf(`/tin-tuc/${id}/`)['@type']).toBe('NewsArticle');
    for (const id of contentFiles('plans').keys()) expect(typeOf(`/ke-hoach/${id}/`)['@type']).toBe('Legislation');
    for (const id of contentFiles('stats').keys()) {
      const node = typeOf(`/so-lieu/${id}/`);
      expect(node['@type']).toBe('Dataset');
      expect((node.distribution as { contentUrl: string }[]).map((x) => new URL(x.contentUrl).pathname)).toEqual([`/so-lieu/${id}.csv`, `/so-lieu/${id}.json`]);
    }
    expect(typeOf('/tin-tuc/')['@type']).toBe('CollectionPage');
  });
  it('gives the 2023 learning week its days and place', () => {
    expect(typeOf('/su-kien/tuan-le-hoc-tap-suot-doi-2023/')).toMatchObject({
      '@type': 'Event',
      startDate: '2023-10-02',
      endDate: '2023-10-08',
      location: { '@type': 'Place', name: 'Việt Nam' },
    });
  });
});

describe('share cards', () => {
  it('every page names a 1200×630 PNG that exists, for Open Graph and X', async () => {
    for (const path of pages) {
      const doc = readPage(path);
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(doc.querySelector('meta[name="twitter:image"]')?.getAttribute('content'), path).toBe(image);
      expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
      const file = join(distDir, new URL(image).pathname);
      expect(existsSync(file), `${path} → ${image}`).toBe(true);
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height], path).toEqual(['png', 1200, 630]);
    }
  });
});

describe('open-data API', () => {
  for (const collection of ['news', 'plans', 'titles', 'events', 'stats', 'localities']) {
    it(`/api/${collection}.json matches the collection`, () => {
      const file = JSON.parse(read(`api/${collection}.json`));
      const content = contentFiles(collection);
      const published = [...content].filter(([, f]) => field(f.text, 'draft') !== 'true').map(([id]) => id);
      expect(file.collection).toBe(collection);
      expect(file.count).toBe(published.length);
      expect(file.items.map((i: { id: string }) => i.id).sort()).toEqual(published.sort());
      for (const item of file.items) {
        expect(new URL(item.url).pathname).toMatch(new RegExp(`^/[a-z-]+/${item.id}/$`));
        expect(existsSync(join(distDir, new URL(item.url).pathname, 'index.html'))).toBe(true);
        expect(item.sources.length).toBeGreaterThan(0);
        const title = field(content.get(item.id)!.text, 'title') ?? field(content.get(item.id)!.text, 'name');
        expect(item.title ?? item.name).toBe(title);
      }
    });
  }
  it('/api/criteria.json holds every criteria set, each pointing to its section on its title page', () => {
    const file = JSON.parse(read('api/criteria.json'));
    const ids = [...contentFiles('criteria')].filter(([, f]) => field(f.text, 'draft') !== 'true').map(([id]) => id);
    expect(file.items.map((i: { id: string }) => i.id).sort()).toEqual(ids.sort());
    for (const item of file.items) {
      const url = new URL(item.url);
      expect(url.hash).toBe(`#${item.id}`);
      expect(readPage(url.pathname).getElementById(item.id), item.url).not.toBeNull();
    }
  });
  it('is documented on the about page', () => {
    const about = readPage('/gioi-thieu/');
    for (const c of ['news', 'plans', 'titles', 'events', 'stats', 'localities', 'criteria']) expect(about.querySelector(`main a[href="/api/${c}.json"]`), c).not.toBeNull();
  });
});

describe('robots.txt', () => {
  it('points to the sitemap, which exists', () => {
    const m = /^Sitemap: (\S+)$/m.exec(read('robots.txt'));
    expect(m).not.toBeNull();
    expect(existsSync(join(distDir, new URL(m![1]!).pathname))).toBe(true);
  });
});

describe('freshness and editing', () => {
  function lastCommit(path: string): string | undefined {
    try {
      const iso = execFileSync('git', ['log', '-1', '--format=%cI', '--', path], { cwd: root, encoding: 'utf8' }).trim();
      if (!iso) return undefined;
      const shifted = new Date(new Date(iso).getTime() + 7 * 3600 * 1000);
      return shifted.toISOString().slice(0, 10);
    } catch {
      return undefined;
    }
  }
  it('item pages show the date the file sets, else the last commit, else the publication date', () => {
    for (const [collection, route] of [['news', 'tin-tuc'], ['plans', 'ke-hoach'], ['events', 'su-kien']] as const) {
      for (const [id, f] of contentFiles(collection)) {
        const shown = readPage(`/${route}/${id}/`).querySelector('.page-freshness time')?.getAttribute('datetime');
        const published = field(f.text, 'date')!;
        const committed = lastCommit(f.path);
        const expected = field(f.text, 'updated') ?? (committed && committed > published ? committed : published);
        expect(shown, f.path).toBe(expected);
      }
    }
  });
  it('a standing page (content/pages/) is dated and edited from its own file', () => {
    const files = contentFiles('pages');
    expect(files.has('gioi-thieu')).toBe(true);
    for (const [id, f] of files) {
      const page = readPage(`/${id}/`);
      const committed = lastCommit(f.path);
      const published = field(f.text, 'date')!;
      const expected = field(f.text, 'updated') ?? (committed && committed > published ? committed : published);
      expect(page.querySelector('.page-freshness time')?.getAttribute('datetime'), f.path).toBe(expected);
      expect(page.querySelector('.page-freshness a')?.getAttribute('href'), f.path).toBe(`${process.env.REPO_URL ?? testRepoUrl}/edit/main/${f.path}`);
      expect(page.querySelector('main h1')?.textContent, f.path).toBe(field(f.text, 'title'));
      expect(page.querySelector('main .lead')?.textContent, f.path).toBe(field(f.text, 'summary'));
    }
  });
  it('every item page links "Sửa trang này" to its file in the repository', () => {
    for (const [id, f] of contentFiles('events')) {
      const link = readPage(`/su-kien/${id}/`).querySelector('.page-freshness a');
      expect(link?.textContent).toBe('Sửa trang này');
      expect(link?.getAttribute('href')).toBe(`${process.env.REPO_URL ?? testRepoUrl}/edit/main/${f.path}`);
    }
  });
});
