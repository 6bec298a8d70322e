/**
 * Samples a process and every descendant from /proc (Linux): the peak of
 * their summed resident memory, each command's own peak, and CPU time per
 * process as last seen. GNU time sees only the processes it waits for, and
 * Node never waits for the Pagefind service it kills, so the service's memory
 * and CPU are missing from GNU time's report (BENCHMARKS.md, Fix 6).
 */
import { readdirSync, readFileSync } from 'node:fs';

const pageKb = 4;
const ticksPerSecond = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  name: string;
  cpuTicks: number;
  rssKb: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may itself hold spaces or parentheses.
    const close = raw.lastIndexOf(')');
    const name = raw.slice(raw.indexOf('(') + 1, close);
    const fields = raw.slice(close + 2).split(' ');
    // Fields after the name: state(0) ppid(1) … utime(11) stime(12) … rss(21).
    return { pid, ppid: Number(fields[1]), name, cpuTicks: Number(fields[11]) + Number(fields[12]), rssKb: Number(fields[21]) * pageKb };
  } catch {
    return undefined;
  }
}

export interface TreeSample {
  /** Highest summed RSS of the whole tree at one sample, MB. */
  peakTreeMb: number;
  /** Highest RSS per command name (e.g. `node`, `pagefind_extended`), MB. */
  peakByName: Record<string, number>;
  /** CPU seconds summed over every process seen, each as last sampled. */
  cpuSeconds: number;
  samples: number;
}

/** Starts sampling `rootPid`'s tree every `everyMs`; `stop()` returns what it saw. */
export function sampleTree(rootPid: number, everyMs = 250): { stop: () => TreeSample } {
  const cpuByPid = new Map<string, number>();
  const peakByName: Record<string, number> = {};
  let peakTreeKb = 0;
  let samples = 0;
  const tick = () => {
    const all = new Map<number, ProcStat>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = readStat(Number(entry));
      if (stat) all.set(stat.pid, stat);
    }
    const children = new Map<number, number[]>();
    for (const s of all.values()) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s.pid]);
    const tree: ProcStat[] = [];
    const queue = [rootPid];
    while (queue.length) {
      const pid = queue.pop()!;
      const s = all.get(pid);
      if (s) tree.push(s);
      queue.push(...(children.get(pid) ?? []));
    }
    let sum = 0;
    for (const s of tree) {
      sum += s.rssKb;
      peakByName[s.name] = Math.max(peakByName[s.name] ?? 0, s.rssKb / 1024);
      // Keyed by pid and name: a reused pid is another process.
      cpuByPid.set(`${s.pid}:${s.name}`, Math.max(cpuByPid.get(`${s.pid}:${s.name}`) ?? 0, s.cpuTicks));
    }
    peakTreeKb = Math.max(peakTreeKb, sum);
    samples += 1;
  };
  const timer = setInterval(tick, everyMs);
  tick();
  return {
    stop: () => {
      clearInterval(timer);
      const cpuTicks = [...cpuByPid.values()].reduce((a, b) => a + b, 0);
      return { peakTreeMb: peakTreeKb / 1024, peakByName, cpuSeconds: cpuTicks / ticksPerSecond, samples };
    },
  };
}
