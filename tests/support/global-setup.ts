/**
 * Builds the real site once before the suite, so tests check what would be
 * published. The Node running Vitest (the pinned LTS) runs Astro too.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const testRepoUrl = 'https://forge.example/hoc-tap-suot-doi';
/** Where the tests serve the build from: the local default, given explicitly. */
export const testSiteUrl = 'http://127.0.0.1:4321';

export default function setup(): void {
  // The site and browser projects both name this setup; one run builds once.
  if (process.env.HTSD_TEST_BUILT === '1') return;
  const root = resolve(import.meta.dirname, '../..');
  // The same script as `npm run build`, so the suite checks what would be published.
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    stdio: 'inherit',
    // A placeholder repository address, so the "Sửa trang này" links are built and tested.
    // SITE_URL given explicitly: under CI=true a build without it stops (scripts/build.ts).
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', REPO_URL: process.env.REPO_URL ?? testRepoUrl, SITE_URL: process.env.SITE_URL || testSiteUrl },
  });
  if (result.status !== 0) throw new Error('npm run build failed; see the output above.');
  process.env.HTSD_TEST_BUILT = '1';
}
