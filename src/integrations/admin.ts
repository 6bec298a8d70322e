/**
 * Writes the web editor (Decap CMS) into `<out>/admin/`: its page, its
 * config.yml generated from the schemas, its script bundled from
 * node_modules (nothing fetched from a CDN), and the site's stylesheet for
 * previews. Run after Astro by the integration below (`npm run build`), and by
 * `npm run cms` for the working copy.
 *
 * The page has a Content-Security-Policy of its own, wider than the site's
 * where the editor needs it (see adminCsp) and appended to `_headers`; it is
 * left out of search, the sitemap and robots.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { dump } from 'js-yaml';
import { cmsConfig, type CmsBackend } from '../lib/cms/config.ts';
import { settings } from '../data/settings.ts';

const root = resolve(import.meta.dirname, '../..');
const entry = join(root, 'src/scripts/admin/cms.ts');
const cacheDir = join(root, 'node_modules/.cache/hts-admin');

/** Origins the editor talks to: the forge's API and its sign-in service. */
export function backendOrigins(backend: CmsBackend): string[] {
  if (backend.name === 'proxy') return [new URL(backend.proxy_url).origin];
  const urls = [backend.api_root, backend.base_url];
  if (backend.name === 'github' && !backend.api_root) urls.push('https://api.github.com');
  if (backend.name === 'gitlab' && !backend.api_root) urls.push('https://gitlab.com');
  return [...new Set(urls.filter((u): u is string => Boolean(u)).map((u) => new URL(u).origin))];
}

/**
 * The editor's policy. Wider than the site's in three places, each because
 * the CMS needs it: `'unsafe-eval'` (Decap validates its config with Ajv,
 * which compiles checks with `new Function`), `'unsafe-inline'` styles (its
 * components inject their CSS at run time) and `blob:` images (previews of
 * uploaded pictures); `connect-src` adds the forge's API.
 */
export function adminCsp(backend: CmsBackend, { header = false } = {}): string {
  const connect = ["'self'", ...backendOrigins(backend)];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'unsafe-eval'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...connect.slice(1)]],
    ['font-src', ["'self'"]],
    ['connect-src', connect],
    ['frame-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ...(header ? ([['frame-ancestors', ["'none'"]]] as [string, string[]][]) : []),
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/**
 * The forge the deployed editor commits to, from REPO_URL / REPO_BRANCH and
 * CMS_BACKEND (github, gitlab, gitea, forgejo); CMS_AUTH_URL is the OAuth
 * service GitHub needs, CMS_APP_ID the OAuth application of GitLab and Gitea.
 */
export function backendFromEnv(env: NodeJS.ProcessEnv = process.env): CmsBackend {
  const kind = (env.CMS_BACKEND ?? 'github') as 'github' | 'gitlab' | 'gitea' | 'forgejo';
  const repoUrl = settings.repoUrl ? new URL(settings.repoUrl) : undefined;
  const repo = repoUrl ? repoUrl.pathname.replace(/^\/|\/$|\.git$/g, '') : 'owner/hoc-tap-suot-doi';
  const backend: CmsBackend = { name: kind, repo, branch: settings.repoBranch };
  if (env.CMS_AUTH_URL) backend.base_url = env.CMS_AUTH_URL;
  if (env.CMS_APP_ID) {
    backend.app_id = env.CMS_APP_ID;
    backend.auth_type = 'pkce';
  }
  if (repoUrl && kind !== 'github') {
    backend.api_root = `${repoUrl.origin}${kind === 'gitlab' ? '/api/v4' : '/api/v1'}`;
    backend.base_url ??= repoUrl.origin;
  }
  return backend;
}

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/**
 * Bundles the editor's script once per change of its inputs: Decap is large
 * (several seconds to bundle), and the tests build the site many times.
 */
async function bundle(): Promise<{ code: Buffer; name: string }> {
  const lock = sha(readFileSync(join(root, 'package-lock.json')));
  const manifestFile = join(cacheDir, 'inputs.json');
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { lock: string; files: Record<string, string>; name: string };
    const same = manifest.lock === lock && Object.entries(manifest.files).every(([f, h]) => existsSync(f) && sha(readFileSync(f)) === h);
    if (same && existsSync(join(cacheDir, manifest.name))) return { code: readFileSync(join(cacheDir, manifest.name)), name: manifest.name };
  }
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    metafile: true,
    legalComments: 'linked',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'error',
    outdir: cacheDir,
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!;
  const name = `cms-${sha(Buffer.from(js.contents)).slice(0, 10)}.js`;
  const own = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules') && !f.includes(':'));
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, name), js.contents);
  // The licences of what the bundle contains, kept beside it.
  const legal = result.outputFiles.find((f) => f.path.endsWith('.LEGAL.txt'));
  writeFileSync(join(cacheDir, 'LEGAL.txt'), legal?.contents ?? '');
  const files = Object.fromEntries(own.map((f) => [resolve(root, f), sha(readFileSync(resolve(root, f)))]));
  writeFileSync(manifestFile, JSON.stringify({ lock, files, name }));
  return { code: Buffer.from(js.contents), name };
}

