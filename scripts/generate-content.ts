/**
 * Writes a large synthetic content folder for benchmarks: the real content
 * plus made-up items with valid frontmatter and references, and Vietnamese
 * prose (tones, `đ`) drawn from a broad vocabulary, so search meets text
 * shaped like a real portal's rather than one sentence repeated.
 *
 * Two ways to size it:
 *   --each N   N made-up items of EVERY collection (news, plans, events,
 *              stats, localities, titles, criteria): the scale benchmark.
 *   --count N  N made-up items in total, spread as a portal's content is
 *              (mostly news, no extra criteria): "a 20,000-item site".
 *
 * Every made-up item says so: titles start with "Dữ liệu thử", places are
 * "Tỉnh Mẫu Thử 3", "Xã Mẫu Thử 41", the source is "Dữ liệu tạo tự động để
 * đo hiệu năng". None of it is a fact; it never goes into `content/`.
 *
 * Usage:
 *   node_modules/.bin/node scripts/generate-content.ts --each 1000 --out /tmp/hoc-tap-1000
 * writes /tmp/hoc-tap-1000/content/ (refuses a folder that is not empty).
 * Build it with:
 *   CONTENT_DIR=/tmp/hoc-tap-1000/content ASTRO_CACHE_DIR=/tmp/hoc-tap-1000/cache \
 *     node_modules/.bin/astro build --outDir /tmp/hoc-tap-1000/dist
 * The same seed gives the same files, so runs compare like with like.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');

export const collections = ['news', 'plans', 'events', 'stats', 'localities', 'titles', 'criteria'] as const;
export type Collection = (typeof collections)[number];

/** Share of a `--count` total each collection gets; localities include the provinces they belong to. */
const shares: Record<Collection, number> = { news: 0.4, plans: 0.15, events: 0.15, stats: 0.12, localities: 0.15, titles: 0.03, criteria: 0 };
const realTitles = ['gia-dinh-hoc-tap', 'dong-ho-hoc-tap', 'cong-dong-hoc-tap', 'don-vi-hoc-tap', 'cong-dan-hoc-tap'];
const titleNames = ['Gia đình học tập', 'Dòng họ học tập', 'Cộng đồng học tập', 'Đơn vị học tập', 'Công dân học tập'];
const SOURCE = '  - name: Dữ liệu tạo tự động để đo hiệu năng (không phải thông tin thật)\n';
/** Issue 8 sizes the portal for 34 provinces; made-up places keep that fan-out. */
const maxProvinces = 34;

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

