/**
 * Share cards, one card at a time on one thread: satori lays out cards of
 * the site's own layout (src/lib/cards/og-card.ts) with varied titles, then each
 * pipeline turns the SVGs into PNGs. Prints CPU ms per card for each step
 * and the mean PNG size, for the old pipeline (sharp: librsvg, then
 * libimagequant to 16 colours) and the new one (src/lib/cards/card-png.ts:
 * coverage straight to palette indices, zlib), and how far each is from
 * librsvg's full-colour rendering of the same SVG (mean absolute difference
 * per channel, 0–255).
 *
 *   node_modules/.bin/node scripts/bench/card-encode.ts [--cards 60] [--out /tmp/cards-sample]
 *
 * With --out it writes the first card of each pipeline there, to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import satori from 'satori';
import sharp from 'sharp';
import { CardPainter } from '../../src/lib/cards/card-png.ts';
import { cardText, cardTitleColour, cardTree, ogCardSize } from '../../src/lib/cards/og-card.ts';
import { loadCardFonts } from '../../src/integrations/og-fonts.ts';

const { values } = parseArgs({ options: { cards: { type: 'string', default: '60' }, out: { type: 'string' } } });
const count = Number(values.cards);
sharp.concurrency(1); // one thread, like one worker: CPU per card is then comparable
const fonts = await loadCardFonts(new URL('../../assets/fonts/', import.meta.url).pathname);
const sections = ['/tin-tuc/x/', '/ke-hoach/x/', '/su-kien/x/', '/so-lieu/x/', '/dia-phuong/x/'];
const words = 'Càng Long ban hành kế hoạch thi đua xây dựng xã hội học tập giai đoạn 2023–2030 tại Đắk Lắk, Thừa Thiên Huế: hưởng ứng Tuần lễ học tập suốt đời, khuyến học khuyến tài'.split(' ');
const texts = Array.from({ length: count }, (_, i) => {
  // Titles of 6 to 26 words, so every title size and one to three lines occur.
  const title = Array.from({ length: 6 + (i * 7) % 21 }, (_, j) => words[(i * 5 + j * 3) % words.length]).join(' ');
  return cardText(sections[i % sections.length]!, `${title} ${i}`, 'hoctapsuotdoi.example');
});

const cpuMs = async (work: () => Promise<unknown> | unknown) => {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};

// Warm up JIT and font parsing, so neither pipeline pays for it in the figures.
for (const text of texts.slice(0, 5)) new CardPainter(cardTitleColour).paint(await satori(cardTree(text) as never, { ...ogCardSize, fonts }));

const svgs: string[] = [];
const layoutMs = await cpuMs(async () => {
  for (const text of texts) svgs.push(await satori(cardTree(text) as never, { ...ogCardSize, fonts }));
});

const old = async (svg: string) => sharp(Buffer.from(svg)).png({ palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 6 }).toBuffer();
const painter = new CardPainter(cardTitleColour);
const pipelines: [string, (svg: string) => Promise<Buffer> | Buffer][] = [
  ['before: sharp (librsvg + libimagequant, 16 colours)', old],
  ['after: coverage → palette indices, zlib (src/lib/cards/card-png.ts)', (svg) => painter.paint(svg)],
];

const truth = await Promise.all(svgs.slice(0, 10).map((svg) => sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer()));
console.log(`${count} cards, satori layout: ${(layoutMs / count).toFixed(1)} ms CPU per card`);
for (const [name, encode] of pipelines) {
  const pngs: Buffer[] = [];
  const ms = await cpuMs(async () => {
    for (const svg of svgs) pngs.push(await encode(svg));
  });
  let diff = 0;
  for (const [i, ref] of truth.entries()) {
    const got = await sharp(pngs[i]!).removeAlpha().raw().toBuffer();
    let sum = 0;
    for (let p = 0; p < ref.length; p++) sum += Math.abs(ref[p]! - got[p]!);
    diff += sum / ref.length / truth.length;
  }
  const bytes = pngs.reduce((sum, png) => sum + png.length, 0) / count;
  console.log(
    `${name}: SVG → PNG ${(ms / count).toFixed(1)} ms CPU per card, with layout ${((ms + layoutMs) / count).toFixed(1)} ms; ` +
      `${(bytes / 1024).toFixed(1)} KB per card; difference from full-colour librsvg ${diff.toFixed(2)}`,
  );
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileSync(join(values.out, `${name.split(':')[0]}.png`), pngs[0]!);
  }
}
