/**
 * The web editor's configuration (Decap CMS), generated from the zod schemas
 * so they stay the only description of fields: every collection, every field
 * with its Vietnamese label (labels.ts) and the schema's own one-line
 * description, required or not, patterns with the schema's message, choices,
 * lists, nested objects, references as pickers, dates.
 *
 * The same walk also hands the browser each field's zod schema (by
 * `schema_path`), so the form checks a value with the rule the build uses.
 */
import { z } from 'astro/zod';
import type { CollectionName, RefSchema, SchemaContext } from '../../schemas/fields';
import { documentedCollections } from '../../schemas/json-schemas';
import { collectionLabels, fieldLabels, formWords } from './labels';

type Zod = z.ZodType;
// zod keeps a schema's parts in `_zod.def`; its public types do not list them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Def = Record<string, any>;
const defOf = (s: Zod): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** A Decap CMS field, as config.yml writes it. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  date_format?: string;
  time_format?: boolean;
  format?: string;
  picker_utc?: boolean;
  /** Where the browser finds this field's zod schema; Decap passes unknown keys through. */
  schema_path?: string;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  create: boolean;
  extension: 'md' | 'yaml';
  format: 'frontmatter' | 'yml';
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  fields: CmsField[];
}

/**
 * Markers for references and images, so the walk knows them after the schema
 * is built. They key on the schema's definition, which `.describe()` and other
 * clones share, not on the instance, which they replace.
 */
function markingContext() {
  const refDefs = new WeakMap<object, CollectionName>();
  const imageDefs = new WeakSet<object>();
  const ctx: SchemaContext = {
    ref: (collection) => {
      const s = z.string().transform((id) => ({ id, collection }));
      refDefs.set(defOf(s), collection);
      return s as unknown as RefSchema;
    },
    image: () => {
      const s = z.string();
      imageDefs.add(defOf(s));
      return s;
    },
  };
  return {
    ctx,
    refs: { get: (s: Zod) => refDefs.get(defOf(s)), has: (s: Zod) => refDefs.has(defOf(s)) },
    images: { has: (s: Zod) => imageDefs.has(defOf(s)) },
  };
}

type Marks = ReturnType<typeof markingContext>;

/** A check's own message, as zod would report it. */
function messageOf(check: Def): string | undefined {
  const error = check.error;
  if (typeof error === 'function') {
    const m = error({ code: check.check ?? 'custom', input: undefined });
    return typeof m === 'string' ? m : m?.message;
  }
  return typeof error === 'string' ? error : undefined;
}

interface Unwrapped {
  core: Zod;
  /** The field without optional/default but with its transforms: what the browser checks a value with. */
  checked: Zod;
  required: boolean;
  defaultValue?: unknown;
  description?: string;
}

/** Peels optional, default and transforms off a field, keeping what they say about it. */
function unwrap(schema: Zod, marks: Marks): Unwrapped {
  let s = schema;
  let checked = schema;
  let required = true;
  let defaultValue: unknown;
  let description: string | undefined;
  for (;;) {
    description ??= s.description;
    if (marks.refs.has(s) || marks.images.has(s)) break;
    const def = defOf(s);
    if (def.type === 'optional') {
      required = false;
      s = checked = def.innerType;
    } else if (def.type === 'default') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? def.defaultValue() : def.defaultValue;
      s = checked = def.innerType;
    } else if (def.type === 'pipe' && defOf(def.out).type === 'transform') {
      s = def.in;
    } else break;
  }
  return { core: s, checked, required, ...(defaultValue !== undefined ? { defaultValue } : {}), ...(description ? { description } : {}) };
}

/** The name of the field that names an entry of a collection (title, else name). */
function identifierOf(collection: string): string {
  const entry = documentedCollections.find((c) => c.name === collection);
  if (!entry) return 'title';
  const shape = objectShape(entry.schema(markingContext().ctx));
  return shape && 'title' in shape ? 'title' : 'name';
}

/** The shape of an object schema, through refinements. */
function objectShape(schema: Zod): Record<string, Zod> | undefined {
  const def = defOf(schema);
  if (def.type === 'object') return def.shape as Record<string, Zod>;
  if (def.type === 'pipe') return objectShape(def.in);
  return undefined;
}

const isFullDateUnion = (options: Zod[]) =>
  options.some((o) => defOf(o).type === 'date') &&
  options.some((o) => defOf(o).type === 'string' && (defOf(o).checks ?? []).some((c: Zod) => defOf(c).format === 'regex'));
const isPartialDateUnion = (options: Zod[]) =>
  options.some((o) => defOf(o).type === 'date') && !isFullDateUnion(options);

