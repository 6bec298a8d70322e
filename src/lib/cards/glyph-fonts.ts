/**
 * A card's fonts as satori sees them, so a title can be laid out and drawn
 * without satori yet land on the same glyphs at the same places
 * (`text-layout.ts`). Fonts are read with satori's own parser, and text is
 * shaped as HarfBuzz (satori's shaper) shapes it with these fonts: cmap,
 * then the `liga` ligatures, then `kern` pair adjustments. That is all the
 * shipped Be Vietnam Pro subsets do to text without combining marks; a font
 * with other features HarfBuzz applies by default is refused at load, and
 * text this cannot shape the same (combining marks, missing characters,
 * invisible controls) gets `undefined`, for satori to draw.
 */
import opentype, { type Coverage, type Font, type LayoutTable } from '@shuding/opentype.js';

/** A font file as `src/integrations/og-fonts.ts` loads it for satori. */
export interface FontFile {
  name: string;
  data: Uint8Array;
  weight: number;
}

interface Ligature {
  components: number[];
  glyph: number;
}

/**
 * Default features this applies (liga, kern), and those that in the shipped
 * fonts act only on combining marks, which are left to satori: ccmp (an i
 * before a mark loses its dot), mark and mkmk.
 */
const handled = new Set(['liga', 'kern', 'ccmp', 'mark', 'mkmk']);
/** HarfBuzz's default features for horizontal Latin text; any other feature a font has stays off. */
const onByDefault = new Set(['abvm', 'blwm', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'calt', 'clig', 'curs', 'dist', 'kern', 'liga', 'rclt', 'rvrn']);

function defaultFeatures(table: LayoutTable | undefined): LayoutTable['features'] {
  const script = table?.scripts.find((s) => s.tag === 'latn') ?? table?.scripts.find((s) => s.tag === 'DFLT');
  return (script?.script.defaultLangSys?.featureIndexes ?? []).map((i) => table!.features[i]!);
}

/** One font file, with the ligatures and kerning HarfBuzz would apply from it. */
export class Face {
  readonly font: Font;
  readonly name: string;
  readonly unitsPerEm: number;
  private readonly ligatures = new Map<number, Ligature[]>();
  private readonly kerning: LayoutTable['lookups'];
  private readonly kerns = new Map<number, number>();

  /** A font file, parsed as satori parses it (lowMemory: glyphs are read when first asked for). */
  static read(file: FontFile): Face {
    const bytes = file.data.buffer.slice(file.data.byteOffset, file.data.byteOffset + file.data.byteLength) as ArrayBuffer;
    return new Face(file.name, opentype.parse(bytes, { lowMemory: true }));
  }

  /** Throws for a font whose default features this cannot apply as HarfBuzz does. */
  constructor(name: string, font: Font) {
    this.font = font;
    this.name = name;
    this.unitsPerEm = font.unitsPerEm;
    const { gsub, gpos } = font.tables;
    const features = [...defaultFeatures(gsub), ...defaultFeatures(gpos)];
    const other = features.find((f) => onByDefault.has(f.tag) && !handled.has(f.tag));
    if (other) throw new Error(`thẻ chia sẻ: phông ${name} có tính năng "${other.tag}" mà bộ vẽ tiêu đề không làm`);
    for (const lookup of defaultFeatures(gsub).filter((f) => f.tag === 'liga').flatMap((f) => f.feature.lookupListIndexes.map((i) => gsub!.lookups[i]!))) {
      if (lookup.lookupType !== 4) throw new Error(`thẻ chia sẻ: phông ${name} có "liga" kiểu ${lookup.lookupType}`);
      for (const table of lookup.subtables as { coverage: Coverage; ligatureSets: { ligGlyph: number; components: number[] }[][] }[]) {
        table.ligatureSets.forEach((set, index) => {
          const first = table.coverage.format === 1 ? table.coverage.glyphs[index]! : firstOfRanges(table.coverage, index);
          const known = this.ligatures.get(first) ?? [];
          known.push(...set.map((l) => ({ components: l.components, glyph: l.ligGlyph })));
          this.ligatures.set(first, known);
        });
      }
    }
    this.kerning = (gpos && this.font.position.getKerningTables('latn')) || [];
    const kernFeatures = defaultFeatures(gpos).filter((f) => f.tag === 'kern').flatMap((f) => f.feature.lookupListIndexes);
    // opentype.js reads one pair lookup, and only the first glyph's x advance, which is all these fonts have.
    const kernLookups = kernFeatures.map((i) => gpos!.lookups[i]!);
    const simple = kernLookups.length <= 1 && kernLookups.every((l) => l.lookupType === 2 && l.subtables.every((s) => s['valueFormat1'] === 4 && s['valueFormat2'] === 0));
    if (!simple) throw new Error(`thẻ chia sẻ: phông ${name} có kiểu kerning mà bộ vẽ tiêu đề không làm`);
  }

  glyphOf(char: string): number {
    return this.font.charToGlyphIndex(char);
  }

  advance(glyph: number): number {
    return this.font.glyphs.get(glyph).advanceWidth;
  }

