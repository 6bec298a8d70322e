import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionJsonSchemas } from '../../schemas/json-schemas';
import { cmsCollections, cmsConfig, type CmsField } from './config';
import { fieldLabels } from './labels';

type Json = Record<string, unknown>;

/**
 * Every property path of a JSON Schema (`sources.*.name`), with whether it is
 * required and its description. Zod's own JSON Schema export is a second,
 * independent reading of the schemas, so a field the generator drops or
 * invents shows up as a difference.
 */
function jsonFields(schema: Json, prefix = '', required = true, out = new Map<string, { required: boolean; description?: string }>()) {
  const variants = [...((schema.anyOf as Json[]) ?? []), ...((schema.oneOf as Json[]) ?? [])];
  for (const v of variants) jsonFields(v, prefix, false, out);
  // A list item, once added, needs its required fields whether or not the list itself is required.
  if (schema.items && typeof schema.items === 'object') jsonFields(schema.items as Json, `${prefix}*.`, true, out);
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const needed = new Set((schema.required as string[]) ?? []);
  for (const [key, sub] of Object.entries(props)) {
    const path = `${prefix}${key}`;
    const isRequired = required && needed.has(key) && !('default' in sub);
    if (!out.has(path)) out.set(path, { required: isRequired, ...(typeof sub.description === 'string' ? { description: sub.description } : {}) });
    jsonFields(sub, `${path}.`, isRequired, out);
  }
  return out;
}

function cmsFields(fields: CmsField[], prefix = '', out = new Map<string, CmsField>()) {
  for (const f of fields) {
    const path = `${prefix}${f.name}`;
    out.set(path, f);
    if (f.fields) cmsFields(f.fields, f.widget === 'list' ? `${path}.*.` : `${path}.`, out);
  }
  return out;
}

const { collections } = cmsCollections();
const jsonSchemas = collectionJsonSchemas();

describe('the CMS config follows the schemas', () => {
  it('has a collection for every content collection the site defines', () => {
    const config = readFileSync(resolve(import.meta.dirname, '../../content.config.ts'), 'utf8');
    const defined = [...config.matchAll(/^\s*(\w+): defineCollection/gm)].map((m) => m[1]).sort();
    expect(defined.length).toBeGreaterThan(6);
    expect(collections.map((c) => c.name).sort()).toEqual(defined);
  });

  for (const { name, format, jsonSchema } of jsonSchemas) {
    describe(name, () => {
      const collection = collections.find((c) => c.name === name)!;
      const schemaFields = jsonFields(jsonSchema);
      const formFields = cmsFields(collection.fields);
      it('has a form field for every schema field and none other (Markdown files add their body)', () => {
        const extra = format === 'md' ? ['body'] : [];
        expect([...formFields.keys()].sort()).toEqual([...schemaFields.keys(), ...extra].sort());
      });
      it('asks for exactly the fields the schema requires', () => {
        for (const [path, field] of formFields) {
          if (path === 'body') continue;
          expect(field.required !== false, path).toBe(schemaFields.get(path)!.required);
        }
      });
      it("shows each field's own description from the schema", () => {
        for (const [path, { description }] of schemaFields) {
          if (description && !description.startsWith('ref:') && description !== 'image') {
            expect(formFields.get(path)!.hint ?? '', path).toContain(description);
          }
        }
      });
      it('names every field in Vietnamese', () => {
        for (const [path, field] of formFields) if (path !== 'body') expect(fieldLabels[field.name], path).toBe(field.label);
      });
      it('writes files where and as the site reads them', () => {
        expect(collection.folder).toBe(`content/${name}`);
        expect(collection.extension).toBe(format === 'md' ? 'md' : 'yaml');
      });
    });
  }
});

