/**
 * When a page last changed and where its source file is: pure functions over
 * the output of one `git log` (see src/data/git-history.ts), so the rules are
 * tested without a repository.
 */
import { listOfPath, sectionPaths, type CollectionSection } from './routes';

/**
 * Reads `git log --format=%x1e%H%x1f%cI --name-only` (newest first) into the
 * newest commit date of each file. Commits in `unreliable` (the boundary of a
 * shallow clone, which stands in for all the history cut off) date nothing:
 * a file last seen there may have changed long before.
 */
export function parseGitLog(output: string, unreliable: ReadonlySet<string> = new Set()): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const record of output.split('\x1e')) {
    const [header, ...files] = record.split('\n');
    const [hash, iso] = (header ?? '').split('\x1f');
    if (!hash || !iso) continue;
    const when = new Date(iso);
    if (Number.isNaN(when.getTime())) continue;
    for (const raw of files) {
      const file = raw.trim();
      if (!file || dates.has(file)) continue;
      // Even an unreliable commit marks the file as seen, so an older commit cannot date it either.
      dates.set(file, unreliable.has(hash) ? new Date(Number.NaN) : when);
    }
  }
  for (const [file, when] of dates) if (Number.isNaN(when.getTime())) dates.delete(file);
  return dates;
}

/** The newest date among files equal to, or inside, any of the given paths (a path ending in `/` is a folder). */
export function newestFor(paths: readonly string[], dates: ReadonlyMap<string, Date>): Date | undefined {
  let newest: Date | undefined;
  const consider = (when: Date | undefined) => {
    if (when && (!newest || when > newest)) newest = when;
  };
  // A file is one lookup; only folders (list pages, a few per section) walk the whole map.
  for (const p of paths) if (!p.endsWith('/')) consider(dates.get(p));
  const folders = paths.filter((p) => p.endsWith('/'));
  if (folders.length > 0) {
    for (const [file, when] of dates) if (folders.some((f) => file.startsWith(f))) consider(when);
  }
  return newest;
}

export interface PageSource {
  /** Files whose changes change the page. */
  files: string[];
  /** The file an editor changes to change the page. */
  edit: string;
}

const listTemplates: Record<CollectionSection, string> = {
  news: 'src/pages/tin-tuc/[...page].astro',
  plans: 'src/pages/ke-hoach/[...page].astro',
  titles: 'src/pages/danh-hieu/index.astro',
  events: 'src/pages/su-kien/[...page].astro',
  stats: 'src/pages/so-lieu/[...page].astro',
  localities: 'src/pages/dia-phuong/[...page].astro',
};

/**
 * Where a page comes from. A page that renders one content file (an item, a
 * standing page such as /gioi-thieu/) comes from that file; a list from its
 * collection's folder and its template; the home page from all content; any
 * other page from its own template.
 */
export function pageSource(pathname: string, contentFile?: string | undefined): PageSource | undefined {
  if (contentFile) return { files: [contentFile], edit: contentFile };
  const list = listOfPath(pathname);
  if (list) {
    const folder = `content/${list}/`;
    return { files: [folder, listTemplates[list]], edit: folder };
  }
  if (pathname === '/') return { files: ['content/', 'src/pages/index.astro'], edit: 'src/pages/index.astro' };
  const segments = pathname.split('/').filter(Boolean);
  if (segments.length !== 1) return undefined;
  const seg = segments[0];
  const known = Object.values(sectionPaths).includes(`/${seg}/` as never);
  if (seg && known) return { files: [`src/pages/${seg}/index.astro`], edit: `src/pages/${seg}/index.astro` };
  return undefined;
}

/**
 * The date a page shows as last updated: the `updated` its file sets, else
 * the last commit that changed its files, never earlier than its publication date.
 */
export function lastUpdated(
  own: { date?: Date | undefined; updated?: Date | undefined },
  fromGit: Date | undefined,
): Date | undefined {
  if (own.updated) return own.updated;
  if (fromGit && own.date && fromGit < own.date) return own.date;
  return fromGit ?? own.date;
}

/**
 * The "Sửa trang này" link: a file opens in the forge's editor, a folder in
 * its listing. `/edit/` and `/tree/` are the paths GitHub, Gitea and Forgejo use.
 */
export function editUrl(repoUrl: string, branch: string, path: string): string {
  const base = repoUrl.replace(/\/+$/, '');
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return path.endsWith('/') ? `${base}/tree/${branch}/${encoded}` : `${base}/edit/${branch}/${encoded}`;
}

/** The calendar day in Việt Nam (UTC+7, no daylight saving) of a moment, as UTC midnight like content dates. */
export function vietnamDay(instant: Date): Date {
  const shifted = new Date(instant.getTime() + 7 * 3600 * 1000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}
