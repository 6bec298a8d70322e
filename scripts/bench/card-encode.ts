/**
 * Share cards, one card at a time on one thread, with the site's own layout
 * (src/lib/cards/og-card.ts) and varied titles over five sections (five
 * looks). Prints CPU ms per card and the mean PNG size of each pipeline:
 *
 * - sharp: satori's SVG through librsvg, then libimagequant to 16 colours
 *   (before docs/decisions/0001);
 * - satori + painter: satori's SVG painted into palette indices
 *   (src/lib/cards/card-png.ts), satori's time included;
 * - fast: titles laid out as satori would and drawn from cached glyph masks
 *   (src/lib/cards/fast-card.ts), satori only for each look's first card.
 *   Its first card of a look (cold) and the others (warm) are timed apart,
 *   warm once while the glyph cache fills and once with it full, for the
 *   chosen deflate setting of the title's rows and for others.
 *
 * Also how far each is from librsvg's full-colour rendering of the same SVG,
 * and the fast cards from the satori + painter ones (mean absolute
 * difference per channel, 0–255).
 *
 *   node_modules/.bin/node --expose-gc --import ./scripts/ts-imports.ts scripts/bench/card-encode.ts [--cards 200] [--out /tmp/cards-sample]
 *
 * With --expose-gc the heap is collected before each timed step, so no step
 * pays for another's garbage (CPU time counts V8's collector threads too).
 *
 * With --out it writes the first card of each pipeline there, to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import satori from 'satori';
import sharp from 'sharp';
import { CardPainter } from '../../src/lib/cards/card-png.ts';
import { FastCardPainter } from '../../src/lib/cards/fast-card.ts';
import { cardTitleColour, cardTree, ogCardSize, type CardText } from '../../src/lib/cards/card-layout.ts';
import { cardText } from '../../src/lib/cards/og-card.ts';
import { loadCardFonts } from '../../src/integrations/og-fonts.ts';

const { values } = parseArgs({ options: { cards: { type: 'string', default: '200' }, out: { type: 'string' } } });
const count = Number(values.cards);
sharp.concurrency(1); // one thread, like one worker: CPU per card is then comparable
const fonts = await loadCardFonts(new URL('../../assets/fonts/', import.meta.url).pathname);
const sections = ['/tin-tuc/x/', '/ke-hoach/x/', '/su-kien/x/', '/so-lieu/x/', '/dia-phuong/x/'];
const words = 'Càng Long ban hành kế hoạch thi đua xây dựng xã hội học tập giai đoạn 2023–2030 tại Đắk Lắk, Thừa Thiên Huế: hưởng ứng Tuần lễ học tập suốt đời, khuyến học khuyến tài'.split(' ');
const textsFor = (host: string) =>
  Array.from({ length: count }, (_, i) => {
    // Titles of 6 to 26 words, so every title size and one to four lines occur.
    const title = Array.from({ length: 6 + (i * 7) % 21 }, (_, j) => words[(i * 5 + j * 3) % words.length]).join(' ');
    return cardText(sections[i % sections.length]!, `${title} ${i}`, host);
  });
const texts = textsFor('hoctapsuotdoi.example');
const svgOf = (text: CardText) => satori(cardTree(text) as never, { ...ogCardSize, fonts });

const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
const cpuMs = async (work: () => Promise<unknown> | unknown) => {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const kb = (pngs: Buffer[]) => `${(pngs.reduce((sum, png) => sum + png.length, 0) / pngs.length / 1024).toFixed(1)} KB per card`;
const difference = async (a: Buffer | string, b: Buffer) => {
  const [x, y] = await Promise.all([sharp(typeof a === 'string' ? Buffer.from(a) : a).removeAlpha().raw().toBuffer(), sharp(b).removeAlpha().raw().toBuffer()]);
  let sum = 0;
  for (let p = 0; p < x.length; p++) sum += Math.abs(x[p]! - y[p]!);
  return sum / x.length;
};

// Warm up JIT and font parsing on cards of another host (other looks), so no pipeline pays for them in the
// figures: CPU time counts V8's compiler threads, and the fast painter's loops take a few hundred cards to settle.
const warmTexts = textsFor('warm.example').slice(0, 20);
const warmSvgs = await Promise.all(warmTexts.map(svgOf));
for (const svg of warmSvgs) new CardPainter(cardTitleColour).paint(svg);
for (let round = 0; round < 20; round++) {
  const warm = new FastCardPainter(fonts, cardTitleColour);
  for (const [i, text] of warmTexts.entries()) await warm.paint(text, async () => warmSvgs[i]!);
}

collect();
const svgs: string[] = [];
const layoutMs = await cpuMs(async () => {
  for (const text of texts) svgs.push(await svgOf(text));
});
console.log(`${count} cards in ${sections.length} sections; satori layout: ${(layoutMs / count).toFixed(1)} ms CPU per card`);
const sample = svgs.slice(0, 10);
const results: Record<string, Buffer[]> = {};

collect();
const sharpPngs: Buffer[] = [];
const sharpMs = await cpuMs(async () => {
  for (const svg of svgs) sharpPngs.push(await sharp(Buffer.from(svg)).png({ palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 6 }).toBuffer());
});
results['sharp'] = sharpPngs;
console.log(`sharp (librsvg + libimagequant): ${((sharpMs + layoutMs) / count).toFixed(1)} ms per card with satori; ${kb(sharpPngs)}`);

collect();
const painter = new CardPainter(cardTitleColour);
const painted: Buffer[] = [];
const paintMs = await cpuMs(() => {
  for (const svg of svgs) painted.push(painter.paint(svg));
});
results['satori + painter'] = painted;
console.log(`satori + painter: ${((paintMs + layoutMs) / count).toFixed(1)} ms per card (satori ${(layoutMs / count).toFixed(1)}, painter ${(paintMs / count).toFixed(1)}); ${kb(painted)}`);

const deflates: [string, { level?: number; strategy?: number } | undefined][] = [
  ['title rows run-length (chosen)', undefined],
  ['level 1', { level: 1 }],
  ['level 2', { level: 2 }],
  ['level 3', { level: 3 }],
  ['level 5, as the rest', { level: 5 }],
];
// The painter is handed satori's SVG already made: satori's time for a look's first card is added from layoutMs.
const svgFor = async (text: CardText) => svgs[texts.indexOf(text)]!;
for (const [name, titleDeflate] of deflates) {
  // One painter at a time, as a worker has one: painters run side by side would share the CPU's caches.
  collect();
  const fast = new FastCardPainter(fonts, cardTitleColour, { titleDeflate });
  const pngs: Buffer[] = [];
  const seen = new Set<string>();
  let [cold, warm] = [0, 0];
  for (const text of texts) {
    const first = !seen.has(text.kicker);
    seen.add(text.kicker);
    const ms = await cpuMs(async () => pngs.push(await fast.paint(text, svgFor)));
    if (first) cold += ms;
    else warm += ms;
  }
  collect();
  const full = await cpuMs(async () => {
    for (const text of texts) await fast.paint(text, svgFor);
  });
  results[`fast, ${name}`] = pngs;
  console.log(
    `fast, ${name}: first card of a look ${(cold / seen.size + layoutMs / count).toFixed(1)} ms (satori's layout included), ` +
      `then ${(warm / (count - seen.size)).toFixed(2)} ms per card, ${(full / count).toFixed(2)} ms with every glyph cached; ` +
      `${kb(pngs)}; drawn by satori: ${fast.counts.satori}`,
  );
}

for (const [name, pngs] of Object.entries(results)) {
  let fromTruth = 0;
  let fromPainter = 0;
  for (const [i, svg] of sample.entries()) {
    fromTruth += (await difference(svg, pngs[i]!)) / sample.length;
    fromPainter += (await difference(painted[i]!, pngs[i]!)) / sample.length;
  }
  console.log(`${name}: difference from full-colour librsvg ${fromTruth.toFixed(2)}, from satori + painter ${fromPainter.toFixed(3)}`);
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileSync(join(values.out, `${name.replace(/[^a-z0-9]+/gi, '-')}.png`), pngs[0]!);
  }
}
