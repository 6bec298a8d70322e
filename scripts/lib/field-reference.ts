/**
 * Renders the field reference (docs/truong-du-lieu.md) from the collections'
 * JSON Schemas, so editors read exactly the fields the build accepts, each
 * with the description its schema gives it. A field without a description,
 * or a pattern without an example value, stops `npm run fields`: an editor
 * should never have to read a regular expression.
 */

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  const?: unknown;
  exclusiveMinimum?: number;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  description?: string;
  examples?: unknown[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  /** Set by src/schemas/json-schemas.ts on a reference: the collection it points into. */
  'x-ref'?: string;
  /** Set by src/schemas/json-schemas.ts on a local image. */
  'x-image'?: boolean;
}

export interface FieldRow {
  field: string;
  required: boolean;
  /** What the field means, from the schema's `.describe(…)`. */
  meaning: string;
  /** What an editor may write: the kind of value, its limits, its default. */
  format: string;
}

const fullDate = '^(\\d{4})-(\\d{2})-(\\d{2})$';

/** What an editor writes for a value of this schema, in Vietnamese. */
export function describeKind(s: JsonSchema, field = ''): string {
  if (s['x-ref']) return `mã một mục trong \`content/${s['x-ref']}/\` (tên tệp, không đuôi)`;
  if (s['x-image']) return 'đường dẫn tệp ảnh, tính từ tệp bài (ví dụ `./anh.jpg`)';
  if (s.const !== undefined) return `\`${String(s.const)}\``;
  const variants = s.anyOf ?? s.oneOf;
  if (variants) {
    // A date is a Date or a string; the Date side has no JSON form ({}).
    if (variants.some((a) => Object.keys(a).length === 0)) {
      const text = variants.find((a) => a.type === 'string');
      if (text?.pattern === fullDate) return 'ngày `2024-05-02`';
      return 'ngày `2024-05-02`, `--05-30` (nguồn không nêu năm) hoặc `2024-05`';
    }
    if (variants.every((v) => v.type === 'object')) return 'một trong các dạng bên dưới';
    return variants.map((v) => describeKind(v, field)).join(', hoặc ');
  }
  if (s.enum) return `một trong: ${s.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  switch (s.type) {
    case 'string':
      if (s.format === 'uri') return 'địa chỉ web đầy đủ (`https://…`)';
      if (s.pattern) {
        const example = s.examples?.[0];
        if (example === undefined) {
          throw new Error(`trường ${field || '(không tên)'} có mẫu ${s.pattern} nhưng không có ví dụ: thêm .meta({ examples: ['…'] })`);
        }
        return `chữ, ví dụ \`${String(example)}\``;
      }
      return 'chữ';
    case 'number':
      return 'số (phần thập phân dùng dấu chấm)';
    case 'integer':
      return 'số nguyên';
    case 'boolean':
      return '`true` hoặc `false`';
    case 'array':
      return s.items?.type === 'object'
        ? 'danh sách, mỗi mục có các trường bên dưới'
        : `danh sách; mỗi mục: ${describeKind(s.items ?? {}, `${field}[]`)}`;
    case 'object':
      return 'nhóm các trường bên dưới';
    default:
      return 'bất kỳ';
  }
}

function limitsOf(s: JsonSchema): string[] {
  const notes: string[] = [];
  if (s.minLength !== undefined && s.maxLength !== undefined) notes.push(`${s.minLength}–${s.maxLength} ký tự`);
  else if (s.minLength !== undefined && s.minLength > 1) notes.push(`ít nhất ${s.minLength} ký tự`);
  else if (s.maxLength !== undefined) notes.push(`tối đa ${s.maxLength} ký tự`);
  // zod writes the largest safe integer as the maximum of any int(): not a real limit.
  const max = s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER ? s.maximum : undefined;
  const min = s.minimum !== undefined && s.minimum > Number.MIN_SAFE_INTEGER ? s.minimum : undefined;
  if (min !== undefined && max !== undefined) notes.push(`từ ${min} đến ${max}`);
  else if (min !== undefined) notes.push(`không nhỏ hơn ${min}`);
  else if (max !== undefined) notes.push(`không lớn hơn ${max}`);
  if (s.exclusiveMinimum !== undefined) notes.push(`lớn hơn ${s.exclusiveMinimum}`);
  if (s.minItems !== undefined && s.minItems > 0) notes.push(`ít nhất ${s.minItems} mục`);
  if (s.default !== undefined && !(Array.isArray(s.default) && s.default.length === 0)) {
    notes.push(`bỏ trống thì là \`${JSON.stringify(s.default)}\``);
  }
  return notes;
}

