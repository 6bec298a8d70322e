/**
 * Horizontal bar charts drawn at build time with Observable Plot on a
 * server-side DOM (linkedom): the page receives plain SVG and no script.
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
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

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

/** Plot writes this on each mark's <g>, so tests and CSS can find marks by role. */
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

/** A halo in the page colour lifts text off the grid lines behind it. */
const halo = { stroke: 'var(--color-bg)', strokeWidth: 3, paintOrder: 'stroke' } as const;
// Plot leaves text unfilled once it has a stroke, so the fill is said again.
const ink = { fill: 'currentColor', ...halo } as const;

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

  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const bars = placed.map((p) => ({ x1: 0, x2: clamp(p.row.share), y1: p.barTop, y2: p.barBottom }));
  const markerRows = placed.flatMap((p) =>
    p.markers.map((m) => ({ x: clamp(m.marker.share), y1: p.barTop - 4, y2: p.barBottom + 4, kind: m.marker.kind, label: m.marker.label, lineY: m.lineY })),
  );
  const targetStyle = spec.style === 'target';
  const ticks = width < 480 ? [0, 50, 100] : [0, 25, 50, 75, 100];

  const marks: Plot.Markish[] = [
    Plot.ruleX(ticks, { stroke: colour.grid, y1: marginTop, y2: height - axisHeight }),
    Plot.rect(bars, {
      x1: 'x1',
      x2: 'x2',
      y1: 'y1',
      y2: 'y2',
      fill: targetStyle ? colour.targetFill : colour.result,
      stroke: targetStyle ? colour.target : 'none',
      strokeWidth: targetStyle ? 1.5 : 0,
      ...(targetStyle ? { strokeDasharray: '5,3' } : {}),
      className: targetStyle ? markClass.bar.target : markClass.bar.result,
    }),
  ];
  if (targetStyle) {
    marks.push(
      Plot.ruleX(bars, { x: 'x2', y1: (d: { y1: number }) => d.y1 - 3, y2: (d: { y2: number }) => d.y2 + 3, stroke: colour.target, strokeWidth: 4, className: markClass.targetEnd }),
    );
  }
  for (const kind of ['own', 'national'] as const) {
    const rows = markerRows.filter((m) => m.kind === kind);
    if (rows.length === 0) continue;
    marks.push(
      // A halo in the page's background colour keeps the tick visible across a filled bar.
      Plot.ruleX(rows, { x: 'x', y1: 'y1', y2: 'y2', stroke: 'var(--color-bg)', strokeWidth: 7 }),
      Plot.ruleX(rows, { x: 'x', y1: 'y1', y2: 'y2', stroke: colour[kind], strokeWidth: 3, ...(kind === 'national' ? { strokeDasharray: '4,2' } : {}), className: markClass.marker[kind] }),
      Plot.dot(rows, { x: 0, y: (d: { lineY: number }) => d.lineY + lineHeight / 2, dx: 5, r: 4, symbol: kind === 'national' ? 'diamond2' : 'triangle2', fill: colour[kind], stroke: colour[kind] }),
      Plot.text(rows, { x: 0, y: 'lineY', dx: 14, text: 'label', textAnchor: 'start', lineAnchor: 'top', lineHeight: 1.3, ...ink, className: markClass.markerLabel }),
    );
  }
  marks.push(
    Plot.text(placed, { x: 0, y: 'labelY', text: 'labelText', textAnchor: 'start', lineAnchor: 'top', lineHeight: 1.3, fontWeight: 600, ...ink, className: markClass.label }),
    Plot.text(
      placed.filter((p) => p.noteY !== undefined),
      { x: 0, y: 'noteY', text: (p: Placed) => p.row.note, textAnchor: 'start', lineAnchor: 'top', fill: colour.muted, ...halo, className: markClass.note },
    ),
    Plot.text(placed, {
      x: (p: Placed) => clamp(p.row.share),
      y: (p: Placed) => (p.barTop + p.barBottom) / 2,
      dx: targetStyle ? 8 : 5,
      text: (p: Placed) => p.row.valueText,
      textAnchor: 'start',
      lineAnchor: 'middle',
      fontWeight: 700,
      className: markClass.value,
    }),
    // Tick labels are placed by hand so "0%" and "100%" sit inside the drawing instead of half outside it.
    Plot.ruleX(ticks, { y1: height - axisHeight, y2: height - axisHeight + 4, stroke: 'currentColor' }),
    ...(['start', 'middle', 'end'] as const).map((anchor) =>
      Plot.text(
        ticks.filter((t) => (t === 0 ? 'start' : t === 100 ? 'end' : 'middle') === anchor),
        { x: (t: number) => t, y: height - axisHeight + 6, text: (t: number) => `${t}%`, textAnchor: anchor, lineAnchor: 'top', className: markClass.tick },
      ),
    ),
  );

  const svg = Plot.plot({
    document: document as unknown as Document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: 0,
    marginBottom: 0,
    x: { domain: [0, 100], range: [marginLeft, width - marginRight], axis: null },
    y: { type: 'identity', axis: null },
    marks,
  }) as unknown as Element;

  // Plot adds a <style> element; the page styles the chart itself (and a strict CSP forbids inline styles).
  svg.querySelector('style')?.remove();
  svg.setAttribute('font-size', String(fontSize));
  svg.setAttribute('class', `chart-svg chart-${spec.style}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', spec.labelledBy);
  svg.removeAttribute('aria-label');
  svg.removeAttribute('aria-description');
  for (const g of svg.querySelectorAll('[aria-label]')) g.removeAttribute('aria-label');
  return svg.outerHTML;
}

function clamp(share: number): number {
  return Math.max(0, Math.min(100, share));
}
