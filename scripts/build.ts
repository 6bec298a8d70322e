/**
 * `npm run build`: builds the site into a fresh folder beside `dist/` and
 * swaps it in only when the build succeeds, so a failed build (a wrong
 * content file, say) leaves the last good site in place for the host to
 * keep serving. DIST_DIR overrides the target (tests use it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { totalmem } from 'node:os';
import { resolve } from 'node:path';
import { pageStepsOutside, pagesWritten, stepsListening } from '../src/integrations/page-steps-outside.ts';
import { siteUrlProblem } from '../src/lib/site/deployment.ts';

// Read before NODE_ENV is forced below: the caller's environment says whether this is a deploy.
const siteUrlError = siteUrlProblem(process.env);
if (siteUrlError) {
  console.error(`\n${siteUrlError}\n`);
  process.exit(1);
}

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, process.env.DIST_DIR ?? 'dist');
// Siblings of the target, so the swap is a rename on one file system.
const next = `${target}.next-${process.pid}`;
const old = `${target}.old-${process.pid}`;

// Vite lets DEV, PROD, MODE… in the environment override import.meta.env,
// and Vitest sets DEV=1: left in, drafts would be published.
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[name];

// V8 caps its heap near 4 GB whatever the machine has, and Astro holds the
// whole content store in it: 140,000 items ran out (docs/decisions/0006).
// Unless NODE_OPTIONS says otherwise, let the build use most of the memory.
const heapMb = Math.max(4096, Math.floor((totalmem() / 2 ** 20) * 0.6));
const heap = /--max-old-space-size/.test(env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${heapMb}`];

/** Runs a Node script; resolves with its exit status. */
function node(args: string[], options: { ipc?: boolean; env: NodeJS.ProcessEnv }): { child: ChildProcess; exit: Promise<number> } {
  const child = spawn(process.execPath, args, { cwd: root, stdio: options.ipc ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit', env: options.env });
  const exit = new Promise<number>((done) => child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0))));
  return { child, exit };
}

// Share cards and the search index in a process of its own (scripts/page-steps.ts), started
// with Astro: it reads pages on the other core while Astro renders on one, and finishes once
// Astro says they are all written, beside Astro's last steps (the sitemap, the service worker)
// instead of after. Its small heap makes V8 collect the pages it has read instead of keeping
// gigabytes of them for later (3 GB at 20,000 of each), memory the Pagefind service needs.
// A flag here wins over NODE_OPTIONS.
const steps = node(['--max-old-space-size=1024', '--import', resolve(root, 'scripts/ts-imports.ts'), resolve(root, 'scripts/page-steps.ts'), '--follow', next], {
  ipc: true,
  env,
});
// Told once the steps listen (a message before that would be lost) and Astro has written the pages.
let listening = false;
let written = false;
let told = false;
const tellSteps = () => {
  if (told || !listening || !written || !steps.child.connected) return;
  told = true;
  steps.child.send(pagesWritten);
};
steps.child.on('message', (message) => {
  if (message !== stepsListening) return;
  listening = true;
  tellSteps();
});
const astro = node([...heap, resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', next, ...process.argv.slice(2)], {
  ipc: true,
  env: { ...env, [pageStepsOutside]: '1' },
});
astro.child.on('message', (message) => {
  if (message !== pagesWritten) return;
  written = true;
  tellSteps();
});
const astroStatus = await astro.exit;
if (astroStatus === 0) {
  written = true;
  tellSteps();
} else steps.child.kill();
const status = astroStatus || (await steps.exit);

// Without its search index the site is not complete.
const complete = ['index.html', 'pagefind/pagefind-entry.json'].every((file) => existsSync(resolve(next, file)));
if (status !== 0 || !complete) {
  rmSync(next, { recursive: true, force: true });
  console.error(
    `\nBản dựng thất bại: ${existsSync(target) ? `giữ nguyên bản cũ trong ${target}` : 'chưa có bản nào để giữ'}. Sửa lỗi nêu ở trên rồi dựng lại.`,
  );
  process.exit(status || 1);
}

if (existsSync(target)) renameSync(target, old);
renameSync(next, target);
rmSync(old, { recursive: true, force: true });
