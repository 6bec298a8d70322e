import satori from 'satori';
import { CardPainter } from '/work/main/src/lib/cards/card-png.ts';
import { loadCardFonts } from '/work/main/src/integrations/og-fonts.ts';
import { cardText, cardTree, cardTitleColour, ogCardSize } from '/work/main/src/lib/cards/og-card.ts';
const fonts = await loadCardFonts('/work/main/assets/fonts/');
const painter = new CardPainter(cardTitleColour);
const titles = Array.from({ length: 300 }, (_, i) => `Dữ liệu thử - Tin tức số ${i}: Xã Mẫu Thử ${i * 7} tổng kết phong trào xây dựng gia đình học tập năm ${2000 + (i % 26)}`);
let ts = 0, tp = 0;
for (const [i, t] of titles.entries()) {
  const a = performance.now();
  const svg = await satori(cardTree(cardText('/tin-tuc/x/', t, 'example.org')) as any, { ...ogCardSize, fonts });
  const b = performance.now();
  painter.paint(svg);
  const c = performance.now();
  if (i >= 50) { ts += b - a; tp += c - b; }
}
console.log('satori ms/card', (ts / 250).toFixed(2), 'paint ms/card', (tp / 250).toFixed(2));
