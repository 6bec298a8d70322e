/**
 * Horizontal bar charts drawn at build time as plain SVG, written as a string:
 * the page receives SVG and no script. They were drawn with Observable Plot on
 * a server-side DOM (linkedom) until a profile of a 20,000-item build showed
 * that cost about 3 ms a chart, some 15 s of the single render thread; the
 * markup is still what Plot wrote (its scale arithmetic, text placement and
 * symbols), and charts.plot-reference.json holds Plot's drawings to check it.
 *
 * Long Vietnamese indicator names do not fit beside a bar on a 360 px phone,
 * so each row puts its name (wrapped) above its bar and its value after the
 * bar's end; the right margin is sized to the longest value so nothing is
 * clipped. Colours are CSS custom properties (`var(--chart-…)`) set by the
 * page, so light and dark mode restyle the same SVG.
 *
 * Results are filled bars. Targets are hollow, dashed bars closed by a thick
 * tick, so a target never looks like something achieved. A target beside a
 * result is a tick across the bar with its own labelled line under it.
 */
export type BarStyle = 'result' | 'target';
export type MarkerKind = 'own' | 'national';

export interface ChartMarker {
  /** 0–100 on the bar's scale. */
  share: number;
  kind: MarkerKind;
  /** Shown on its own line under the bar: "Mục tiêu quốc gia đến năm 2025: 70%". */
  label: string;
}

export interface ChartRow {
  label: string;
  /** 0–100: what the bar draws. */
  share: number;
  /** The value as the source states it, in vi-VN form. */
  valueText: string;
  /** A second line under the name, such as the count behind a share. */
  note?: string | undefined;
  markers?: ChartMarker[] | undefined;
}

export interface BarChartSpec {
  rows: ChartRow[];
  style: BarStyle;
  /** id of the element that states the finding in words; the SVG is labelled by it. */
  labelledBy: string;
}

export interface RenderOptions {
  width: number;
  fontSize?: number;
}

/** The class of each mark's <g>, so tests and CSS can find marks by role. */
export const markClass = {
  bar: { result: 'bar-result', target: 'bar-target' },
  targetEnd: 'target-end',
  marker: { own: 'marker-own', national: 'marker-national' },
  value: 'value-label',
  label: 'row-label',
  note: 'row-note',
  markerLabel: 'marker-label',
  tick: 'tick-label',
} as const;

const colour = {
  result: 'var(--chart-result)',
  target: 'var(--chart-target)',
  targetFill: 'var(--chart-target-fill)',
  own: 'var(--chart-own)',
  national: 'var(--chart-national)',
  grid: 'var(--chart-grid)',
  muted: 'var(--chart-muted)',
} as const;