function rowOf(field: string, s: JsonSchema, required: boolean): FieldRow {
  if (!s.description) throw new Error(`trường ${field} chưa có mô tả: thêm .describe('…') vào schema của nó`);
  return { field, required, meaning: s.description, format: [describeKind(s, field), ...limitsOf(s)].join('; ') };
}

/** One row per field, nested fields as `sources[].name` and `period.from`. */
export function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, s]) => {
    const field = `${prefix}${name}`;
    const row = rowOf(field, s, required.has(name));
    if (s.type === 'object') return [row, ...fieldRows(s, `${field}.`)];
    const variants = s.oneOf ?? s.anyOf;
    if (variants?.every((v) => v.type === 'object')) {
      // Each form, named by the value of the field that tells them apart (kind: points).
      return [
        row,
        ...variants.flatMap((v, i) => {
          const tag = Object.entries(v.properties ?? {}).find(([, p]) => p.const !== undefined);
          const label = tag ? `{${tag[0]}: ${String(tag[1].const)}}` : `{dạng ${i + 1}}`;
          return fieldRows(v, `${field}${label}.`);
        }),
      ];
    }
    if (s.type === 'array' && s.items?.type === 'object') return [row, ...fieldRows(s.items, `${field}[].`)];
    return [row];
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export const referenceHeader = `# Các trường dữ liệu

<!-- Tệp này do \`npm run fields\` viết từ các schema trong src/schemas/; đừng sửa tay. -->

Mỗi bảng dưới đây liệt kê mọi trường mà một thư mục trong \`content/\` chấp nhận,
theo đúng schema mà bản dựng dùng để kiểm tra. Cột "Ý nghĩa" lấy từ mô tả của
trường trong schema; cột "Giá trị, định dạng" nói viết gì, giới hạn nào, và giá
trị khi bỏ trống. Trường lồng nhau viết bằng dấu chấm (\`period.from\`); \`[]\` là
từng mục của một danh sách (\`sources[].name\`). Cách viết từng loại tệp, với ví dụ:
[CONTRIBUTING.md](../CONTRIBUTING.md).
`;

/** The whole reference document, one table per collection. */
export function renderFieldReference(collections: { name: string; format: string; jsonSchema: JsonSchema }[]): string {
  const parts = collections.map(({ name, format, jsonSchema }) => {
    const rows = fieldRows(jsonSchema).map(
      (r) => `| \`${r.field}\` | ${r.required ? '**bắt buộc**' : 'không'} | ${cell(r.meaning)} | ${cell(r.format)} |`,
    );
    return [
      `## \`content/${name}/\` (tệp \`.${format}\`)`,
      '',
      '| Trường | Bắt buộc | Ý nghĩa | Giá trị, định dạng |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return `${referenceHeader}\n${parts.join('\n\n')}\n`;
}

const excerptBlock = /<!-- trích: (\S+) -->\n```[\w-]*\n([\s\S]*?)```/g;

/** The excerpts of content files a guide shows, each marked `<!-- trích: content/news/x.md -->` above its code block. */
export function excerpts(doc: string): { path: string; text: string }[] {
  return [...doc.matchAll(excerptBlock)].map((m) => ({ path: m[1]!, text: m[2]! }));
}

/**
 * The excerpts that are no longer a verbatim part of the file they name, so
 * the guide's examples stay real, sourced content that builds.
 */
export function staleExcerpts(doc: string, read: (path: string) => string | undefined): string[] {
  return excerpts(doc)
    .filter(({ path, text }) => !read(path)?.includes(text))
    .map(({ path }) => path);
}