// Word banks. Sentences combine several banks, so the text has thousands of
// distinct words and phrases, with the movement's own words ("học tập",
// "khuyến học") common but not on every line, as in real reporting.
const bank = {
  org: [
    'Hội Khuyến học', 'Ủy ban nhân dân', 'Trung tâm học tập cộng đồng', 'Ban chỉ đạo xây dựng xã hội học tập', 'Chi hội khuyến học thôn',
    'Đoàn Thanh niên', 'Hội Liên hiệp Phụ nữ', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Hội Người cao tuổi', 'Thư viện',
    'Trường Tiểu học', 'Trường Trung học cơ sở', 'Mặt trận Tổ quốc', 'Phòng Văn hoá - Xã hội', 'Trạm Y tế', 'Bưu điện văn hoá',
    'Hợp tác xã nông nghiệp', 'Câu lạc bộ ông cháu cùng học', 'Ban công tác mặt trận khu dân cư',
  ],
  verb: [
    'tổ chức', 'triển khai', 'đánh giá', 'tuyên truyền về', 'hướng dẫn', 'tổng kết', 'phát động', 'đẩy mạnh', 'duy trì', 'mở rộng',
    'khảo sát', 'rà soát', 'nhân rộng', 'hỗ trợ', 'phối hợp thực hiện', 'sơ kết', 'kiểm tra', 'biểu dương', 'vận động tham gia', 'xây dựng',
  ],
  activity: [
    'phong trào xây dựng gia đình học tập', 'mô hình dòng họ học tập', 'tuần lễ hưởng ứng học tập suốt đời', 'ngày hội đọc sách',
    'lớp tiếng Anh cho người lớn', 'câu lạc bộ đọc sách', 'việc học kỹ năng số', 'tủ sách trên đường làng', 'lớp xoá mù chữ',
    'việc bình xét đơn vị học tập', 'cuộc thi tìm hiểu về công dân học tập', 'quỹ khuyến học', 'chương trình học trực tuyến',
    'đợt tập huấn cho cán bộ', 'hoạt động đọc sách buổi tối', 'lớp học nghề ngắn hạn', 'góc học tập cho thiếu nhi', 'thư viện số',
    'mô hình cộng đồng học tập cấp thôn', 'lớp bồi dưỡng chuyên đề', 'buổi nói chuyện về pháp luật', 'hội thi tin học trẻ',
    'chương trình trao học bổng', 'phong trào khuyến tài', 'cuộc vận động mỗi nhà một tủ sách', 'lớp dạy bơi cho trẻ em',
    'buổi chiếu phim khoa học', 'sân chơi tiếng Anh cuối tuần', 'lớp chuyển giao kỹ thuật', 'chuyên đề chuyển đổi số cho hộ kinh doanh',
  ],
  course: [
    'tin học văn phòng', 'kỹ thuật trồng lúa chất lượng cao', 'nuôi tôm thẻ chân trắng', 'sơ cấp cứu ban đầu', 'phòng chống đuối nước',
    'luật giao thông đường bộ', 'tiếng Khmer', 'chăm sóc sức khoẻ người cao tuổi', 'nấu ăn dinh dưỡng', 'may công nghiệp',
    'sửa chữa máy nông nghiệp', 'trồng rau an toàn', 'chăn nuôi bò thịt', 'bán hàng qua mạng', 'an toàn thông tin cá nhân',
    'thanh toán không dùng tiền mặt', 'phòng chống thiên tai', 'bảo vệ môi trường', 'phân loại rác tại nguồn', 'kỹ năng làm cha mẹ',
    'dịch vụ công trực tuyến', 'trồng cây ăn quả', 'nuôi ong lấy mật', 'làm hương', 'đan lát thủ công', 'điện dân dụng',
    'tiếng Trung giao tiếp', 'kỹ năng thuyết trình', 'chữ Hán Nôm', 'hát dân ca',
  ],
  group: [
    'người cao tuổi', 'phụ nữ', 'thanh niên', 'học sinh', 'nông dân', 'hội viên khuyến học', 'cán bộ thôn', 'người lao động tự do',
    'đồng bào dân tộc thiểu số', 'hộ nghèo', 'công nhân', 'tiểu thương', 'ngư dân', 'trẻ em', 'người khuyết tật', 'cựu chiến binh',
  ],
  when: [
    'trong cả năm', 'vào dịp cuối tuần', 'trong tháng hè', 'trước mùa mưa bão', 'vào buổi tối', 'sau vụ thu hoạch', 'trong quý đầu năm',
    'trong dịp Tết', 'vào đầu năm học mới', 'theo từng tháng', 'trong ba tháng cuối năm', 'giữa hai vụ lúa',
  ],
  where: [
    'tại nhà văn hoá thôn', 'ở trung tâm học tập cộng đồng', 'tại hội trường xã', 'ở các điểm sinh hoạt khu dân cư', 'tại thư viện',
    'ở sân trường', 'tại chùa trong ấp', 'qua nhóm Zalo của thôn', 'trên loa truyền thanh', 'tại nhà các hội viên',
  ],
  unit: ['hộ gia đình', 'dòng họ', 'thôn, ấp', 'tổ dân phố', 'cơ quan', 'trường học', 'doanh nghiệp', 'câu lạc bộ', 'chi hội'],
  trend: ['tăng', 'giảm nhẹ', 'tương đương', 'tăng mạnh', 'cao hơn'],
  future: [
    'mở thêm lớp học nghề', 'đưa thư viện số về từng thôn', 'nâng số hộ đạt danh hiệu', 'củng cố trung tâm học tập cộng đồng',
    'kêu gọi doanh nghiệp góp quỹ khuyến học', 'đào tạo thêm báo cáo viên', 'lồng ghép việc học vào sinh hoạt thôn',
    'số hoá sổ theo dõi hội viên', 'tổ chức thi đua giữa các chi hội', 'khen thưởng kịp thời gương học tập',
  ],
  fund: ['ngân sách xã', 'quỹ khuyến học', 'các nhà hảo tâm', 'doanh nghiệp trên địa bàn', 'con em xa quê', 'chương trình mục tiêu'],
  hurdle: [
    'kinh phí còn ít', 'người dân bận mùa vụ', 'cơ sở vật chất xuống cấp', 'thiếu người hướng dẫn', 'nhiều người đi làm ăn xa',
    'mạng internet chưa ổn định', 'tài liệu chưa phù hợp', 'việc ghi chép chưa đầy đủ',
  ],
  heading: [
    'Kết quả nổi bật', 'Những khó khăn', 'Nhiệm vụ thời gian tới', 'Cách làm hay', 'Nguồn lực', 'Ý kiến người dân', 'Bối cảnh',
    'Tổ chức thực hiện', 'Kinh phí', 'Đánh giá chung', 'Phân công', 'Đề xuất',
  ],
} as const;

export interface GenerateOptions {
  out: string;
  /** N made-up items of every collection. */
  each?: number;
  /** N made-up items in total, spread as `shares` says. */
  count?: number;
  seed?: number;
}

