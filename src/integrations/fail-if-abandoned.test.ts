/**
 * A build step left waiting on a process that died must fail the build, not
 * let Node exit 0 with the step's output missing (BENCHMARKS.md: the search
 * index of a 20,000-of-each build was lost that way when the kernel killed
 * the Pagefind service for memory).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const node = resolve(root, 'node_modules/.bin/node');
const helper = resolve(root, 'src/integrations/fail-if-abandoned.ts');

function run(step: string) {
  const script = `import { failIfAbandoned } from ${JSON.stringify(helper)};\nawait Promise.resolve();\nfailIfAbandoned('Bước thử', ${step});`;
  return spawnSync(node, ['--input-type=module', '-e', script], { encoding: 'utf8' });
}

describe('failIfAbandoned', () => {
  it('fails the process, naming the step, when the loop empties while the step is pending', () => {
    // A promise nothing will ever settle: what a dead service's pending reply looks like.
    const result = run('new Promise(() => {})');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Bước thử dừng giữa chừng');
  });

  it('leaves a step that finishes alone', () => {
    const result = run('new Promise((ok) => setTimeout(ok, 50))');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
