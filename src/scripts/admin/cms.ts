/**
 * The web editor at /admin/ (Decap CMS), bundled from node_modules by
 * src/integrations/admin.ts; no other page loads it.
 *
 * Beyond what config.yml can say, the form checks each value with the very
 * zod schema the build uses (so the editor reads the schema's Vietnamese
 * message under the field), and checks the whole entry once more before
 * anything is committed (rules across fields: an end before its start, points
 * that do not add up).
 */
import CMS from 'decap-cms-app';
import { vi } from 'decap-cms-locales';
import { createElement as h } from 'react';
import { cmsCollections } from '../../lib/cms/config';

CMS.registerLocale('vi', vi);

const { schemas, wholes, collections } = cmsCollections();

interface ImmutableLike {
  get: (key: string) => unknown;
  toJS?: () => unknown;
}
interface ControlProps {
  field: ImmutableLike;
  value: unknown;
  parentIds?: string[];
}
interface Validity {
  error: false | { type: string; message: string; parentIds?: string[] };
}

const plain = (v: unknown) => (v && typeof (v as ImmutableLike).toJS === 'function' ? (v as ImmutableLike).toJS!() : v);
const isBlank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** The schema's verdict on one field's value; an empty value is the CMS's own "required" check. */
function schemaCheck(props: ControlProps): Validity | true {
  const path = props.field.get('schema_path');
  const schema = typeof path === 'string' ? schemas.get(path) : undefined;
  const value = plain(props.value);
  if (!schema || isBlank(value)) return true;
  const result = schema.safeParse(value);
  if (result.success) return true;
  const label = String(props.field.get('label') ?? props.field.get('name'));
  const message = result.error.issues.map((i) => i.message).join('; ');
  return { error: { type: 'CUSTOM', message: `${label}: ${message}`, ...(props.parentIds ? { parentIds: props.parentIds } : {}) } };
}

/**
 * The built-in inputs, each taught to ask the schema first. Decap asks a
 * control's `isValid()` before saving and shows the error under the field.
 */
for (const name of ['string', 'text', 'number', 'select', 'datetime', 'relation', 'object', 'list']) {
  const widget = CMS.getWidget(name) as unknown as { control: new (props: ControlProps) => object } & Record<string, unknown>;
  if (!widget) continue;
  const Base = widget.control;
  class Checked extends Base {
    constructor(props: ControlProps) {
      super(props);
      const self = this as unknown as { isValid?: () => unknown; props: ControlProps };
      const own = self.isValid?.bind(this);
      self.isValid = () => {
        const verdict = schemaCheck(self.props);
        return verdict === true ? (own ? own() : true) : verdict;
      };
    }
  }
  // Left in, `control` would win over controlComponent: the registry spreads the rest over it.
  const { control: _base, preview, ...rest } = widget;
  CMS.registerWidget({ ...rest, name, controlComponent: Checked, previewComponent: preview } as never);
}

/** The whole entry against its collection's schema: rules across fields, before any commit. */
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: ImmutableLike }) => {
    const collection = String(entry.get('collection'));
    const schema = wholes.get(collection);
    if (!schema) return undefined;
    const { body: _body, ...data } = plain(entry.get('data')) as Record<string, unknown>;
    const result = schema.safeParse(data);
    if (result.success) return undefined;
    const fields = collections.find((c) => c.name === collection)?.fields ?? [];
    const label = (key: PropertyKey | undefined) => fields.find((f) => f.name === key)?.label ?? String(key ?? '');
    throw new Error(result.error.issues.map((i) => `${label(i.path[0])}: ${i.message}`).join('; '));
  },
});

/** Previews in the site's own stylesheet, laid out as the item pages lay out an article. */
CMS.registerPreviewStyle('preview.css');
interface PreviewProps {
  entry: ImmutableLike;
  widgetFor: (name: string) => unknown;
}
const ArticlePreview = ({ entry, widgetFor }: PreviewProps) => {
  const data = (plain(entry.get('data')) ?? {}) as Record<string, unknown>;
  return h(
    'main',
    { className: 'content', id: 'noi-dung' },
    h(
      'article',
      { className: 'prose' },
      h('h1', null, String(data.title ?? '')),
      data.date ? h('p', { className: 'meta' }, String(data.date)) : null,
      data.summary ? h('p', { className: 'lead' }, String(data.summary)) : null,
      widgetFor('body') as never,
    ),
  );
};
for (const c of collections) {
  if (c.extension === 'md') CMS.registerPreviewTemplate(c.name, ArticlePreview as unknown as Parameters<typeof CMS.registerPreviewTemplate>[1]);
}

CMS.init();
