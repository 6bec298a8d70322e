/**
 * `src/lib/content/` answers "is the content sound, and what does it link
 * to": body checks (this module), references between entries, what is
 * related to an item (`related.ts`), raw dates, cited sources and the open
 * data files.
 *
 * Checks on the body of a Markdown or MDX file that no schema can make:
 * unsafe HTML, images without a description or missing from disk, and links
 * to pages of this site that do not exist.
 *
 * Astro 7 renders Markdown with Sätteri, which runs no remark plugins, so
 * these checks read the text as written. That also lets them name the line.
 * Code (fenced blocks and `inline code`) is skipped: a guide may show a
 * `<script>` tag as an example without running it.
 */

export interface BodyProblem {
  line: number;
  /** What is wrong and how to fix it, in Vietnamese, for the editor. */
  message: string;
}

export interface BodyContext {
  /** Is this site path (`/tin-tuc/abc/`, no query or hash) a page the build makes? */
  pageExists: (path: string) => boolean;
  /** Does this image path, as written in the file (`./anh.jpg`), exist beside it? */
  imageExists: (src: string) => boolean;
}

/**
 * Frames are allowed only for pages of this site: any other origin would
 * break the rule that no request leaves the site (and the CSP would block it).
 */
export function isAllowedEmbed(src: string): boolean {
  return src.startsWith('/') && !src.startsWith('//');
}

/** Replaces code with spaces, keeping line and column positions. */
export function blankCode(text: string): string {
  const lines = text.split(/\r?\n/);
  let fence: string | undefined;
  const out = lines.map((line) => {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opener && opener[1]![0] === fence[0] && opener[1]!.length >= fence.length) fence = undefined;
      return ' '.repeat(line.length);
    }
    if (opener) {
      fence = opener[1];
      return ' '.repeat(line.length);
    }
    return line.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
  });
  return out.join('\n');
}

