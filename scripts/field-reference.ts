/**
 * Writes the field reference, docs/truong-du-lieu.md, from the zod schemas.
 * `npm run fields`; tests/editor-tools.test.ts fails when the file is stale.
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
const { module: reference } = await runnerImport<typeof import('./lib/field-reference.ts')>(
  resolve(root, 'scripts/lib/field-reference.ts'),
  { configFile: false, root },
);
const file = resolve(root, 'docs/truong-du-lieu.md');
const before = (() => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
})();
const next = reference.renderFieldReference(schemas.collectionJsonSchemas());
if (next !== before) writeFileSync(file, next);
console.log(next === before ? 'docs/truong-du-lieu.md: bảng trường đã đúng.' : 'docs/truong-du-lieu.md: đã viết lại bảng trường.');