/** A halo in the page colour lifts text off the grid lines behind it; the fill is inherited from the <svg>. */
const halo = { stroke: 'var(--color-bg)', 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' } as const;

/** A wide estimate of a glyph's width, so wrapped lines and value labels are never cut. */
const CHAR_EM = 0.62;

/** Break text into lines of at most `max` characters, at spaces where possible. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = '';
    }
    if (word.length > max) {
      // A word longer than the line (a long URL, say) is cut rather than overflowing.
      let rest = word;
      while (rest.length > max) {
        lines.push(rest.slice(0, max));
        rest = rest.slice(max);
      }
      line = rest;
      continue;
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

interface Placed {
  row: ChartRow;
  labelY: number;
  labelText: string;
  noteY?: number;
  barTop: number;
  barBottom: number;
  markers: { marker: ChartMarker; lineY: number }[];
}

export function renderBarChart(spec: BarChartSpec, options: RenderOptions): string {
  const { width } = options;
  const fontSize = options.fontSize ?? 12;
  const lineHeight = Math.round(fontSize * 1.3);
  const barHeight = Math.round(fontSize * 1.5);
  const rowGap = Math.round(fontSize * 1.2);
  const charWidth = fontSize * CHAR_EM;
  const longestValue = Math.max(...spec.rows.map((r) => r.valueText.length), 1);
  // Value labels are bold, and "%" is wider than a digit: a wider estimate than body text's.
  const marginRight = Math.ceil(longestValue * fontSize * 0.72 + 18);
  const marginLeft = 2;
  const marginTop = 4;
  // Room under the grid for the tick and its label's whole line box, at any text size.
  const axisHeight = Math.ceil(6 + fontSize * 1.5);
  const maxChars = Math.max(12, Math.floor((width - marginLeft - 4) / charWidth));

  let y = marginTop;
  const placed: Placed[] = spec.rows.map((row) => {
    const lines = wrapText(row.label, maxChars);
    const p: Placed = { row, labelY: y, labelText: lines.join('\n'), barTop: 0, barBottom: 0, markers: [] };
    y += lines.length * lineHeight;
    if (row.note) {
      p.noteY = y;
      y += lineHeight;
    }
    p.barTop = y + 4;
    p.barBottom = p.barTop + barHeight;
    y = p.barBottom + 4;
    for (const marker of row.markers ?? []) {
      // Marker labels wrap too: "Mục tiêu quốc gia đến năm 2025 (tham chiếu): 70%" is long on a phone.
      const markerLines = wrapText(marker.label, maxChars - 2);
      p.markers.push({ marker: { ...marker, label: markerLines.join('\n') }, lineY: y });
      y += markerLines.length * lineHeight;
    }
    y += rowGap;
    return p;
  });
  const height = Math.ceil(y + axisHeight);

  // 0–100 onto the drawing, in the arithmetic of d3's linear scale (which Plot used), so every
  // coordinate is the number Plot wrote.
  const x0 = marginLeft;
  const x1 = width - marginRight;
  const xOf = (share: number) => {
    const t = share / 100;
    return x0 * (1 - t) + x1 * t;
  };
  const targetStyle = spec.style === 'target';
  const ticks = width < 480 ? [0, 50, 100] : [0, 25, 50, 75, 100];
  // A share that is not a number draws no bar, tick or value (as Plot left them out).
  const bars = placed
    .map((p) => ({ p, x: xOf(clamp(p.row.share)) }))
    .filter((b) => !Number.isNaN(b.x));
  const markerRows = placed.flatMap((p) => p.markers.map((m) => ({ ...m, p, x: xOf(clamp(m.marker.share)) })));
  const axisY = height - axisHeight;

  const marks: string[] = [
    g({ stroke: colour.grid }, ticks.map((t) => line(xOf(t), marginTop, axisY))),
    g(
      targetStyle
        ? { class: markClass.bar.target, fill: colour.targetFill, stroke: colour.target, 'stroke-width': 1.5, 'stroke-dasharray': '5,3' }
        : { class: markClass.bar.result, fill: colour.result, 'stroke-width': 0 },
      bars.map(({ p, x }) => `<rect${attrs({ x: Math.min(x0, x), y: p.barTop, width: Math.max(0, Math.abs(x - x0)), height: p.barBottom - p.barTop })}/>`),
    ),
  ];
  if (targetStyle) {
    marks.push(g({ class: markClass.targetEnd, stroke: colour.target, 'stroke-width': 4 }, bars.map(({ p, x }) => line(x, p.barTop - 3, p.barBottom + 3))));
  }
  for (const kind of ['own', 'national'] as const) {
    const rows = markerRows.filter((m) => m.marker.kind === kind);
    const ticksAt = rows.filter((m) => !Number.isNaN(m.x)).map((m) => line(m.x, m.p.barTop - 4, m.p.barBottom + 4));
    marks.push(
      // A halo in the page's background colour keeps the tick visible across a filled bar.
      g({ stroke: 'var(--color-bg)', 'stroke-width': 7 }, ticksAt),
      g({ class: markClass.marker[kind], stroke: colour[kind], 'stroke-width': 3, 'stroke-dasharray': kind === 'national' ? '4,2' : undefined }, ticksAt),
      g(
        { fill: colour[kind], stroke: colour[kind], 'stroke-width': 1.5, transform: 'translate(5,0)' },
        rows.map((m) => `<path${attrs({ d: symbol[kind], transform: `translate(${x0},${m.lineY + lineHeight / 2})` })}/>`),
      ),
      g(
        { class: markClass.markerLabel, ...halo, 'text-anchor': 'start', transform: 'translate(14,0)' },
        rows.map((m) => text(x0, m.lineY, m.marker.label, 'top', 1.3)),
      ),
    );
  }
  marks.push(
    g({ class: markClass.label, ...halo, 'text-anchor': 'start', 'font-weight': 600 }, placed.map((p) => text(x0, p.labelY, p.labelText, 'top', 1.3))),
    g(
      { class: markClass.note, fill: colour.muted, ...halo, 'text-anchor': 'start' },
      placed.map((p) => (p.noteY === undefined ? '' : text(x0, p.noteY, p.row.note ?? '', 'top', 1))),
    ),
    g(
      { class: markClass.value, 'text-anchor': 'start', 'font-weight': 700, transform: `translate(${targetStyle ? 8 : 5},0)` },
      bars.map(({ p, x }) => text(x, (p.barTop + p.barBottom) / 2, p.row.valueText, 'middle', 1)),
    ),
    g({ stroke: 'currentColor' }, ticks.map((t) => line(xOf(t), axisY, axisY + 4))),
    // Tick labels are anchored by hand so "0%" and "100%" sit inside the drawing instead of half outside it.
    ...(['start', 'middle', 'end'] as const).map((anchor) =>
      g(
        { class: markClass.tick, 'text-anchor': anchor === 'middle' ? undefined : anchor },
        ticks.filter((t) => (t === 0 ? 'start' : t === 100 ? 'end' : 'middle') === anchor).map((t) => text(xOf(t), axisY + 6, `${t}%`, 'top', 1)),
      ),
    ),
  );

  // No <style> (a strict CSP forbids inline styles: the site's stylesheet sizes the drawing) and no
  // aria-label: the drawing is named by the caption and the finding stated in words.
  const svgAttrs = attrs({
    class: `chart-svg chart-${spec.style}`,
    fill: 'currentColor',
    'font-family': 'system-ui, sans-serif',
    'font-size': fontSize,
    'text-anchor': 'middle',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': spec.labelledBy,
  });
  return `<svg${svgAttrs}>${marks.join('')}</svg>`;
}

/** Plot's dot symbols at r = 4 (d3's triangle2 and diamond2 of area 16π), as d3 rounds them. */
const symbol = {
  own: 'M0,-4.838L4.19,2.419L-4.19,2.419Z',
  national: 'M0,-4.44L4.44,0L0,4.44L-4.44,0Z',
} as const;

type Attrs = Record<string, string | number | undefined>;

function attrs(a: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(a)) if (value !== undefined) out += ` ${name}="${escapeXml(String(value))}"`;
  return out;
}