/** Splits off YAML front matter, returning the body and the line it starts on. */
export function splitFrontmatter(text: string): { body: string; firstLine: number } {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { body: text, firstLine: 1 };
  return { body: text.slice(m[0].length), firstLine: m[0].split(/\n/).length };
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["'\`]([^"'\`]*)["'\`]\\s*\\}|([^\\s>"']+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '') : undefined;
}

function isSiteLink(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

function sitePath(url: string): string {
  return url.replace(/[?#].*$/, '') || '/';
}

function isRemote(src: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//');
}

/**
 * Every problem in a Markdown/MDX body. `text` is the whole file, front
 * matter included, so line numbers match what the editor sees.
 */
export function checkBody(text: string, ctx: BodyContext): BodyProblem[] {
  const { body, firstLine } = splitFrontmatter(text);
  const clean = blankCode(body);
  const problems: BodyProblem[] = [];
  const lineAt = (index: number) => firstLine + clean.slice(0, index).split('\n').length - 1;
  const report = (index: number, message: string) => problems.push({ line: lineAt(index), message });

  // HTML or JSX tags, wherever they are.
  for (const m of clean.matchAll(/<([A-Za-z][\w.-]*)((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/g)) {
    const name = m[1]!.toLowerCase();
    const tag = m[0];
    if (name === 'script') {
      report(m.index, 'không được chèn mã <script> vào bài: trang của cổng không chạy mã do bài viết đưa vào. Xoá thẻ <script>.');
    }
    if (name === 'object' || name === 'embed') {
      report(m.index, `không được dùng thẻ <${name}>: nó tải nội dung từ nơi khác. Đưa liên kết tới tài liệu thay vào đó.`);
    }
    for (const handler of tag.matchAll(/\s(on[a-z]+)\s*=/gi)) {
      report(m.index, `thuộc tính ${handler[1]} chạy mã khi người đọc bấm hoặc rê chuột: không được dùng trong bài. Xoá thuộc tính ${handler[1]}.`);
    }
    for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
      const value = attr(tag, name);
      if (value !== undefined && /^\s*(javascript|vbscript|data):/i.test(value) && !(name === 'src' && /^\s*data:image\//i.test(value))) {
        report(m.index, `địa chỉ "${value.slice(0, 30)}" trong ${name} chạy mã: chỉ dùng địa chỉ https:// hoặc đường dẫn trong cổng (/tin-tuc/...).`);
      }
    }
    if (name === 'iframe') {
      const src = attr(tag, 'src') ?? '';
      if (!isAllowedEmbed(src)) {
        report(m.index, `khung nhúng <iframe> từ "${src}" không được phép: cổng không tải gì từ trang khác. Thay bằng một liên kết tới trang đó.`);
      }
    }
    if (name === 'img') {
      const alt = attr(tag, 'alt');
      if (alt === undefined || alt.trim() === '') {
        report(m.index, 'ảnh <img> thiếu mô tả (alt): viết alt="…" nói ảnh cho thấy gì, cho người không nhìn thấy ảnh.');
      }
      const src = attr(tag, 'src');
      if (src && !isRemote(src) && !isSiteLink(src) && !ctx.imageExists(src)) {
        report(m.index, `không tìm thấy tệp ảnh "${src}" cạnh bài viết: kiểm tra tên tệp và thư mục.`);
      }
    }
    const href = name === 'a' ? attr(tag, 'href') : undefined;
    if (href && isSiteLink(href) && !ctx.pageExists(sitePath(href))) {
      report(m.index, `liên kết tới "${href}": trang này không có trong cổng. Kiểm tra đường dẫn (tên tệp của bài là phần cuối đường dẫn).`);
    }
  }

  // Markdown images: ![alt](src "title")
  for (const m of clean.matchAll(/!\[([^\]]*)\]\(\s*<?((?:[^\s()<>]|\([^\s()]*\))+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const [, alt, src] = m as unknown as [string, string, string];
    if (alt.trim() === '') {
      report(m.index, `ảnh "${src}" thiếu mô tả: viết ![mô tả ảnh](${src}), nói ảnh cho thấy gì, cho người không nhìn thấy ảnh.`);
    }
    if (/^\s*(javascript|vbscript):/i.test(src)) {
      report(m.index, `địa chỉ ảnh "${src.slice(0, 30)}" chạy mã: chỉ dùng tệp ảnh đặt cạnh bài.`);
    } else if (!isRemote(src) && !isSiteLink(src) && !ctx.imageExists(src)) {
      report(m.index, `không tìm thấy tệp ảnh "${src}" cạnh bài viết: kiểm tra tên tệp và thư mục.`);
    }
  }

  // Markdown links: [text](url) and reference definitions [id]: url
  const links = [
    ...[...clean.matchAll(/(?<!!)\[[^\]]*\]\(\s*<?((?:[^\s()<>]|\([^\s()]*\))+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => ({ index: m.index, url: m[1]! })),
    ...[...clean.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => ({ index: m.index, url: m[1]! })),
  ];
  for (const { index, url } of links) {
    if (/^\s*(javascript|vbscript|data):/i.test(url)) {
      report(index, `liên kết "${url.slice(0, 30)}" chạy mã: chỉ dùng địa chỉ https:// hoặc đường dẫn trong cổng (/tin-tuc/...).`);
    } else if (isSiteLink(url) && !ctx.pageExists(sitePath(url))) {
      report(index, `liên kết tới "${url}": trang này không có trong cổng. Kiểm tra đường dẫn (tên tệp của bài là phần cuối đường dẫn).`);
    }
  }

  return problems.sort((a, b) => a.line - b.line);
}

/**
 * Whether a site path is a page, given the section paths, the slugs of each
 * section's items and the other pages. An item path (`/tin-tuc/<slug>/`)
 * must name an existing file; deeper pages (`/tin-tuc/trang/2/`,
 * `/danh-hieu/tieu-chi/<title>/`) and files (`/tin-tuc/rss.xml`) are left to
 * the check on the built site, which sees every page.
 */
export function makePageExists(sections: Record<string, string[]>, otherPages: string[]): (path: string) => boolean {
  const pages = new Set(otherPages);
  for (const [section, slugs] of Object.entries(sections)) {
    pages.add(section);
    for (const slug of slugs) pages.add(`${section}${slug}/`);
  }
  return (path) => {
    if (pages.has(path)) return true;
    if (!path.endsWith('/') && pages.has(`${path}/`)) return false;
    const section = Object.keys(sections).find((s) => path.startsWith(s));
    if (!section) return false;
    const rest = path.slice(section.length);
    return /^[^/]+\/[^/]/.test(rest) || /^[^/]+\.[a-z0-9]+$/i.test(rest);
  };
}
