/**
 * Writes the field reference into CONTRIBUTING.md from the zod schemas,
 * and copies the example files it shows from content/.
 * `npm run fields`; tests/field-reference.test.ts fails when it is stale.
 * Vite's module runner loads the schemas, whose imports are written for Vite.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const { module: schemas } = await runnerImport<typeof import('../src/schemas/json-schemas.ts')>(
  resolve(root, 'src/schemas/json-schemas.ts'),
  { configFile: false, root },
);
const { module: reference } = await runnerImport<typeof import('../src/lib/field-reference.ts')>(
  resolve(root, 'src/lib/field-reference.ts'),
  { configFile: false, root },
);
const file = resolve(root, 'CONTRIBUTING.md');
const doc = readFileSync(file, 'utf8');
const withTables = reference.replaceReference(doc, reference.renderFieldReference(schemas.collectionJsonSchemas()));
const next = reference.replaceExamples(withTables, (path) => readFileSync(resolve(root, path), 'utf8'));
if (next !== doc) writeFileSync(file, next);
console.log(next === doc ? 'CONTRIBUTING.md: bảng trường và ví dụ đã đúng.' : 'CONTRIBUTING.md: đã viết lại bảng trường và ví dụ.');