function page(script: string, csp: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>Biên tập nội dung · Học tập suốt đời</title>
<link rel="cms-config-url" type="text/yaml" href="config.yml">
<script type="module" src="${script}"></script>
</head>
<body></body>
</html>
`;
}

export interface AdminOptions {
  backend: CmsBackend;
  siteUrl?: string;
  /** The editor's script, when its bundling was started earlier. */
  bundled?: Promise<{ code: Buffer; name: string }>;
}

/** Writes `<outDir>/admin/`; returns the policy its header should carry. */
export async function writeAdmin(outDir: string, { backend, siteUrl, bundled }: AdminOptions): Promise<{ dir: string; headerCsp: string; script: string }> {
  const dir = join(outDir, 'admin');
  mkdirSync(dir, { recursive: true });
  const { code, name } = await (bundled ?? bundle());
  writeFileSync(join(dir, name), code);
  const legal = join(cacheDir, 'LEGAL.txt');
  if (existsSync(legal)) copyFileSync(legal, join(dir, 'LICENCES.txt'));
  writeFileSync(
    join(dir, 'config.yml'),
    `# Sinh tự động từ src/schemas khi dựng trang (src/lib/cms/config.ts): đừng sửa tay.\n${dump(cmsConfig({ backend, ...(siteUrl ? { siteUrl } : {}) }), { lineWidth: 160, noRefs: true })}`,
  );
  copyFileSync(join(root, 'src/styles/global.css'), join(dir, 'preview.css'));
  writeFileSync(join(dir, 'index.html'), page(name, adminCsp(backend)));
  return { dir, headerCsp: adminCsp(backend, { header: true }), script: name };
}

/** The rule `_headers` gets for /admin/: the site's policy taken off (`!`), the editor's put on. */
export function adminHeaders(headerCsp: string): string {
  return `
# The web editor (added by the build, src/integrations/admin.ts): its own policy
# instead of the site's. "! Content-Security-Policy" detaches the policy of /*.
/admin/*
  ! Content-Security-Policy
  Content-Security-Policy: ${headerCsp}
  X-Robots-Tag: noindex, nofollow
`;
}

export default function adminIntegration(): AstroIntegration {
  let site: string | undefined;
  let bundled: ReturnType<typeof bundle> | undefined;
  return {
    name: 'hts-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      // esbuild bundles the editor in a process of its own, so it runs while Astro renders instead of after.
      'astro:build:start': () => {
        bundled = bundle();
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        bundled.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { headerCsp } = await writeAdmin(out, { backend: backendFromEnv(), ...(site ? { siteUrl: site } : {}), ...(bundled ? { bundled } : {}) });
        const headersFile = join(out, '_headers');
        if (existsSync(headersFile)) writeFileSync(headersFile, readFileSync(headersFile, 'utf8') + adminHeaders(headerCsp));
        logger.info(`trình biên tập nội dung: ${join(dirname(headersFile), 'admin')}/`);
      },
    },
  };
}
