/**
 * Writes a large synthetic content folder for benchmarks: the real content
 * plus N made-up items spread over every collection, with valid frontmatter
 * and references, and Vietnamese prose (tones, `đ`) for search to chew on.
 *
 * Every made-up item says so: titles start with "Dữ liệu thử", places are
 * "Tỉnh Mẫu Thử 3", "Xã Mẫu Thử 41", the source is "Dữ liệu tạo tự động để
 * đo hiệu năng". None of it is a fact; it never goes into `content/`.
 *
 * Usage:
 *   node_modules/.bin/node scripts/generate-content.ts --count 5000 --out /tmp/hoc-tap-5000
 * writes /tmp/hoc-tap-5000/content/ (refuses a folder that is not empty).
 * Build it with:
 *   CONTENT_DIR=/tmp/hoc-tap-5000/content ASTRO_CACHE_DIR=/tmp/hoc-tap-5000/cache \
 *     node_modules/.bin/astro build --outDir /tmp/hoc-tap-5000/dist
 * The same seed gives the same files, so runs compare like with like.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');

/** Share of the N items each collection gets; localities also make the provinces they belong to. */
const shares = { news: 0.4, plans: 0.15, events: 0.15, stats: 0.12, localities: 0.15, titles: 0.03 } as const;
const realTitles = ['gia-dinh-hoc-tap', 'dong-ho-hoc-tap', 'cong-dong-hoc-tap', 'don-vi-hoc-tap', 'cong-dan-hoc-tap'];
const SOURCE = '  - name: Dữ liệu tạo tự động để đo hiệu năng (không phải thông tin thật)\n';

