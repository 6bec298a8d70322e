/**
 * Every field an editor can write carries a one-line description: it is what
 * the field reference (docs/truong-du-lieu.md) and the JSON Schemas Astro
 * writes to .astro/collections/ show an editor.
 */
import { describe, expect, it } from 'vitest';
import { collectionJsonSchemas } from './json-schemas';

interface Node {
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
}

function fields(schema: Node, prefix = ''): [string, Node][] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, s]) => {
    const path = `${prefix}${name}`;
    const inner = [s.items, ...(s.anyOf ?? []), ...(s.oneOf ?? [])].filter((n): n is Node => !!n?.properties);
    return [[path, s] as [string, Node], ...fields(s, `${path}.`), ...inner.flatMap((n) => fields(n, `${path}[].`))];
  });
}

describe('schema field descriptions', () => {
  for (const { name, jsonSchema } of collectionJsonSchemas()) {
    it(`describes every field of ${name} in one line`, () => {
      const all = fields(jsonSchema as Node);
      expect(all.length).toBeGreaterThan(5);
      const missing = all.filter(([, s]) => !s.description?.trim()).map(([p]) => p);
      expect(missing, `thêm .describe('…') cho: ${missing.join(', ')}`).toEqual([]);
      for (const [path, s] of all) expect(s.description, path).not.toMatch(/\n/);
    });
  }
  it('includes the nested fields: sources, targets, series, criteria, indicators, levels, scoring', () => {
    const byName = Object.fromEntries(collectionJsonSchemas().map((c) => [c.name, fields(c.jsonSchema as Node).map(([p]) => p)]));
    expect(byName.plans).toEqual(expect.arrayContaining(['sources[].name', 'targets[].value', 'period.from']));
    expect(byName.stats).toEqual(expect.arrayContaining(['series[].key', 'series[].denominator']));
    expect(byName.criteria).toEqual(
      expect.arrayContaining(['criteria[].indicators[].text', 'levels[].name', 'scoring[].total', 'scoring[].bands', 'legalSource.number']),
    );
  });
});
