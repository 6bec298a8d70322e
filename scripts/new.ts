/**
 * `npm run new -- <collection> "<title>"`: writes a starting file for an
 * editor, with today's date and an ASCII slug, and never overwrites one.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { scaffold, scaffoldCollections, type ScaffoldCollection } from './lib/scaffold.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
const [collection, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!collection || !title || !(scaffoldCollections as readonly string[]).includes(collection)) {
  fail(`Cách dùng: npm run new -- <loại> "<tiêu đề>"\n  loại: ${scaffoldCollections.join(', ')}\n  ví dụ: npm run new -- news "Xã Xuân Hiệp khai mạc tuần lễ học tập"`);
}

/** Files with this slug anywhere in the collection, whatever the folder or extension. */
function sameSlug(dir: string, slug: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sameSlug(join(dir, d.name), slug)
      : d.name.replace(/\.(md|mdx|ya?ml|json)$/, '') === slug
        ? [join(dir, d.name)]
        : [],
  );
}

// The date in Vietnam, where editors work, not the machine's time zone.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const file = scaffold(collection as ScaffoldCollection, title, today);
const target = join(contentDir, file.path);
const slug = file.path.split('/').at(-1)!.replace(/\.\w+$/, '');
const existing = sameSlug(join(contentDir, collection), slug);
if (existing.length > 0) {
  fail(`Đã có tệp cùng tên: ${existing.map((f) => relative(process.cwd(), f)).join(', ')}\nKhông ghi đè. Đặt tiêu đề khác, hoặc sửa tệp đã có.`);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, file.text, { flag: 'wx' });
console.log(`Đã tạo ${relative(process.cwd(), target)}\nĐiền mọi chỗ «…», rồi xem trước bằng: npm run dev (bản nháp chỉ hiện ở đó).`);