export function generateContent({ out, each, count, seed = 2026 }: GenerateOptions): Record<Collection, number> {
  if ((each === undefined) === (count === undefined)) throw new Error('Chọn đúng một trong hai: each hoặc count.');
  const contentDir = join(out, 'content');
  if (existsSync(contentDir) && readdirSync(contentDir).length) throw new Error(`${contentDir} đã có nội dung; chọn thư mục trống.`);
  mkdirSync(out, { recursive: true });
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const date = () => `20${int(20, 26)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  const quote = (s: string) => JSON.stringify(s);
  const num = (lo: number, hi: number) => int(lo, hi).toLocaleString('vi-VN');

  const sentences: ((place: string) => string)[] = [
    (p) => `${pick(bank.org)} ${p} ${pick(bank.verb)} ${pick(bank.activity)} cho ${pick(bank.group)} ${pick(bank.when)}.`,
    (p) => `Năm ${int(2019, 2026)}, ${p} có ${num(12, 2400)} ${pick(bank.unit)} được công nhận danh hiệu ${pick(titleNames)}, ${pick(bank.trend)} so với năm trước.`,
    () => `${capitalise(pick(bank.activity))} ${pick(bank.where)} thu hút ${num(30, 900)} lượt người, trong đó ${pick(bank.group)} chiếm ${int(10, 70)}%.`,
    (p) => `Trung tâm học tập cộng đồng ${p} mở ${int(2, 40)} lớp ${pick(bank.course)} cho ${pick(bank.group)} ${pick(bank.where)}.`,
    (p) => `Theo kế hoạch giai đoạn ${int(2021, 2025)}–2030, ${p} sẽ ${pick(bank.future)} và ${pick(bank.future)}.`,
    () => `Kinh phí cho ${pick(bank.activity)} do ${pick(bank.fund)} hỗ trợ, tổng cộng ${num(5, 900)} triệu đồng.`,
    () => `Khó khăn lớn nhất là ${pick(bank.hurdle)} và ${pick(bank.hurdle)}, nên ${pick(bank.org)} ${pick(bank.verb)} ${pick(bank.activity)} ${pick(bank.when)}.`,
    (p) => `Nhiều ${pick(bank.group)} ở ${p} đã học ${pick(bank.course)}, rồi tự mở lớp ${pick(bank.course)} ${pick(bank.where)}.`,
  ];
  const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const sentence = (place: string) => pick(sentences)(place);
  const paragraph = (place: string, n: number) => Array.from({ length: n }, () => sentence(place)).join(' ');
  const body = (place: string) =>
    Array.from({ length: int(2, 5) }, () => `## ${pick(bank.heading)}\n\n${paragraph(place, int(3, 6))}`).join('\n\n');

  const counts = Object.fromEntries(
    collections.map((c) => [c, each ?? (shares[c] ? Math.max(1, Math.round(count! * shares[c])) : 0)]),
  ) as Record<Collection, number>;
  const write = (collection: string, file: string, text: string) => {
    const dir = join(contentDir, collection, 'du-lieu-thu');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, file), text);
  };

  // Places: communes under at most 34 provinces, so locality pages and filters have a country's fan-out.
  const provinces = Math.min(maxProvinces, Math.max(1, Math.ceil(counts.localities / 20)));
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
  const madeUpTitles: string[] = [];
  for (let i = 1; i <= counts.titles; i += 1) {
    const id = `danh-hieu-thu-${i}`;
    titles.push(id);
    madeUpTitles.push(id);
    write(
      'titles',
      `${id}.md`,
      `---\ntitle: Dữ liệu thử - Danh hiệu mẫu số ${i}\nname: Danh hiệu mẫu số ${i}\norder: ${100 + i}\naudience: Đối tượng giả định dùng để đo hiệu năng\nsummary: ${quote(`Danh hiệu bịa số ${i}, chỉ để đo tốc độ dựng trang và tìm kiếm; không phải danh hiệu có thật.`)}\ndate: ${date()}\nsources:\n${SOURCE}---\n\n${body('thử nghiệm')}\n`,
    );
  }

  // Criteria sets belong to made-up titles where there are some, so no real guide gains invented criteria.
  for (let i = 1; i <= counts.criteria; i += 1) {
    const title = madeUpTitles.length ? madeUpTitles[(i - 1) % madeUpTitles.length]! : pick(realTitles);
    const criteria = Array.from({ length: int(2, 4) }, (_, c) => {
      const indicators = Array.from(
        { length: int(1, 3) },
        (_, k) => `      - id: tc${c + 1}-${k + 1}\n        text: ${quote(`Chỉ số bịa: ${sentence('đơn vị')}`)}\n`,
      ).join('');
      return `  - id: tc${c + 1}\n    name: ${quote(`Tiêu chí thử ${c + 1}: ${pick(bank.activity)}`)}\n    indicators:\n${indicators}`;
    }).join('');
    write(
      'criteria',
      `bo-tieu-chi-thu-${i}.yaml`,
      `title: ${title}\nlevel: ${pick(['xa', 'thon', 'chung'])}\nname: ${quote(`Dữ liệu thử - Bộ tiêu chí mẫu số ${i}`)}\norder: ${i}\n` +
        `legalSource:\n  number: ${i}/QĐ-THU\n  kind: Quyết định\n  issuer: Cơ quan giả định\n  subject: Bộ tiêu chí bịa để đo hiệu năng\n` +
        `status: partial\nmissing:\n  - Bộ tiêu chí bịa, không có cách chấm điểm.\ncriteria:\n${criteria}sources:\n${SOURCE}`,
    );
  }

  const prose = (collection: 'news' | 'plans' | 'events', n: number, extra: (i: number, where: { id: string; name: string }) => string) => {
    for (let i = 1; i <= n; i += 1) {
      const where = place();
      const kind = { news: 'Tin', plans: 'Kế hoạch', events: 'Sự kiện' }[collection];
      const title = `Dữ liệu thử - ${kind} số ${i}: ${where.name} ${pick(bank.verb)} ${pick(bank.activity)}`;
      const summary = `${sentence(where.name)} Bài bịa để đo hiệu năng, không phải tin thật.`;
      write(
        collection,
        `${collection}-thu-${i}.md`,
        `---\ntitle: ${quote(title)}\nsummary: ${quote(summary.slice(0, 290))}\ndate: ${date()}\n${extra(i, where)}sources:\n${SOURCE}localities: [${where.id}]\nlearningTitles: [${pick(titles)}]\n---\n\n${body(where.name)}\n`,
      );
    }
  };
  prose('news', counts.news, () => '');
  prose('plans', counts.plans, (i, where) => {
    const from = int(2021, 2026);
    return `number: ${i}/KH-UBND\nissuer: UBND ${where.name}\nlevel: xa\nperiod: { from: ${from}, to: ${from + int(0, 5)} }\ntasks:\n  - ${quote(sentence(where.name))}\n  - ${quote(sentence(where.name))}\ntargets:\n  - { indicator: "Hộ đạt danh hiệu Gia đình học tập (số bịa)", value: ${int(40, 95)}, unit: "%", year: ${from}, learningTitle: gia-dinh-hoc-tap }\n`;
  });
  prose('events', counts.events, (_, where) => {
    const start = date();
    return `start: ${start}\nend: ${start}\nlocality: ${where.id}\norganiser: ${quote(`${pick(bank.org)} ${where.name}`)}\nvenue: ${quote(`Nhà văn hoá ${where.name}`)}\n`;
  });
  for (let i = 1; i <= counts.stats; i += 1) {
    const where = place();
    const y = int(2020, 2026);
    write(
      'stats',
      `so-lieu-thu-${i}.yaml`,
      `title: ${quote(`Dữ liệu thử - Số liệu số ${i} của ${where.name}`)}\nsummary: ${quote(`Các con số bịa về ${pick(bank.activity)} ở ${where.name}, chỉ để đo hiệu năng.`)}\ndate: ${date()}\nlocality: ${where.id}\nyear: ${y}\nkind: ${random() < 0.5 ? 'result' : 'target'}\nsources:\n${SOURCE}series:\n  - { indicator: "Hộ đạt Gia đình học tập (số bịa)", learningTitle: gia-dinh-hoc-tap, value: ${int(30, 95)}, unit: "%" }\n  - { indicator: "Dòng họ đạt Dòng họ học tập (số bịa)", learningTitle: dong-ho-hoc-tap, value: ${int(30, 95)}, unit: "%" }\n`,
    );
  }
  return counts;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { each: { type: 'string' }, count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } });
  const size = Number(values.each ?? values.count);
  if (!Number.isInteger(size) || size < 1 || !values.out || (values.each && values.count)) {
    console.error('Cách dùng: node_modules/.bin/node scripts/generate-content.ts (--each 1000 | --count 20000) --out /tmp/hoc-tap [--seed 2026]');
    process.exit(1);
  }
  const out = resolve(values.out);
  if (out === root || out.startsWith(`${join(root, 'content')}`)) {
    console.error('Không ghi vào thư mục dự án hay content/: chọn một thư mục tạm.');
    process.exit(1);
  }
  const made = generateContent({ out, ...(values.each ? { each: size } : { count: size }), ...(values.seed ? { seed: Number(values.seed) } : {}) });
  console.log(`Đã ghi ${join(out, 'content')}:`, made);
}