describe('fields the editor fills by hand', () => {
  const fields = (collection: string) => cmsFields(collections.find((c) => c.name === collection)!.fields);
  it('checks a plan number with the pattern and message of the schema', () => {
    const number = fields('plans').get('number')!;
    expect(number.pattern).toEqual(['^\\d+\\/[A-ZĐ0-9-]+$', 'số hiệu văn bản phải có dạng 67/KH-UBND']);
    expect(new RegExp(number.pattern![0], 'u').test('67/KH-UBND')).toBe(true);
    expect(new RegExp(number.pattern![0], 'u').test('KH 67')).toBe(false);
  });
  it('offers the choices of an enum', () => {
    expect(fields('plans').get('level')).toMatchObject({ widget: 'select', options: ['quoc-gia', 'tinh', 'thanh-pho', 'huyen', 'xa'] });
    expect(fields('criteria').get('level')).toMatchObject({ widget: 'select', multiple: true });
  });
  it('picks references from the collection they name', () => {
    expect(fields('news').get('localities')).toMatchObject({ widget: 'relation', collection: 'localities', multiple: true, value_field: '{{slug}}', display_fields: ['name'] });
    expect(fields('plans').get('targets.*.learningTitle')).toMatchObject({ widget: 'relation', collection: 'titles', display_fields: ['title'] });
    expect(fields('stats').get('plan')).toMatchObject({ widget: 'relation', collection: 'plans' });
    expect(fields('localities').get('parent')).toMatchObject({ widget: 'relation', collection: 'localities' });
  });
  it('takes a full date with a date picker, and a date without a year as text', () => {
    expect(fields('news').get('date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    const issued = fields('plans').get('issued')!;
    expect(issued.widget).toBe('string');
    expect(issued.hint).toContain('--05-30');
  });
  it('nests lists and objects: sources, targets, series, criteria with indicators', () => {
    expect(fields('news').get('sources')).toMatchObject({ widget: 'list' });
    expect(fields('news').get('sources')!.required).toBeUndefined();
    expect(fields('plans').get('period.to')).toMatchObject({ widget: 'number', value_type: 'int', min: 1945, max: 2100 });
    expect(fields('stats').get('series.*.value')).toMatchObject({ widget: 'number', value_type: 'float' });
    expect(fields('criteria').get('criteria.*.indicators.*.text')).toMatchObject({ widget: 'string' });
    expect(fields('criteria').get('scoring.kind')).toMatchObject({ widget: 'select', options: ['points', 'pass-fail'] });
  });
  it('asks for an image with its alt text', () => {
    expect(fields('news').get('cover.src')).toMatchObject({ widget: 'image' });
    expect(fields('news').get('cover.alt')).toMatchObject({ widget: 'string', label: 'Mô tả ảnh (alt)' });
  });
  it('hands the browser the schema of every field it lists', () => {
    const { schemas } = cmsCollections();
    for (const c of collections) {
      for (const [path, field] of cmsFields(c.fields)) if (path !== 'body') expect(schemas.has(field.schema_path!), `${c.name}/${path}`).toBe(true);
    }
    expect(schemas.get('plans/number')!.safeParse('KH 67').error?.issues[0]?.message).toBe('số hiệu văn bản phải có dạng 67/KH-UBND');
    expect(schemas.get('plans/issued')!.safeParse('--02-30').success).toBe(false);
    expect(schemas.get('plans/issued')!.safeParse('--05-30').success).toBe(true);
  });
});

describe('the whole config', () => {
  it('opens a pull request per entry on a forge, and writes the working copy directly through the local proxy', () => {
    const forge = cmsConfig({ backend: { name: 'github', repo: 'owner/repo', branch: 'main' } });
    expect(forge.publish_mode).toBe('editorial_workflow');
    expect(forge.locale).toBe('vi');
    const local = cmsConfig({ backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:9/api/v1' } });
    expect('publish_mode' in local).toBe(false);
    for (const name of ['gitlab', 'forgejo'] as const) expect(cmsConfig({ backend: { name, repo: 'o/r', branch: 'main' } }).publish_mode).toBe('editorial_workflow');
  });
});