/** A mark's group; a mark with nothing to draw leaves no empty group behind. */
function g(a: Attrs, children: string[]): string {
  const inner = children.join('');
  return inner ? `<g${attrs(a)}>${inner}</g>` : '';
}

function line(x: number, y1: number, y2: number): string {
  return `<line${attrs({ x1: x, x2: x, y1, y2 })}/>`;
}

/**
 * Text at (x, y), one line per "\n", as Plot sets it: the first line's baseline is placed in em
 * so the block's top ("top") or middle ("middle") is at y, whatever the font size; later lines
 * follow by the line height. Empty text draws nothing.
 */
function text(x: number, y: number, value: string, lineAnchor: 'top' | 'middle', lineHeight: number): string {
  if (value === '') return '';
  const lines = value.split(/\r\n?|\n/g);
  const n = lines.length;
  const first = lineAnchor === 'top' ? 0.71 : (164 - n * 100) / 200;
  const transform = ` transform="translate(${x},${y})"`;
  if (n === 1) return `<text${transform} y="${first * lineHeight}em">${escapeXml(value)}</text>`;
  let spans = '';
  // A blank line gets no <tspan>; the next line's offset spans it.
  let m = 0;
  for (let i = 0; i < n; ++i) {
    ++m;
    if (!lines[i]) continue;
    const place = i === m - 1 ? `y="${(first + i) * lineHeight}em"` : `dy="${m * lineHeight}em"`;
    spans += `<tspan x="0" ${place}>${escapeXml(lines[i]!)}</tspan>`;
    m = 0;
  }
  return `<text${transform}>${spans}</text>`;
}

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text and attribute values alike: a label may hold "<", "&" or quotes. */
function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => xmlEntities[c]!);
}

function clamp(share: number): number {
  return Math.max(0, Math.min(100, share));
}
