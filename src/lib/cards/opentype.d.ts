/**
 * The part of `@shuding/opentype.js` (satori's font parser, which ships no
 * types) that the title painter reads: glyph outlines, advances, the cmap,
 * and the GSUB and GPOS tables as parsed.
 */
declare module '@shuding/opentype.js' {
  export type PathCommand =
    | { type: 'M' | 'L'; x: number; y: number }
    | { type: 'Q'; x1: number; y1: number; x: number; y: number }
    | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
    | { type: 'Z' };

  export interface Glyph {
    advanceWidth: number;
    path: { commands: PathCommand[]; unitsPerEm?: number };
  }

  export type Coverage = { format: 1; glyphs: number[] } | { format: 2; ranges: { start: number; end: number; index: number }[] };

  export interface LayoutTable {
    scripts: { tag: string; script: { defaultLangSys?: { featureIndexes: number[] } } }[];
    features: { tag: string; feature: { lookupListIndexes: number[] } }[];
    lookups: { lookupType: number; lookupFlag: number; subtables: Record<string, unknown>[] }[];
  }

  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    tables: { gsub?: LayoutTable; gpos?: LayoutTable; head: { yMin: number; yMax: number } };
    glyphs: { get(index: number): Glyph };
    charToGlyphIndex(char: string): number;
    position: {
      getKerningTables(script: string): LayoutTable['lookups'] | undefined;
      getKerningValue(lookups: LayoutTable['lookups'], left: number, right: number): number;
    };
  }

  const opentype: { parse(data: ArrayBuffer, options?: { lowMemory?: boolean }): Font };
  export default opentype;
}
