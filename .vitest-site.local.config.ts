import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['tests/tool-budget.test.ts', 'tests/site.test.ts'], testTimeout: 120_000 } });
