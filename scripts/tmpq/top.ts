import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2]!;
const f = readdirSync(dir)[0]!;
const p = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
const self = new Map<string, number>();
const byId = new Map(p.nodes.map((n: any) => [n.id, n]));
const dt = p.timeDeltas as number[];
const counts = new Map<number, number>();
p.samples.forEach((s: number, i: number) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((t / 1000).toFixed(0).padStart(7), 'ms', ((100 * t) / total).toFixed(1).padStart(5), '%', k);
