import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { markClass, renderBarChart, wrapText, type BarChartSpec, type RenderOptions } from './charts';
import { svgOutline } from '../../../tests/support/svg-outline';
import plotReference from './charts.plot-reference.json';

function parse(svg: string): Element {
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelector('svg')!;
}

const texts = (svg: Element, cls: string) => [...svg.querySelectorAll(`g.${cls} text`)].map((t) => t.textContent);

const result: BarChartSpec = {
  style: 'result',
  labelledBy: 'cap fin',
  rows: [
    {
      label: 'Hộ gia đình đạt danh hiệu Gia đình học tập',
      share: 78.1,
      valueText: '78,1%',
      note: 'Số lượng: 253.853 hộ',
      markers: [{ share: 70, kind: 'national', label: 'Mục tiêu quốc gia đến năm 2025 (tham chiếu): 70%' }],
    },
    { label: 'Dòng họ đạt danh hiệu Dòng họ học tập', share: 88, valueText: '88%' },
    { label: 'Huyện tổ chức xét danh hiệu', share: 100, valueText: '10/10', markers: [{ share: 90, kind: 'own', label: 'Mục tiêu của địa phương đến năm 2030: 90%' }] },
  ],
};

describe('renderBarChart', () => {
  it('draws one bar per row, labelled with the vi-VN value', () => {
    const svg = parse(renderBarChart(result, { width: 320 }));
    expect(svg.querySelectorAll(`g.${markClass.bar.result} rect`)).toHaveLength(3);
    expect(texts(svg, markClass.value)).toEqual(['78,1%', '88%', '10/10']);
    expect(texts(svg, markClass.note)).toEqual(['Số lượng: 253.853 hộ']);
  });

  it('bar lengths follow the shares on one 0–100 scale', () => {
    const svg = parse(renderBarChart(result, { width: 640 }));
    const widths = [...svg.querySelectorAll(`g.${markClass.bar.result} rect`)].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]! / widths[2]!).toBeCloseTo(0.781, 3);
    expect(widths[1]! / widths[2]!).toBeCloseTo(0.88, 3);
  });

  it('is an image labelled by the caption and the finding, with no inline <style>', () => {
    const svg = parse(renderBarChart(result, { width: 320 }));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('cap fin');
    expect(svg.querySelector('style')).toBeNull();
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 320 \d+$/);
  });

  it('draws national references and own targets as distinct labelled ticks', () => {
    const svg = parse(renderBarChart(result, { width: 320 }));
    const national = svg.querySelectorAll(`g.${markClass.marker.national} line`);
    const own = svg.querySelectorAll(`g.${markClass.marker.own} line`);
    expect(national).toHaveLength(1);
    expect(own).toHaveLength(1);
    expect(svg.querySelector(`g.${markClass.marker.national}`)?.getAttribute('stroke')).toBe('var(--chart-national)');
    expect(svg.querySelector(`g.${markClass.marker.own}`)?.getAttribute('stroke')).toBe('var(--chart-own)');
    const labels = [...svg.querySelectorAll(`g.${markClass.markerLabel} text`)].map((t) => t.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(labels.join(' | ')).toContain('Mục tiêu quốc gia đến năm 2025');
    expect(labels.join(' | ')).toContain('Mục tiêu của địa phương đến năm 2030');
  });

  it('draws targets as hollow dashed bars closed by a tick, never as filled result bars', () => {
    const svg = parse(renderBarChart({ ...result, style: 'target', rows: result.rows.map((r) => ({ ...r, markers: [] })) }, { width: 320 }));
    expect(svg.querySelector(`g.${markClass.bar.result}`)).toBeNull();
    const bars = svg.querySelector(`g.${markClass.bar.target}`)!;
    expect(bars.querySelectorAll('rect')).toHaveLength(3);
    expect(bars.getAttribute('stroke-dasharray')).toBe('5,3');
    expect(bars.getAttribute('fill')).toBe('var(--chart-target-fill)');
    expect(svg.querySelectorAll(`g.${markClass.targetEnd} line`)).toHaveLength(3);
    expect(svg.getAttribute('class')).toContain('chart-target');
  });

  it('uses only CSS custom properties or currentColor for colour, so dark mode restyles it', () => {
    const markup = renderBarChart(result, { width: 320 });
    const colours = [...markup.matchAll(/(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1]);
    for (const c of colours) expect(c, c).toMatch(/^(var\(--[a-z-]+\)|currentColor|none)$/);
  });

  it('paints every piece of text (a stroke halo must not leave it unfilled)', () => {
    const svg = parse(renderBarChart(result, { width: 320 }));
    const groups = [...svg.querySelectorAll('g')].filter((g) => g.querySelector(':scope > text'));
    expect(groups.length).toBeGreaterThan(4);
    for (const g of groups) expect(g.getAttribute('fill') ?? 'inherited', g.getAttribute('class') ?? '').not.toBe('none');
  });

  it('keeps every value label inside the drawing at 320 px', () => {
    const svg = parse(renderBarChart(result, { width: 320, fontSize: 12 }));
    for (const t of svg.querySelectorAll(`g.${markClass.value} text`)) {
      const x = Number(/translate\(([\d.]+)/.exec(t.getAttribute('transform') ?? '')![1]) + 5;
      expect(x + (t.textContent?.length ?? 0) * 12 * 0.62).toBeLessThanOrEqual(320);
    }
  });

  it('wraps long names to the width instead of letting them run off a phone screen', () => {
    const svg = parse(renderBarChart({ ...result, rows: [{ label: 'Cơ sở giáo dục phổ thông, thường xuyên, nghề nghiệp và khác hoạt động trên môi trường số', share: 60, valueText: '60%' }] }, { width: 320 }));
    const lines = [...svg.querySelectorAll(`g.${markClass.label} tspan`)].map((t) => t.textContent ?? '');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(Math.floor((320 - 6) / (12 * 0.62)));
  });

  it('escapes names, notes and ids, so a "<" or "&" in the data is shown, never parsed as markup', () => {
    const markup = renderBarChart(
      { style: 'result', labelledBy: 'a"b', rows: [{ label: '<script>x</script> & "q"', share: 10, valueText: '<10%', note: "<b>n</b> 'm'" }] },
      { width: 320 },
    );
    expect(markup).not.toMatch(/<(script|b)\b/);
    const svg = parse(markup);
    expect(svg.getAttribute('aria-labelledby')).toBe('a"b');
    expect(texts(svg, markClass.label)).toEqual(['<script>x</script> & "q"']);
    expect(texts(svg, markClass.note)).toEqual(["<b>n</b> 'm'"]);
    expect(texts(svg, markClass.value)).toEqual(['<10%']);
  });

  it('labels the axis 0% to 100% with fewer ticks on a phone', () => {
    expect(texts(parse(renderBarChart(result, { width: 320 })), markClass.tick)).toEqual(['0%', '50%', '100%']);
    expect(texts(parse(renderBarChart(result, { width: 640 })), markClass.tick).sort()).toEqual(['0%', '100%', '25%', '50%', '75%'].sort());
  });
});

// Recorded from Observable Plot 0.6.17's drawings of these specs (on linkedom), before the charts
// were written as strings: every mark must stay where Plot put it, with the same paint and words.
describe('renderBarChart draws what Observable Plot drew', () => {
  for (const c of plotReference as { name: string; spec: BarChartSpec; options: RenderOptions; outline: string[] }[]) {
    it(c.name, () => {
      expect(svgOutline(renderBarChart(c.spec, c.options))).toEqual(c.outline);
    });
  }
});

describe('wrapText', () => {
  it('breaks at spaces and keeps every word', () => {
    const lines = wrapText('Dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật', 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe('Dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật');
  });
  it('cuts a word longer than a line', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });
});