function stringField(core: Zod): Partial<CmsField> {
  const def = defOf(core);
  const out: Partial<CmsField> = { widget: 'string' };
  if (def.format === 'url') out.pattern = ['^https?://\\S+$', messageOf(def) ?? 'https://…'];
  let max: number | undefined;
  for (const check of def.checks ?? []) {
    const c = defOf(check);
    if (c.check === 'string_format' && c.format === 'regex' && !out.pattern) {
      out.pattern = [(c.pattern as RegExp).source, messageOf(c) ?? (c.pattern as RegExp).source];
    }
    if (c.check === 'max_length') max = c.maximum;
  }
  if (max !== undefined && max > 200) out.widget = 'text';
  return out;
}

function numberField(core: Zod): Partial<CmsField> {
  const out: Partial<CmsField> = { widget: 'number', value_type: 'float' };
  for (const check of defOf(core).checks ?? []) {
    const c = defOf(check);
    if (c.check === 'number_format' && /int/.test(c.format)) out.value_type = 'int';
    if (c.check === 'greater_than') out.min = c.inclusive ? c.value : c.value + (out.value_type === 'int' ? 1 : 0);
    if (c.check === 'less_than') out.max = c.value;
  }
  if (out.value_type === 'int' && out.min !== undefined && !Number.isInteger(out.min)) out.min = Math.ceil(out.min);
  return out;
}

const dateWidget = { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD', picker_utc: true } as const;

function relationTo(collection: CollectionName, multiple: boolean): Partial<CmsField> {
  const shown = identifierOf(collection);
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [shown],
    display_fields: [shown],
    options_length: 500,
    ...(multiple ? { multiple: true } : {}),
  };
}

export interface Walk {
  field: CmsField;
  /** Every field's zod schema (without its optional/default wrapper), by schema_path. */
  schemas: Map<string, Zod>;
}

/** One schema field as a form field; `path` is `collection/field.sub` with `*` for list items. */
function toField(name: string, schema: Zod, path: string, marks: Marks, schemas: Map<string, Zod>): CmsField {
  const { core, checked, required, defaultValue, description } = unwrap(schema, marks);
  schemas.set(path, checked);
  const label = fieldLabels[name] ?? name;
  const base: CmsField = { name, label, widget: 'string', schema_path: path };
  if (!required) base.required = false;
  if (description) base.hint = description;
  if (defaultValue !== undefined && !Array.isArray(defaultValue)) base.default = defaultValue;

  const ref = marks.refs.get(core);
  if (ref) return { ...base, ...relationTo(ref, false) };
  if (marks.images.has(core)) return { ...base, widget: 'image' };

  const def = defOf(core);
  switch (def.type) {
    case 'string':
      return { ...base, ...stringField(core) };
    case 'number':
      return { ...base, ...numberField(core) };
    case 'boolean':
      return { ...base, widget: 'boolean', required: false };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries as Record<string, string>) };
    case 'object':
      return { ...base, widget: 'object', collapsed: !required, fields: optionalWhole(required, objectFields(def.shape, path, marks, schemas)) };
    case 'pipe':
      // An object with refinements: its fields, checked as a whole in the browser.
      if (objectShape(core)) return { ...base, widget: 'object', fields: objectFields(objectShape(core)!, path, marks, schemas) };
      break;
    case 'array': {
      const list = listField(name, def.element, path, marks, schemas);
      const hint = [...new Set([base.hint, list.hint].filter(Boolean))].join(' ');
      return { ...base, ...list, ...(hint ? { hint } : {}) };
    }
    case 'union': {
      const options = def.options as Zod[];
      if (def.discriminator) return { ...base, ...variantField(def.discriminator, options, path, marks, schemas) };
      if (isFullDateUnion(options)) return { ...base, ...dateWidget };
      if (isPartialDateUnion(options)) return { ...base, widget: 'string', hint: [description, formWords.partialDateHint].filter(Boolean).join(' ') };
      // One value or a list of them (criteria level): a select that takes several.
      const choice = options.find((o) => defOf(o).type === 'enum');
      if (choice) return { ...base, widget: 'select', multiple: true, options: Object.values(defOf(choice).entries as Record<string, string>) };
      break;
    }
  }
  throw new Error(`CMS: không biết dựng ô nhập cho trường ${path} (kiểu ${def.type})`);
}

/**
 * The CMS checks a required field inside an object even when the object
 * itself is left out, so an optional object (a cover image) would block every
 * save. Its fields are optional to the CMS; the schema, run on the whole
 * object in the browser, still asks for the alt text once there is an image.
 */
function optionalWhole(required: boolean, fields: CmsField[]): CmsField[] {
  if (required) return fields;
  // Nested objects inside an optional one are left out with it, so they are optional too.
  return fields.map((f) => ({ ...f, required: false, ...(f.fields && f.widget !== 'list' ? { fields: optionalWhole(false, f.fields) } : {}) }));
}

function objectFields(shape: Record<string, Zod>, path: string, marks: Marks, schemas: Map<string, Zod>): CmsField[] {
  // The top level is `collection/`: the slash keeps a collection apart from a field of the same name.
  return Object.entries(shape).map(([key, s]) => toField(key, s, path.endsWith('/') ? `${path}${key}` : `${path}.${key}`, marks, schemas));
}

