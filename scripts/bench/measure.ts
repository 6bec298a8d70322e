/**
 * Running a build and measuring it: wall time and peak memory come from
 * GNU time (`/usr/bin/time -v`, Debian package `time`), sizes from the files
 * the build wrote.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RunResult {
  ok: boolean;
  /** Wall-clock seconds. */
  seconds: number;
  /** Peak resident memory of the largest process in the tree, in MB. */
  peakMb: number;
  /** User plus system CPU seconds: less swayed than wall time when other work shares the cores. */
  cpuSeconds: number;
  output: string;
}

const gnuTime = '/usr/bin/time';

/** GNU time's `-v` report: "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.37". */
export function parseTimeReport(report: string): { seconds: number; peakMb: number; cpuSeconds: number } {
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\):\s*(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(report);
  const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  const user = /User time \(seconds\):\s*(\d+(?:\.\d+)?)/.exec(report);
  const system = /System time \(seconds\):\s*(\d+(?:\.\d+)?)/.exec(report);
  if (!wall || !rss || !user || !system) throw new Error(`no GNU time report in:\n${report.slice(-2000)}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, peakMb: Number(rss[1]) / 1024, cpuSeconds: Number(user[1]) + Number(system[1]) };
}

export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): RunResult {
  if (!existsSync(gnuTime)) throw new Error('GNU time is missing: apt-get install time');
  const result = spawnSync(gnuTime, ['-v', command, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  return { ok: result.status === 0, ...parseTimeReport(result.stderr), output };
}

export function walkFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

export function dirBytes(dir: string): number {
  return walkFiles(dir).reduce((sum, f) => sum + statSync(f).size, 0);
}

export function htmlPageCount(dir: string): number {
  return walkFiles(dir).filter((f) => f.endsWith('.html')).length;
}

export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`;
}

export function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
}

/** What the index step says of itself in the build's log (src/integrations/pagefind.ts `indexReport`): pages, and seconds in all and for writing the files; undefined when it said nothing. */
export function indexRun(output: string): { pages: number; seconds: number; writeSeconds: number } | undefined {
  const m = /(\d+) trang đã vào chỉ mục tìm kiếm \((\d+) ms, ghi tệp (\d+) ms\)/.exec(output);
  return m ? { pages: Number(m[1]), seconds: Number(m[2]) / 1000, writeSeconds: Number(m[3]) / 1000 } : undefined;
}

/** Seconds Pagefind took to write the index files, from the build's log. */
export function indexWriteSeconds(output: string): number {
  const run = indexRun(output);
  if (!run) throw new Error('the build did not report how long Pagefind took to write the index');
  return run.writeSeconds;
}

export const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

export { pageWeight, type PageWeight } from '../../tests/support/weight.ts';

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
