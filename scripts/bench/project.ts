/**
 * A throw-away copy of the project that builds generated content, so the
 * benchmark never writes into `content/` or the real `dist/`. It runs the
 * same `npm run build` a deployment runs (search index included), with a
 * cache of its own so a "cold" build really starts from nothing.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run, type RunResult } from './measure.ts';
import { pageStepsOutside } from '../../src/integrations/page-steps-outside.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');

/** Everything the build reads (src, public, assets, config…), but not the content, the output or the dependencies. */
const skipped = new Set(['node_modules', 'dist', '.astro', '.git', 'content', 'screenshots', 'test-results']);

export interface TempProject {
  dir: string;
  contentDir: string;
  distDir: string;
  cacheDir: string;
}

export function makeProject(dir: string, contentDir: string): TempProject {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(repoRoot)) {
    if (!skipped.has(name)) cpSync(join(repoRoot, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, contentDir, distDir: join(dir, 'dist'), cacheDir: join(dir, '.bench-cache') };
}

/**
 * `npm run build` in the copy, through the pinned Node the npm scripts use.
 * `cold` starts from nothing; `cardsCached` is a cold build except for the
 * share-card cache (what a CI run that keeps that one folder would do);
 * neither is a rebuild with every cache in place.
 */
export function buildProject(project: TempProject, { cold, cardsCached = false }: { cold: boolean; cardsCached?: boolean }): RunResult {
  if (cold) {
    rmSync(project.distDir, { recursive: true, force: true });
    rmSync(join(project.dir, '.astro'), { recursive: true, force: true });
    if (cardsCached && existsSync(project.cacheDir)) {
      for (const name of readdirSync(project.cacheDir)) {
        if (name !== 'og-cards') rmSync(join(project.cacheDir, name), { recursive: true, force: true });
      }
    } else {
      rmSync(project.cacheDir, { recursive: true, force: true });
    }
  }
  const result = run('npm', ['run', 'build', '--silent'], { cwd: project.dir, env: buildEnv(project, project.cacheDir) });
  return checked(project, result);
}

function buildEnv(project: TempProject, cacheDir: string): NodeJS.ProcessEnv {
  // Node's default heap (about 4.5 GB here) runs out while Astro syncs
  // 140,000 items (docs/decisions/0006); 12 GB leaves room on a 24 GB machine.
  return { CONTENT_DIR: project.contentDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=12288' };
}

/**
 * Astro alone, cold, into a folder of its own: the same pages, but neither
 * share cards nor search index (the integrations leave both to
 * scripts/page-steps.ts, which is not started). What any build of these
 * pages pays before the steps this site adds.
 */
export function buildAstroOnly(project: TempProject): RunResult & { distDir: string } {
  const distDir = join(project.dir, 'dist-astro-only');
  const cacheDir = join(project.dir, '.bench-cache-astro-only');
  for (const dir of [distDir, cacheDir, join(project.dir, '.astro')]) rmSync(dir, { recursive: true, force: true });
  const env = { ...buildEnv(project, cacheDir), NODE_ENV: 'production', [pageStepsOutside]: '1' };
  const result = run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', distDir], { cwd: project.dir, env });
  return { ...checked(project, result), distDir };
}

function checked(project: TempProject, result: RunResult): RunResult {
  if (!result.ok) {
    const log = join(project.dir, 'build-failed.log');
    writeFileSync(log, result.output);
    const errors = result.output.split('\n').filter((l) => /error|ENOENT|failed/i.test(l));
    throw new Error(`build failed in ${project.dir} (full output in ${log}):\n${errors.slice(0, 20).join('\n')}`);
  }
  return result;
}