/** A small deterministic PRNG (mulberry32), so a seed reproduces the same site. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subjects = [
  'Hội Khuyến học', 'Ủy ban nhân dân', 'Trung tâm học tập cộng đồng', 'Ban chỉ đạo xây dựng xã hội học tập',
  'Các chi hội khuyến học', 'Đoàn thanh niên', 'Hội Liên hiệp phụ nữ', 'Thư viện', 'Các nhà văn hoá thôn của', 'Trường tiểu học',
];
const verbs = ['tổ chức', 'triển khai', 'đánh giá', 'tuyên truyền về', 'hướng dẫn', 'tổng kết', 'phát động', 'đẩy mạnh', 'duy trì', 'mở rộng'];
const objects = [
  'phong trào xây dựng gia đình học tập', 'mô hình dòng họ học tập', 'tuần lễ hưởng ứng học tập suốt đời',
  'lớp tiếng Anh cho người lớn', 'câu lạc bộ đọc sách', 'việc học kỹ năng số', 'tủ sách trên đường làng',
  'lớp xoá mù chữ', 'việc bình xét đơn vị học tập', 'cuộc thi tìm hiểu về công dân học tập', 'quỹ khuyến học',
  'chương trình học trực tuyến', 'đợt tập huấn cho cán bộ', 'hoạt động đọc sách buổi tối', 'lớp học nghề ngắn hạn',
];
const tails = [
  'trên địa bàn', 'trong cả năm', 'với sự tham gia của nhiều hộ gia đình', 'ở các thôn, ấp', 'cho người lao động',
  'theo kế hoạch đã đề ra', 'nhằm nâng cao dân trí', 'gắn với phong trào thi đua', 'tại nhà văn hoá', 'vào dịp cuối tuần',
];

export interface GenerateOptions {
  count: number;
  out: string;
  seed?: number;
}

export function generateContent({ count, out, seed = 2026 }: GenerateOptions): Record<string, number> {
  const contentDir = join(out, 'content');
  if (existsSync(contentDir) && readdirSync(contentDir).length) throw new Error(`${contentDir} đã có nội dung; chọn thư mục trống.`);
  mkdirSync(out, { recursive: true });
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const sentence = (place: string) => `${pick(subjects)} ${place} ${pick(verbs)} ${pick(objects)} ${pick(tails)}.`;
  const paragraph = (place: string, n: number) => Array.from({ length: n }, () => sentence(place)).join(' ');
  const date = () => `20${int(20, 26)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const quote = (s: string) => JSON.stringify(s);

  const counts = Object.fromEntries(Object.entries(shares).map(([k, share]) => [k, Math.max(1, Math.round(count * share))])) as Record<
    keyof typeof shares,
    number
  >;
  const write = (collection: string, file: string, text: string) => {
    const dir = join(contentDir, collection, 'du-lieu-thu');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file), text);
  };

  // Places: one province for every 20 communes, so locality pages and filters have realistic fan-out.
  const provinces = Math.max(1, Math.ceil(counts.localities / 20));
  const places: { id: string; name: string }[] = [];
  for (let p = 1; p <= provinces; p += 1) {
    write('localities', `tinh-mau-thu-${p}.yaml`, `name: Tỉnh Mẫu Thử ${p}\nlevel: tinh\nnote: Địa phương bịa để đo hiệu năng.\nsources:\n${SOURCE}`);
  }
  for (let i = 1; i <= Math.max(0, counts.localities - provinces); i += 1) {
    const id = `xa-mau-thu-${i}`;
    places.push({ id, name: `Xã Mẫu Thử ${i}` });
    write('localities', `${id}.yaml`, `name: Xã Mẫu Thử ${i}\nlevel: xa\nparent: tinh-mau-thu-${1 + (i % provinces)}\nsources:\n${SOURCE}`);
  }
  const place = () => (places.length ? pick(places) : { id: 'tinh-mau-thu-1', name: 'Tỉnh Mẫu Thử 1' });

  const titles = [...realTitles];
  for (let i = 1; i <= counts.titles; i += 1) {
    const id = `danh-hieu-thu-${i}`;
    titles.push(id);
    write(
      'titles',
      `${id}.md`,
      `---\ntitle: Dữ liệu thử - Danh hiệu mẫu số ${i}\nname: Danh hiệu mẫu số ${i}\norder: ${100 + i}\naudience: Đối tượng giả định dùng để đo hiệu năng\nsummary: ${quote(`Danh hiệu bịa số ${i}, chỉ để đo tốc độ dựng trang và tìm kiếm; không phải danh hiệu có thật.`)}\ndate: ${date()}\nsources:\n${SOURCE}---\n\n${paragraph('thử nghiệm', 6)}\n`,
    );
  }

  const prose = (collection: 'news' | 'plans' | 'events', n: number, extra: (i: number, where: { id: string; name: string }) => string) => {
    for (let i = 1; i <= n; i += 1) {
      const where = place();
      const kind = { news: 'Tin', plans: 'Kế hoạch', events: 'Sự kiện' }[collection];
      const title = `Dữ liệu thử - ${kind} số ${i}: ${pick(objects)} ở ${where.name}`;
      const summary = `${sentence(where.name)} Bài bịa để đo hiệu năng, không phải tin thật.`;
      const body = Array.from({ length: int(3, 6) }, (_, k) => `## Phần ${k + 1}\n\n${paragraph(where.name, int(3, 7))}`).join('\n\n');
      write(
        collection,
        `${collection}-thu-${i}.md`,
        `---\ntitle: ${quote(title)}\nsummary: ${quote(summary.slice(0, 290))}\ndate: ${date()}\n${extra(i, where)}sources:\n${SOURCE}localities: [${where.id}]\nlearningTitles: [${pick(titles)}]\n---\n\n${body}\n`,
      );
    }
  };
  prose('news', counts.news, () => '');
  prose('plans', counts.plans, (i, where) => {
    const from = int(2021, 2026);
    return `number: ${i}/KH-UBND\nissuer: UBND ${where.name}\nlevel: xa\nperiod: { from: ${from}, to: ${from + int(0, 5)} }\ntasks:\n  - ${sentence(where.name)}\n  - ${sentence(where.name)}\ntargets:\n  - { indicator: "Hộ đạt danh hiệu Gia đình học tập (số bịa)", value: ${int(40, 95)}, unit: "%", year: ${from}, learningTitle: gia-dinh-hoc-tap }\n`;
  });
  prose('events', counts.events, (_, where) => {
    const start = date();
    return `start: ${start}\nend: ${start}\nlocality: ${where.id}\norganiser: Hội Khuyến học ${where.name}\nvenue: Nhà văn hoá ${where.name}\n`;
  });
  for (let i = 1; i <= counts.stats; i += 1) {
    const where = place();
    const y = int(2020, 2026);
    write(
      'stats',
      `so-lieu-thu-${i}.yaml`,
      `title: ${quote(`Dữ liệu thử - Số liệu số ${i} của ${where.name}`)}\nsummary: ${quote(`Các con số bịa về mô hình học tập ở ${where.name}, chỉ để đo hiệu năng.`)}\ndate: ${date()}\nlocality: ${where.id}\nyear: ${y}\nkind: ${random() < 0.5 ? 'result' : 'target'}\nsources:\n${SOURCE}series:\n  - { indicator: "Hộ đạt Gia đình học tập (số bịa)", learningTitle: gia-dinh-hoc-tap, value: ${int(30, 95)}, unit: "%" }\n  - { indicator: "Dòng họ đạt Dòng họ học tập (số bịa)", learningTitle: dong-ho-hoc-tap, value: ${int(30, 95)}, unit: "%" }\n`,
    );
  }
  return { ...counts, localities: counts.localities };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1 || !values.out) {
    console.error('Cách dùng: node_modules/.bin/node scripts/generate-content.ts --count 5000 --out /tmp/hoc-tap-5000 [--seed 2026]');
    process.exit(1);
  }
  const out = resolve(values.out);
  if (out === root || out.startsWith(`${join(root, 'content')}`)) {
    console.error('Không ghi vào thư mục dự án hay content/: chọn một thư mục tạm.');
    process.exit(1);
  }
  const made = generateContent({ count, out, ...(values.seed ? { seed: Number(values.seed) } : {}) });
  console.log(`Đã ghi ${join(out, 'content')}:`, made);
}
