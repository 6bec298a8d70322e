/**
 * The one place that asks git when files last changed: one `git log` for the
 * whole build, read by the pure parser in src/lib/site/freshness.ts. Without git,
 * outside a repository or in a shallow clone's cut-off history, dates are
 * simply unknown and pages fall back to the dates their files set.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseGitLog } from '../lib/site/freshness';

let cached: Map<string, Date> | undefined;

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: process.cwd(), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
}

function shallowBoundary(): Set<string> {
  try {
    if (git(['rev-parse', '--is-shallow-repository']).trim() !== 'true') return new Set();
    const file = git(['rev-parse', '--git-path', 'shallow']).trim();
    return new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
  } catch {
    return new Set();
  }
}

/** Newest commit date of each file under content/ and src/pages/, paths relative to the project root. */
export function gitDates(): Map<string, Date> {
  if (cached) return cached;
  try {
    // `-c` lists a merge's files that differ from every parent (a change made while merging), as
    // `git log -1 -- <file>` dates them; without it merges list no files at all.
    const log = git(['log', '--relative', '--format=%x1e%H%x1f%cI', '--name-only', '-c', '--', 'content', 'src/pages']);
    cached = parseGitLog(log, shallowBoundary());
  } catch {
    cached = new Map();
  }
  return cached;
}
