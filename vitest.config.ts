import { defineConfig } from 'vitest/config';

/**
 * Three tiers, so a change to a formatter is checked in seconds:
 * - `unit`: pure modules, tests beside them; never builds the site.
 * - `site`: checks on the built dist/ (one shared build, in global setup) and
 *   the fixture builds of good and bad content.
 * - `browser`: the built site in Chromium.
 * `site` and `browser` share the one build: the setup builds once per run.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/support/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/*.test.ts'],
          // Several checks build a fixture site of their own; on a busy 2-core
          // machine one build takes well over a minute. A limit, not a speed check.
          testTimeout: 300_000,
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
