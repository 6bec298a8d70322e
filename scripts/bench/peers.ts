/**
 * The peers the portal is measured against, set up in temporary folders
 * outside the repository and never committed: Starlight (Astro's docs theme,
 * from npm) and Hugo (Debian's `hugo` package). Both get the very same
 * generated news files; each is asked to build them the way a site of its
 * kind would, with its search index where it has one built in.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './project.ts';
import { run, type RunResult } from './measure.ts';

const pinnedNode = join(repoRoot, 'node_modules/.bin/node');

function newsFiles(contentDir: string): string[] {
  const dir = join(contentDir, 'news');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f) && !f.split('/').at(-1)!.startsWith('_'));
}

/**
 * Starlight with the Astro version the portal uses. Installed once per
 * folder; the sidebar is given by hand, because Starlight's default (every
 * page in the sidebar of every page) makes pages grow with the site and
 * would be an unfair comparison at 20,000 items.
 */
export function setupStarlight(dir: string): void {
  const astroVersion = JSON.parse(readFileSync(join(repoRoot, 'node_modules/astro/package.json'), 'utf8')).version as string;
  mkdirSync(dir, { recursive: true });
  const pkg = {
    name: 'bench-starlight',
    private: true,
    type: 'module',
    scripts: { build: 'astro build' },
    dependencies: { astro: astroVersion, '@astrojs/starlight': 'latest', sharp: '*' },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  if (!existsSync(join(dir, 'node_modules/@astrojs/starlight'))) {
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`npm install for Starlight failed:\n${install.stderr}`);
  }
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'Học tập suốt đời',
      defaultLocale: 'root',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
      sidebar: [{ label: 'Tin tức', link: '/' }],
    }),
  ],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
}

/**
 * The generated news files as Starlight docs at the same URLs
 * (`/tin-tuc/<slug>/`). Starlight's schema ignores the fields it does not
 * know and takes `title` as it is; `summary` becomes its `description`.
 */
export function fillStarlight(dir: string, contentDir: string): number {
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, 'tin-tuc'), { recursive: true });
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Học tập suốt đời\ndescription: Tin tức về xây dựng xã hội học tập.\n---\n\nTin tức.\n');
  const files = newsFiles(contentDir);
  for (const file of files) {
    const text = readFileSync(join(contentDir, 'news', file), 'utf8').replace(/^summary:/m, 'description:');
    writeFileSync(join(docs, 'tin-tuc', file.split('/').at(-1)!), text);
  }
  return files.length;
}

export function buildStarlight(dir: string): RunResult {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  const result = run(pinnedNode, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (!result.ok) throw new Error(`Starlight build failed:\n${result.output.slice(-4000)}`);
  return result;
}

export function hugoVersion(): string | undefined {
  const v = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return v.status === 0 ? v.stdout.trim() : undefined;
}

/**
 * Hugo has no default theme, so it gets a small one written here: the same
 * shell as the portal's pages (header, breadcrumbs, main, footer), no
 * script, one small stylesheet. Its page weight is therefore a floor: what
 * Hugo writes around the same text when the template asks for little.
 */
export function setupHugo(dir: string, contentDir: string): number {
  rmSync(dir, { recursive: true, force: true });
  const layouts = join(dir, 'layouts/_default');
  mkdirSync(layouts, { recursive: true });
  mkdirSync(join(dir, 'static'), { recursive: true });
  writeFileSync(
    join(dir, 'hugo.toml'),
    `baseURL = "http://127.0.0.1:4321/"
languageCode = "vi"
title = "Học tập suốt đời"
buildFuture = true
disableKinds = ["taxonomy", "term", "RSS"]
paginate = 20
`,
  );
  writeFileSync(
    join(layouts, 'baseof.html'),
    `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
<meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ .Site.Title }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="/site.css">
</head>
<body>
<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung</a>
<header><a href="/">{{ .Site.Title }}</a> <nav><a href="/tin-tuc/">Tin tức</a></nav></header>
<main id="noi-dung">{{ block "main" . }}{{ end }}</main>
<footer>{{ .Site.Title }}</footer>
</body>
</html>
`,
  );
  writeFileSync(
    join(layouts, 'single.html'),
    `{{ define "main" }}<nav aria-label="Đường dẫn"><a href="/tin-tuc/">Tin tức</a></nav>
<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "02/01/2006" }}</p><p class="lead">{{ .Params.summary }}</p>{{ .Content }}</article>{{ end }}
`,
  );
  writeFileSync(
    join(layouts, 'list.html'),
    `{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Params.summary }}</p></article>{{ end }}
{{ with .Paginator.Next }}<a href="{{ .URL }}">Trang sau</a>{{ end }}{{ end }}
`,
  );
  writeFileSync(
    join(dir, 'static/site.css'),
    'body{font-family:system-ui,sans-serif;line-height:1.6;max-width:42rem;margin:0 auto;padding:0 1rem}.skip-link{position:absolute;left:-999px}.skip-link:focus{left:1rem}\n',
  );
  const target = join(dir, 'content/tin-tuc');
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, '_index.md'), '---\ntitle: Tin tức\n---\n');
  writeFileSync(join(dir, 'content/_index.md'), '---\ntitle: Học tập suốt đời\n---\n');
  const files = newsFiles(contentDir);
  for (const file of files) cpSync(join(contentDir, 'news', file), join(target, file.split('/').at(-1)!));
  return files.length;
}

export function buildHugo(dir: string): RunResult {
  rmSync(join(dir, 'public'), { recursive: true, force: true });
  rmSync(join(dir, 'resources'), { recursive: true, force: true });
  const result = run('hugo', ['--quiet', '--cleanDestinationDir'], { cwd: dir });
  if (!result.ok) throw new Error(`Hugo build failed:\n${result.output.slice(-4000)}`);
  return result;
}

