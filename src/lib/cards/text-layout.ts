/**
 * Satori's layout of a text box (src/text/index.ts of satori 0.63), redone
 * for the one case a card title is: left-aligned, `white-space: normal`,
 * no letter or word spacing, no indent, no clamp. Each step is satori's, in
 * satori's order of floating-point operations, so lines break at the same
 * words and every glyph lands where satori's path puts it:
 *
 * - words are the spans between UAX #14 break opportunities (`linebreak`,
 *   as satori uses), each with the spaces after it;
 * - a word goes to the next line when the line with it, less its trailing
 *   spaces, would pass the box; widths are shaped widths (`glyph-fonts.ts`);
 * - words are cut into Intl.Segmenter word pieces; pieces of one line up to
 *   a space are shaped and drawn together from the first piece's place,
 *   which is rounded to a pixel when the text has more than one line.
 *
 * Anything else satori would do differently (a word wider than the box, a
 * forced break) gives `undefined`, and the card is drawn by satori.
 */
import LineBreaker from 'linebreak';
import type { Face, FontStack } from './glyph-fonts.ts';

export interface TextStyle {
  fontSize: number;
  /** A multiple of the font size, or `normal` (the font's ascent plus descent). */
  lineHeight: number | 'normal';
}

interface Piece {
  text: string;
  x: number;
  y: number;
  line: number;
}

/** A text's lines in a box of a given width: what the card layout needs before placing glyphs. */
export interface TextFlow {
  stack: FontStack;
  style: TextStyle;
  /** The text of each line, spaces at its end included. */
  lines: string[];
  /** Sum of the lines' heights, each rounded to a pixel, as satori sums them. */
  height: number;
  pieces: Piece[];
  baselines: number[];
}

export interface PlacedGlyph {
  face: Face;
  glyph: number;
  /** The glyph's origin: x in pixels (fractional), y its baseline. */
  x: number;
  y: number;
}

/** Where satori adds nothing between pieces it shapes apart: the pieces that end a run. */
const wordSeparators = [0x0020, 0x00a0, 0x1361, 0x10100, 0x10101, 0x1039, 0x1091, 0xa].map((p) => String.fromCodePoint(p));

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Word pieces, with a no-break space joining the words beside it (satori's `segment(…, 'word')`). */
function wordPieces(text: string): string[] {
  const segmented = [...wordSegmenter.segment(text)].map((s) => s.segment);
  const out: string[] = [];
  for (let i = 0; i < segmented.length; ) {
    if (segmented[i] === '\u00a0') {
      const before = i === 0 ? '' : out.pop()!;
      out.push(before + '\u00a0' + (i === segmented.length - 1 ? '' : segmented[i + 1]!));
      i += 2;
    } else {
      out.push(segmented[i++]!);
    }
  }
  return out;
}

/** Satori's `white-space: normal`: newlines and runs of spaces or tabs become one space, trimmed once at each end. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\n/g, ' ').replace(/([ ]|\t)+/g, ' ').replace(/^[ ]|[ ]$/g, '');
}

function lineMetrics(stack: FontStack, style: TextStyle, text: string) {
  const face = stack.faceOf(String.fromCodePoint(text.codePointAt(0)!)) ?? stack.faces[0]!;
  const { fontSize } = style;
  const ascender = (face.font.ascender / face.unitsPerEm) * fontSize;
  const descender = (face.font.descender / face.unitsPerEm) * fontSize;
  const height = style.lineHeight === 'normal' ? ascender - descender : fontSize * style.lineHeight;
  // Like Chrome, as satori does: ascent and descent rounded, half the leading floored.
  const asc = Math.round(ascender);
  const desc = Math.round(-descender);
  return { height, baseline: asc + Math.floor((height - asc - desc) / 2) };
}

/** `text` broken into lines in a box `width` wide, or undefined where satori would lay it out otherwise. */
export function flowText(stack: FontStack, style: TextStyle, text: string, width: number): TextFlow | undefined {
  const content = collapseWhiteSpace(text);
  const measure = (s: string) => stack.measure(s, style.fontSize);
  const breaker = new LineBreaker(content);
  const words: string[] = [];
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    // A forced break (a line separator) starts a line satori measures its own way.
    if (bk.required && bk.position < content.length) return undefined;
    words.push(content.slice(last, bk.position));
    last = bk.position;
  }
  const lines: string[] = [];
  const lineWidths: number[] = [];
  const baselines: number[] = [];
  const pieces: Piece[] = [];
  let height = 0;
  let currentWidth = 0;
  let currentLineHeight = 0;
  let currentBaseline = 0;
  let prevEndingSpaces = 0;
  let lineText = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const w = measure(word);
    const trimmed = word.trimEnd();
    const trimmedWidth = trimmed === word ? w : measure(trimmed);
    if (w === undefined || trimmedWidth === undefined || w === 0) return undefined;
    const endingSpaces = w - trimmedWidth;
    const metrics = lineMetrics(stack, style, word);
    if (i > 0 && currentWidth + w > width + endingSpaces) {
      lineWidths.push(currentWidth - prevEndingSpaces);
      lines.push(lineText);
      baselines.push(currentBaseline);
      height += currentLineHeight;
      currentWidth = w;
      currentLineHeight = Math.round(metrics.height);
      currentBaseline = Math.round(metrics.baseline);
      lineText = word;
    } else {
      currentWidth += w;
      lineText += word;
      if (Math.round(metrics.height) > currentLineHeight) {
        currentLineHeight = Math.round(metrics.height);
        currentBaseline = Math.round(metrics.baseline);
      }
    }
    let x = currentWidth - w;
    for (const piece of wordPieces(word)) {
      const pieceWidth = measure(piece);
      if (pieceWidth === undefined) return undefined;
      pieces.push({ text: piece, x, y: height, line: lines.length });
      x += pieceWidth;
    }
    prevEndingSpaces = endingSpaces;
  }
  if (currentWidth) {
    height += currentLineHeight;
    lineWidths.push(currentWidth);
    lines.push(lineText);
    baselines.push(currentBaseline);
  }
  // A word wider than the box overflows it in satori, and sizes the box by it; not a title's case.
  if (lineWidths.some((w) => w > width)) return undefined;
  return { stack, style, lines, height, pieces, baselines };
}