function listField(name: string, element: Zod, path: string, marks: Marks, schemas: Map<string, Zod>): Partial<CmsField> {
  const itemPath = `${path}.*`;
  const { core, checked } = unwrap(element, marks);
  schemas.set(itemPath, checked);
  const ref = marks.refs.get(core);
  if (ref) return { ...relationTo(ref, true), hint: [unwrap(element, marks).description, formWords.oneOrSeveral].filter(Boolean).join(' ') };
  const shape = objectShape(core);
  if (shape) return { widget: 'list', collapsed: true, fields: objectFields(shape, itemPath, marks, schemas) };
  const item = toField(name, element, itemPath, marks, schemas);
  return { widget: 'list', field: { ...item, label: fieldLabels[name] ?? name } };
}

/** A choice between object shapes (scoring: points or pass-fail) as one object with a kind selector. */
function variantField(key: string, options: Zod[], path: string, marks: Marks, schemas: Map<string, Zod>): Partial<CmsField> {
  const kinds = options.map((o) => String(defOf(objectShape(o)![key]!).values[0]));
  const kindNotes = options.map((o) => objectShape(o)![key]!.description).filter(Boolean);
  schemas.set(`${path}.${key}`, z.union(options.map((o) => objectShape(o)![key]!)));
  const fields: CmsField[] = [
    { name: key, label: fieldLabels[key] ?? key, widget: 'select', options: kinds, required: false, schema_path: `${path}.${key}`, hint: [...kindNotes, formWords.variantHint(kinds)].join(' ') },
  ];
  for (const option of options) {
    for (const [name, s] of Object.entries(objectShape(option)!)) {
      if (name === key || fields.some((f) => f.name === name)) continue;
      fields.push({ ...toField(name, s, `${path}.${name}`, marks, schemas), required: false });
    }
  }
  return { widget: 'object', fields };
}

/** Every collection of the site as a CMS collection, and each field's zod schema. */
export function cmsCollections(): { collections: CmsCollection[]; schemas: Map<string, Zod>; wholes: Map<string, Zod> } {
  const schemas = new Map<string, Zod>();
  const wholes = new Map<string, Zod>();
  const collections = documentedCollections.map(({ name, format, schema }) => {
    const marks = markingContext();
    const whole = schema(marks.ctx) as Zod;
    wholes.set(name, whole);
    const shape = objectShape(whole);
    if (!shape) throw new Error(`CMS: lược đồ ${name} không phải một đối tượng`);
    const fields = objectFields(shape, `${name}/`, marks, schemas);
    // The schemas say nothing of the body; an event or a plan may have none.
    if (format === 'md') fields.push({ name: 'body', label: formWords.body, widget: 'markdown', required: false });
    const labels = collectionLabels[name] ?? { label: name, singular: name };
    const identifier = 'title' in shape ? 'title' : 'name';
    return {
      name,
      label: labels.label,
      label_singular: labels.singular,
      folder: `content/${name}`,
      create: true,
      extension: format === 'md' ? 'md' : 'yaml',
      format: format === 'md' ? 'frontmatter' : 'yml',
      slug: '{{slug}}',
      identifier_field: identifier,
      summary: `{{${identifier}}}`,
      sortable_fields: 'date' in shape ? ['date', identifier] : [identifier],
      fields,
    } satisfies CmsCollection;
  });
  return { collections, schemas, wholes };
}

/** Where the CMS commits: a forge, or the working copy through the local proxy. */
export type CmsBackend =
  | { name: 'proxy'; proxy_url: string; branch?: string }
  | { name: 'github' | 'gitlab' | 'gitea' | 'forgejo'; repo: string; branch: string; base_url?: string; auth_endpoint?: string; api_root?: string; app_id?: string; auth_type?: 'pkce' };

export interface CmsConfigOptions {
  backend: CmsBackend;
  /** The public address of the site, for "view live" links. */
  siteUrl?: string;
}

/** The whole config.yml, as an object. */
export function cmsConfig({ backend, siteUrl }: CmsConfigOptions) {
  // Each entry becomes a branch and a pull request (draft → in review → ready), so the
  // checks that guard pull requests guard web edits too. Decap's Gitea backend has no such
  // workflow (its Forgejo backend has); the local proxy writes the working copy directly.
  const reviewed = backend.name === 'github' || backend.name === 'gitlab' || backend.name === 'forgejo';
  return {
    locale: 'vi',
    backend,
    ...(reviewed ? { publish_mode: 'editorial_workflow' } : {}),
    ...(siteUrl ? { site_url: siteUrl, display_url: siteUrl } : {}),
    // Astro's image() wants a path from the content file: images go beside the collections.
    media_folder: 'content/images',
    public_folder: '../images',
    // The schemas reject empty strings where a field is optional (a url, say): leave them out.
    omit_empty_optional_fields: true,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: cmsCollections().collections,
  };
}
