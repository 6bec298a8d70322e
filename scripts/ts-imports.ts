/**
 * Lets plain Node run the project's own TypeScript modules outside Vite:
 * `src/` imports its siblings without an extension (`'../lib/format'`), as
 * Vite resolves them, and Node would refuse. Loaded with
 * `node --import ./scripts/ts-imports.ts`; only relative imports that fail
 * as written are retried with `.ts`.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^\.{1,2}\//.test(specifier) || /\.[cm]?[jt]sx?$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
