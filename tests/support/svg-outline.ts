/**
 * An SVG string as one line per element or text node, attributes sorted and
 * numbers rounded to 1e-6: two drawings with the same outline put the same
 * marks in the same places with the same paint, however their markup is
 * spelled (attribute order, quoting, float noise). The chart test compares
 * renderBarChart's outline with the one recorded from Observable Plot's output.
 */
import { parseHTML } from 'linkedom';

const number = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g;
const round = (value: string) => value.replace(number, (n) => String(Math.round(Number(n) * 1e6) / 1e6));

export function svgOutline(svg: string): string[] {
  const root = parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelector('svg');
  if (!root) throw new Error('no <svg> in the markup');
  const lines: string[] = [];
  const walk = (el: Element, depth: number) => {
    const indent = ' '.repeat(depth);
    const attrs = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(round(a.value))}`).sort();
    lines.push([`${indent}${el.tagName.toLowerCase()}`, ...attrs].join(' '));
    // linkedom's parser splits a text at each character reference ("&amp;", "&quot;"): one run of text is one line.
    let text: string | undefined;
    const flush = () => {
      if (text !== undefined) lines.push(`${indent} #text ${JSON.stringify(text)}`);
      text = undefined;
    };
    for (const child of el.childNodes) {
      if (child.nodeType === 3) text = (text ?? '') + child.textContent;
      else if (child.nodeType === 1) {
        flush();
        walk(child as Element, depth + 1);
      }
    }
    flush();
  };
  walk(root, 0);
  return lines;
}
