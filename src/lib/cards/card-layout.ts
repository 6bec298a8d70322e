/**
 * A share card's layout: its size, colours and measures, and the element
 * tree satori lays out. Apart from `og-card.ts` because the worker threads
 * that draw cards load it as Node does (type stripping), without the site's
 * modules.
 */
export const ogCardSize = { width: 1200, height: 630 } as const;

export interface CardText {
  /** The small line above the title: the section, or the site's tagline. */
  kicker: string;
  title: string;
  /** The site's name and address at the foot of the card. */
  footer: string;
}

/** A node of the tree satori takes in place of JSX. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

const el = (style: Record<string, string | number>, children: (CardNode | string)[] | string): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Brand colours from global.css, so the card looks like the site. */
const colours = { brand: '#0b5d3b', brandText: '#ffffff', accent: '#f2b705', soft: '#d7eadf' };

/** The title's colour: the painter (src/lib/cards/card-png.ts) reuses what is drawn before it. */
export const cardTitleColour = colours.brandText;

/** The subsets of Be Vietnam Pro the project ships, in the order glyphs are looked up. */
export const cardFontFamilies = ['latin', 'vietnamese', 'latin-ext'].map((s) => `"Be Vietnam Pro ${s}"`).join(', ');

/**
 * The card's measures, in pixels. The title painter (`fast-card.ts`) places
 * a title from them as satori places it in `cardTree`, so a change here
 * reaches both.
 */
export const cardLayout = {
  padding: { block: 64, inline: 72 },
  bar: { width: 96, height: 10, gap: 28 },
  kicker: { fontSize: 34, fontWeight: 700 },
  title: { fontWeight: 700, lineHeight: 1.2 },
  footer: { fontSize: 28, fontWeight: 400 },
} as const;

/** Longer titles get smaller type, so that up to `maxTitleChars` fit in three lines. */
export function titleFontSize(title: string): number {
  return title.length > 80 ? 54 : title.length > 45 ? 64 : 76;
}

export function cardTree(text: CardText): CardNode {
  const { padding, bar, kicker, title, footer } = cardLayout;
  // Padding on an inner box: satori adds padding to a 100% box's size, which
  // would push the footer off the card.
  return el({ width: '100%', height: '100%', backgroundColor: colours.brand, fontFamily: cardFontFamilies }, [
    el(
      {
        flexGrow: 1,
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: `${padding.block}px ${padding.inline}px`,
        color: colours.brandText,
      },
      [
        el({ flexDirection: 'column' }, [
          el({ width: bar.width, height: bar.height, backgroundColor: colours.accent, marginBottom: bar.gap }, []),
          el({ fontSize: kicker.fontSize, fontWeight: kicker.fontWeight, color: colours.soft }, text.kicker),
        ]),
        el({ fontSize: titleFontSize(text.title), fontWeight: title.fontWeight, lineHeight: title.lineHeight }, text.title),
        el({ fontSize: footer.fontSize, fontWeight: footer.fontWeight, color: colours.soft }, text.footer),
      ],
    ),
  ]);
}
