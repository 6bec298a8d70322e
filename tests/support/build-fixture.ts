/**
 * Builds the site from a content folder made of the good fixture plus one
 * case's files, in a temporary place, and returns what the build printed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
export const fixturesDir = join(root, 'tests/fixtures');

export interface BuildResult {
  status: number | null;
  output: string;
  contentDir: string;
  /** The built site, when asked to keep it. */
  distDir?: string;
}

export function buildContent(overlay?: string, { keepDist = false } = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
  const contentDir = join(work, 'content');
  cpSync(join(fixturesDir, 'good-content'), contentDir, { recursive: true });
  if (overlay) cpSync(overlay, contentDir, { recursive: true });
  // The same Node that runs the tests (the pinned LTS), not whatever `node` is first on PATH.
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  // As scripts/build.ts: Vitest's DEV=1 would make Vite build drafts.
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[name];
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', join(work, 'dist')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...env,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  if (!keepDist) rmSync(join(work, 'dist'), { recursive: true, force: true });
  rmSync(join(work, 'cache'), { recursive: true, force: true });
  const output = `${result.stdout}\n${result.stderr}`;
  return { status: result.status, output, contentDir, ...(keepDist ? { distDir: join(work, 'dist') } : {}) };
}

/** Builds the site from a whole content folder (not an overlay on the good fixture) into `<work>/dist`. */
export function buildContentDir(contentDir: string, work: string): BuildResult {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[name];
  const distDir = join(work, 'dist');
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', distDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  rmSync(join(work, 'cache'), { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, contentDir, distDir };
}
