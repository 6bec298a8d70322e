/**
 * The starting file `npm run new` writes for each collection: valid for the
 * schema, with every field an editor must fill marked `«…»`. Prose items
 * and datasets start as drafts, so a half-written file is never published,
 * and the build refuses a `«…»` left in a published file.
 */
import { slugify } from '../../src/lib/site/slug.ts';

export const scaffoldCollections = ['news', 'events', 'plans', 'titles', 'stats', 'localities'] as const;
export type ScaffoldCollection = (typeof scaffoldCollections)[number];

/** Marks a place the editor must fill; the build refuses it outside drafts. */
export const placeholderPattern = /«[^»\n]*»/;

export interface Scaffold {
  /** Relative to `content/`. */
  path: string;
  text: string;
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

const sourceBlock = [
  '# BẮT BUỘC: ít nhất một nguồn. Chỉ ghi những gì nguồn nêu; trường nào nguồn không có thì xoá dòng đó.',
  'sources:',
  '  - name: "«tên nguồn, ví dụ Trang thông tin điện tử huyện Càng Long»"',
  '    # url: https://«địa chỉ bài gốc»',
  '    # date: «ngày bài gốc đăng, ví dụ 2024-05-02 hoặc --05-30»',
];

function proseHead(title: string, today: string): string[] {
  return [
    '---',
    '# Tệp này viết bởi `npm run new`. Điền mọi chỗ «…», rồi xoá dòng `draft: true` để đăng.',
    `title: ${yamlString(title)} # BẮT BUỘC, 5–160 ký tự`,
    '# BẮT BUỘC: một hai câu, 30–300 ký tự; hiện trong danh sách và kết quả tìm kiếm.',
    'summary: "«Tóm tắt bài viết trong một hai câu, nói rõ ai, làm gì, ở đâu.»"',
    `date: ${today} # BẮT BUỘC: ngày đăng trên cổng`,
    ...sourceBlock,
    '# Mã địa phương (tên tệp trong content/localities/) và danh hiệu (content/titles/), nếu có.',
    'localities: []',
    'learningTitles: []',
  ];
}

const draftTail = ['draft: true # xoá dòng này khi bài đã xong', '---'];
const body = ['', '«Nội dung bài: viết lại bằng lời của mình, mỗi con số đều theo nguồn.»', ''];

export function scaffold(collection: ScaffoldCollection, title: string, today: string): Scaffold {
  const slug = slugify(title);
  if (!slug) throw new Error(`không tạo được tên tệp từ tiêu đề "${title}"`);
  const year = Number(today.slice(0, 4));
  const lines = ((): string[] => {
    switch (collection) {
      case 'news':
        return [...proseHead(title, today), ...draftTail, ...body];
      case 'events':
        return [
          ...proseHead(title, today),
          `start: ${today} # BẮT BUỘC (hoặc recurrence): sửa thành ngày bắt đầu`,
          '# end: «ngày kết thúc, nếu có»',
          '# venue: «địa điểm»',
          '# organiser: «đơn vị tổ chức»',
          ...draftTail,
          ...body,
        ];
      case 'plans':
        return [
          ...proseHead(title, today),
          '# number: «số hiệu, ví dụ 67/KH-UBND; xoá dòng nếu nguồn không nêu»',
          'issuer: "«cơ quan ban hành, ví dụ UBND huyện Càng Long»" # BẮT BUỘC',
          'level: tinh # BẮT BUỘC: quoc-gia, tinh, thanh-pho, huyen hoặc xa',
          '# issued: «ngày ban hành, ví dụ 2024-05-02 hoặc --05-30 nếu nguồn không nêu năm»',
          `period: { from: ${year}, to: ${year} } # BẮT BUỘC: năm bắt đầu và kết thúc của kế hoạch`,
          'targets: []',
          'tasks: []',
          ...draftTail,
          ...body,
        ];
      case 'titles':
        return [
          ...proseHead(title, today),
          `name: ${yamlString(title)} # BẮT BUỘC: tên danh hiệu như khi công nhận`,
          'order: 99 # BẮT BUỘC: vị trí trong danh sách',
          'audience: "«ai được công nhận»" # BẮT BUỘC',
          'legalBasis: []',
          ...draftTail,
          ...body,
        ];
      case 'stats':
        return [
          '# Tệp này viết bởi `npm run new`. Điền mọi chỗ «…», rồi xoá dòng `draft: true` để đăng.',
          `title: ${yamlString(title)} # BẮT BUỘC`,
          'summary: "«Bộ số liệu này cho biết gì, của nơi nào, năm nào.»" # BẮT BUỘC, 30–300 ký tự',
          `date: ${today} # BẮT BUỘC: ngày đăng trên cổng`,
          ...sourceBlock,
          '# BẮT BUỘC một trong hai: locality (mã địa phương) hoặc scope (nguồn nói về phạm vi nào)',
          'scope: "«phạm vi như nguồn nêu»"',
          `year: ${year} # BẮT BUỘC: năm của số liệu`,
          'kind: result # BẮT BUỘC: result (kết quả) hoặc target (mục tiêu)',
          '# BẮT BUỘC: ít nhất một chỉ số, đúng như nguồn công bố',
          'series:',
          '  - indicator: "«tên chỉ số»"',
          '    value: 0 # «giá trị theo nguồn, dấu chấm cho phần thập phân»',
          '    unit: "%"',
          'draft: true # xoá dòng này khi số liệu đã xong',
          '',
        ];
      case 'localities':
        return [
          '# Tệp này viết bởi `npm run new`. Điền mọi chỗ «…»: bản dựng không chấp nhận chỗ chưa điền.',
          `name: ${yamlString(title)} # BẮT BUỘC: tên như nguồn gọi vào thời điểm đó`,
          'level: xa # BẮT BUỘC: quoc-gia, tinh, thanh-pho, huyen hoặc xa',
          '# parent: «mã địa phương cấp trên, ví dụ tra-vinh»',
          ...sourceBlock,
          '',
        ];
    }
  })();
  const ext = collection === 'stats' || collection === 'localities' ? 'yaml' : 'md';
  return { path: `${collection}/${slug}.${ext}`, text: lines.join('\n') };
}

/**
 * The first `«…»` left in a file that is not a draft, with its line. YAML
 * comments (the hints `npm run new` writes) do not count; a Markdown file's
 * body does.
 */
export function findPlaceholder(text: string): { line: number; text: string } | undefined {
  if (/^draft:\s*true\b/m.test(text)) return undefined;
  const lines = text.split(/\r?\n/);
  const hasFrontmatter = lines[0] === '---';
  const frontmatterEnd = hasFrontmatter ? lines.indexOf('---', 1) : lines.length;
  for (const [i, line] of lines.entries()) {
    const inYaml = !hasFrontmatter || (i > 0 && i < frontmatterEnd);
    const visible = inYaml ? line.replace(/(^|\s)#.*$/, '') : line;
    const m = placeholderPattern.exec(visible);
    if (m) return { line: i + 1, text: m[0] };
  }
  return undefined;
}
