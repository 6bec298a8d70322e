/**
 * Renders the field reference of CONTRIBUTING.md from the collections' JSON
 * Schemas, so the guide lists exactly the fields the build accepts.
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
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
}

export interface FieldRow {
  field: string;
  required: boolean;
  kind: string;
  notes: string;
}

const fullDate = '^(\\d{4})-(\\d{2})-(\\d{2})$';

/** What an editor writes for a value of this schema, in Vietnamese. */
export function describeKind(s: JsonSchema): string {
  if (s.description?.startsWith('ref:')) {
    return `mã một mục trong \`content/${s.description.slice(4)}/\` (tên tệp, không đuôi)`;
  }
  if (s.description === 'image') return 'đường dẫn tệp ảnh, tính từ tệp bài (ví dụ `./anh.jpg`)';
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
    return variants.map(describeKind).join(', hoặc ');
  }
  if (s.enum) return `một trong: ${s.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  switch (s.type) {
    case 'string':
      if (s.format === 'uri') return 'địa chỉ web đầy đủ (`https://…`)';
      if (s.pattern) return `chữ, theo mẫu \`${s.pattern}\``;
      return 'chữ';
    case 'number':
      return 'số (phần thập phân dùng dấu chấm)';
    case 'integer':
      return 'số nguyên';
    case 'boolean':
      return '`true` hoặc `false`';
    case 'array':
      return s.items?.type === 'object' ? 'danh sách, mỗi mục có các trường bên dưới' : `danh sách; mỗi mục: ${describeKind(s.items ?? {})}`;
    case 'object':
      return 'nhóm các trường bên dưới';
    default:
      return 'bất kỳ';
  }
}

function notesOf(s: JsonSchema): string {
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
  return notes.join('; ');
}

/** One row per field, nested fields as `sources[].name` and `period.from`. */
export function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, s]) => {
    const field = `${prefix}${name}`;
    const row: FieldRow = { field, required: required.has(name), kind: describeKind(s), notes: notesOf(s) };
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

const escape = (text: string) => text.replace(/\|/g, '\\|');

export function renderFieldReference(collections: { name: string; format: string; jsonSchema: JsonSchema }[]): string {
  const parts = collections.map(({ name, format, jsonSchema }) => {
    const rows = fieldRows(jsonSchema).map(
      (r) => `| \`${r.field}\` | ${r.required ? '**bắt buộc**' : 'không'} | ${escape(r.kind)} | ${escape(r.notes)} |`,
    );
    return [
      `### \`content/${name}/\` (tệp \`.${format}\`)`,
      '',
      '| Trường | Bắt buộc | Viết gì | Ghi chú |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return `${parts.join('\n\n')}\n`;
}

export const referenceStart = '<!-- field-reference:start (viết bởi `npm run fields`, đừng sửa tay) -->';
export const referenceEnd = '<!-- field-reference:end -->';

/** Puts the rendered reference between the markers of a document. */
export function replaceReference(doc: string, reference: string): string {
  const start = doc.indexOf(referenceStart);
  const end = doc.indexOf(referenceEnd);
  if (start < 0 || end < start) throw new Error(`thiếu dấu ${referenceStart} … ${referenceEnd} trong tài liệu`);
  return `${doc.slice(0, start + referenceStart.length)}\n\n${reference}\n${doc.slice(end)}`;
}

const exampleBlock = /(<!-- example: (\S+) -->\n```[\w-]*\n)([\s\S]*?)(```)/g;

/**
 * Fills each block marked `<!-- example: content/news/x.md -->` with that
 * file as it is in the repository, so the guide's examples are real,
 * sourced content that builds.
 */
export function replaceExamples(doc: string, read: (path: string) => string): string {
  return doc.replace(exampleBlock, (_, head: string, path: string, _old: string, fence: string) => {
    const text = read(path);
    return `${head}${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
  });
}

/** The paths the guide shows as examples. */
export function examplePaths(doc: string): string[] {
  return [...doc.matchAll(exampleBlock)].map((m) => m[2]!);
}