/** The glyphs of a flow whose box has its top left corner at (left, top), as satori draws them. */
export function placeGlyphs(flow: TextFlow, left: number, top: number): PlacedGlyph[] {
  const { stack, style, pieces, baselines } = flow;
  const multiline = flow.lines.length > 1;
  const glyphs: PlacedGlyph[] = [];
  let buffer: string | null = null;
  let bufferedOffset = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const next = pieces[i + 1];
    // Satori rounds each piece's place when lines were broken (drawn as paths, they look crisper).
    const leftOffset = multiline ? Math.round(piece.x) : piece.x;
    if (!wordSeparators.includes(piece.text) && next && next.text && piece.y === next.y) {
      if (buffer === null) bufferedOffset = leftOffset;
      buffer = buffer === null ? piece.text : buffer + piece.text;
      continue;
    }
    const segment = buffer === null ? piece.text : buffer + piece.text;
    const segmentLeft = buffer === null ? leftOffset : bufferedOffset;
    buffer = null;
    const baselineOfWord = lineMetrics(stack, style, piece.text).baseline;
    const y = top + piece.y + baselineOfWord + (baselines[piece.line]! - baselineOfWord);
    let cursorX = left + segmentLeft;
    for (const run of stack.shape(segment.replace(/\n/g, ''))!) {
      const scale = style.fontSize / run.face.unitsPerEm;
      run.glyphs.forEach((glyph, k) => {
        glyphs.push({ face: run.face, glyph, x: cursorX, y });
        cursorX += run.advances[k]! * scale;
      });
    }
  }
  return glyphs;
}

/** Satori's coordinate rounding: to 0.1 px, half away from zero. */
export const roundTenth = (value: number) => (value < 0 ? -Math.round(-value * 10) : Math.round(value * 10)) / 10;

/**
 * The SVG path satori writes for placed glyphs, character for character:
 * how the tests (and the painter's check on each look's first card) know the
 * layout is satori's.
 */
export function svgPathOf(glyphs: PlacedGlyph[], fontSize: number): string {
  let data = '';
  for (const { face, glyph, x, y } of glyphs) {
    const { path } = face.font.glyphs.get(glyph);
    const scale = fontSize / (path.unitsPerEm || 1000);
    const px = (cx: number) => roundTenth(x + cx * scale);
    const py = (cy: number) => roundTenth(y - cy * scale);
    for (const c of path.commands) {
      if (c.type === 'M' || c.type === 'L') data += `${c.type}${px(c.x)} ${py(c.y)}`;
      else if (c.type === 'Q') data += `Q${px(c.x1)} ${py(c.y1)} ${px(c.x)} ${py(c.y)}`;
      else if (c.type === 'C') data += `C${px(c.x1)} ${py(c.y1)} ${px(c.x2)} ${py(c.y2)} ${px(c.x)} ${py(c.y)}`;
      else data += 'Z';
    }
  }
  return data;
}
