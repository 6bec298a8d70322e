/**
 * Page budgets, in bytes and pixels, never in seconds: a budget in time
 * would pass or fail with the load on the machine.
 */
import { extname, relative } from 'node:path';
import sharp from 'sharp';
import { pageAssets } from './weight';

/** HTML plus CSS of an article page, gzip-compressed. */
export const ARTICLE_HTML_CSS_BUDGET = 40 * 1024;

/**
 * The web editor's script at /admin/, gzip-compressed: its own allowance, since
 * no reader loads it (1.7 MB in November 2026, Decap CMS with every widget).
 */
export const ADMIN_SCRIPT_BUDGET = 2 * 1024 * 1024;

/** Formats a phone decodes small: vector, or the modern raster formats. */
const modernFormats = new Set(['.svg', '.avif', '.webp']);

/**
 * A file may carry twice the pixels it is shown at (for sharp screens), no
 * more: a 2,000 px photo squeezed into a 400 px column is wasted bytes.
 */
export const MAX_DENSITY = 2;

export interface ImageProblem {
  src: string;
  problem: string;
}

/**
 * Every `<img>` of a page: a modern format, `width` and `height` set (so the
 * page does not jump as it loads), and a file no larger than shown.
 */
export async function imageProblems(distDir: string, html: string): Promise<ImageProblem[]> {
  const problems: ImageProblem[] = [];
  const files = new Map(pageAssets(distDir, html).images.map((f) => [`/${relative(distDir, f).split('\\').join('/')}`, f]));
  for (const [, tag] of html.matchAll(/(<img\b[^>]*>)/g)) {
    const attr = (name: string) => new RegExp(`\\s${name}="?([^" >]+)`).exec(tag!)?.[1];
    const src = attr('src') ?? '(no src)';
    const width = Number(attr('width'));
    const height = Number(attr('height'));
    if (!(width > 0) || !(height > 0)) problems.push({ src, problem: 'thiếu width hoặc height' });
    const path = src.split(/[?#]/)[0]!;
    if (!modernFormats.has(extname(path).toLowerCase())) problems.push({ src, problem: `định dạng ${extname(path) || 'không rõ'} (cần AVIF, WebP hoặc SVG)` });
    const file = files.get(path);
    if (!file) {
      problems.push({ src, problem: 'không có tệp ảnh trong bản dựng' });
      continue;
    }
    if (width > 0 && extname(path).toLowerCase() !== '.svg') {
      const meta = await sharp(file).metadata();
      if ((meta.width ?? 0) > width * MAX_DENSITY) {
        problems.push({ src, problem: `ảnh rộng ${meta.width}px, hiển thị ${width}px (tối đa gấp ${MAX_DENSITY})` });
      }
    }
  }
  return problems;
}
