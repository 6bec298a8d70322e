/**
 * Share-card encoding, measured alone: satori lays out 40 cards like the
 * site's (a copy of the layout in src/lib/og-card.ts, which Node cannot
 * import directly because of its extensionless imports), then sharp encodes
 * them with the old and the new PNG settings. Prints ms per card and KB.
 *
 *   node_modules/.bin/node scripts/bench/card-encode.ts
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
const ogCardSize = { width: 1200, height: 630 };
type Node = { type: string; props: { style: Record<string, string | number>; children: (Node | string)[] | string } };
const el = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });
const fam = ['latin', 'vietnamese', 'latin-ext'].map((s) => `"Be Vietnam Pro ${s}"`).join(', ');
const cardTree = (title: string) =>
  el({ width: '100%', height: '100%', backgroundColor: '#0b5d3b', fontFamily: fam }, [
    el({ flexGrow: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', color: '#ffffff' }, [
      el({ flexDirection: 'column' }, [el({ width: 96, height: 10, backgroundColor: '#f2b705', marginBottom: 28 }, []), el({ fontSize: 34, fontWeight: 700, color: '#d7eadf' }, 'Tin tức')]),
      el({ fontSize: 54, fontWeight: 700, lineHeight: 1.2 }, title),
      el({ fontSize: 28, fontWeight: 400, color: '#d7eadf' }, 'Học tập suốt đời · 127.0.0.1:4321'),
    ]),
  ]);
const fontDir = new URL('../../assets/fonts/', import.meta.url).pathname;
const files = (await readdir(fontDir)).filter((f) => f.endsWith('.woff')).sort();
const fonts = await Promise.all(files.map(async (file) => ({ name: `Be Vietnam Pro ${/^be-vietnam-pro-(.+)-\d{3}-normal\.woff$/.exec(file)?.[1]}`, data: await readFile(join(fontDir, file)), weight: (file.includes('-700-') ? 700 : 400) as 400 | 700, style: 'normal' as const })));
const N = 40;
const svgs: string[] = [];
let layout = 0;
for (let i = 0; i < N; i++) {
  const t = performance.now();
  svgs.push(await satori(cardTree(`Càng Long ban hành kế hoạch thi đua xây dựng xã hội học tập giai đoạn 2023–2030 (${i})`) as never, { ...ogCardSize, fonts }));
  layout += performance.now() - t;
}
console.log(`satori layout: ${(layout / N).toFixed(1)} ms per card`);
const variants: [string, Parameters<ReturnType<typeof sharp>['png']>[0]][] = [
  ['before: palette (256 colours, dithered)', { palette: true, effort: 1, compressionLevel: 6 }],
  ['after: palette, 16 colours, no dither', { palette: true, effort: 1, compressionLevel: 6, colours: 16, dither: 0 }],
];
for (let round = 0; round < 2; round++) {
  for (const [name, options] of variants) {
    const cpu0 = process.cpuUsage();
    const t = performance.now();
    let bytes = 0;
    for (const svg of svgs) bytes += (await sharp(Buffer.from(svg)).png(options).toBuffer()).length;
    const cpu = process.cpuUsage(cpu0);
    console.log(`${name}: ${((performance.now() - t) / N).toFixed(1)} ms wall, ${((cpu.user + cpu.system) / 1000 / N).toFixed(1)} ms CPU per card, ${(bytes / N / 1024).toFixed(1)} KB`);
  }
}