  kern(left: number, right: number): number {
    const key = left * 65536 + right;
    let value = this.kerns.get(key);
    if (value === undefined) {
      value = this.kerning.length ? this.font.position.getKerningValue(this.kerning, left, right) : 0;
      this.kerns.set(key, value);
    }
    return value;
  }

  /** Glyphs after the `liga` ligatures, in the font's order of preference, as HarfBuzz substitutes them. */
  ligate(glyphs: number[]): number[] {
    if (this.ligatures.size === 0) return glyphs;
    const out: number[] = [];
    for (let i = 0; i < glyphs.length; ) {
      const match = this.ligatures.get(glyphs[i]!)?.find((l) => l.components.every((c, k) => glyphs[i + 1 + k] === c));
      out.push(match ? match.glyph : glyphs[i]!);
      i += match ? match.components.length + 1 : 1;
    }
    return out;
  }
}

function firstOfRanges(coverage: Extract<Coverage, { format: 2 }>, index: number): number {
  const range = coverage.ranges.find((r) => index >= r.index && index <= r.index + r.end - r.start)!;
  return range.start + index - range.index;
}

/** Glyphs of one face, with advances in font units (kerning included), as HarfBuzz returns them. */
export interface GlyphRun {
  face: Face;
  glyphs: number[];
  advances: number[];
}

/**
 * Characters shaped here as satori would: a letter, digit, punctuation,
 * symbol or space of the Basic Multilingual Plane. Marks are positioned by
 * GPOS rules this does not run, and format characters (soft hyphen, zero
 * width joiners) are hidden by HarfBuzz.
 */
const plain = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u;
const isWhitespace = (char: string) => /^\s$/.test(char);
const maxShapes = 4096;

/** Faces of one weight, in the order satori falls back through them for each character. */
export class FontStack {
  readonly faces: Face[];
  /** The faces' highest and lowest glyph extents, in font units. */
  readonly yMax: number;
  readonly yMin: number;
  private readonly shapes = new Map<string, GlyphRun[] | undefined>();
  private readonly fonts = new Map<string, Face | undefined>();

  constructor(faces: Face[]) {
    if (faces.length === 0) throw new Error('thẻ chia sẻ: không có phông');
    if (faces.some((f) => f.unitsPerEm !== faces[0]!.unitsPerEm)) throw new Error('thẻ chia sẻ: các phông khác cỡ em');
    this.faces = faces;
    this.yMax = Math.max(...faces.map((f) => f.font.tables.head.yMax));
    this.yMin = Math.min(...faces.map((f) => f.font.tables.head.yMin));
  }

  /** The first face with a glyph for the character, as satori resolves it. */
  faceOf(char: string): Face | undefined {
    if (!this.fonts.has(char)) this.fonts.set(char, plain.test(char) && char.length === 1 ? this.faces.find((f) => f.glyphOf(char) !== 0) : undefined);
    return this.fonts.get(char);
  }

  /**
   * `text` split where the face changes (spaces stay in the face before
   * them when it has them, as satori keeps them), each part shaped; undefined
   * when a character cannot be shaped here.
   */
  shape(text: string): GlyphRun[] | undefined {
    if (this.shapes.has(text)) return this.shapes.get(text);
    const parts: [string, Face][] = [];
    let ok = true;
    for (const char of text) {
      const last = parts.at(-1);
      const face = isWhitespace(char) && plain.test(char) && last && last[1].glyphOf(char) !== 0 ? last[1] : this.faceOf(char);
      if (!face) {
        ok = false;
        break;
      }
      if (last && last[1] === face) last[0] += char;
      else parts.push([char, face]);
    }
    const runs = ok
      ? parts.map(([part, face]) => {
          const glyphs = face.ligate([...part].map((c) => face.glyphOf(c)));
          const advances = glyphs.map((g, i) => face.advance(g) + (i + 1 < glyphs.length ? face.kern(g, glyphs[i + 1]!) : 0));
          return { face, glyphs, advances };
        })
      : undefined;
    if (this.shapes.size >= maxShapes) this.shapes.delete(this.shapes.keys().next().value!);
    this.shapes.set(text, runs);
    return runs;
  }

  /** Width in pixels, summed as satori sums it (run by run), so breaks fall at the same widths. */
  measure(text: string, fontSize: number): number | undefined {
    const runs = this.shape(text);
    if (!runs) return undefined;
    let width = 0;
    for (const run of runs) {
      let units = 0;
      for (const a of run.advances) units += a;
      width += (units / run.face.unitsPerEm) * fontSize;
    }
    return width;
  }
}

/**
 * The faces for `families` (a CSS font-family list, as `cardFontFamilies`)
 * at `weight`, from the files satori is given; each family needs that
 * weight exactly, as the shipped fonts have.
 */
export function fontStack(files: FontFile[], families: string, weight: number, faces = new Map<FontFile, Face>()): FontStack {
  const names = families.split(',').map((f) => f.trim().replace(/^["']|["']$/g, '').toLowerCase());
  return new FontStack(
    names.map((name) => {
      const file = files.find((f) => f.name.toLowerCase() === name && f.weight === weight);
      if (!file) throw new Error(`thẻ chia sẻ: thiếu phông "${name}" ${weight}`);
      let face = faces.get(file);
      if (!face) {
        face = Face.read(file);
        faces.set(file, face);
      }
      return face;
    }),
  );
}
