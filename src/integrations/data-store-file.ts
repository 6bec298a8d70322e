/**
 * Lets the build read the content store from its file when the pages render,
 * instead of compiling it into the build as one JavaScript string.
 *
 * Astro hands its content store (the cache folder's `data-store.json`) to
 * the pages as a module holding the whole file as one string literal. V8
 * takes time more than proportional to a literal's length to compile it: 1 MB
 * takes 67 ms, 16 MB 3.8 s, the 64 MB store of a 20,000-item site 24 s of
 * its build, while `JSON.parse` of the same file takes under a second
 * (docs/decisions/0008). Astro's own remedy, `experimental.collectionStorage:
 * 'chunked'`, writes the chunks a character at a time and made content sync
 * four times slower.
 *
 * Only `astro build` is changed, where the pages render on this machine from
 * this cache; `astro dev` keeps Astro's module, which it reloads on edits.
 * The module's id and the file's name are Astro's (`astro/dist/content/consts.js`);
 * `data-store-file.test.ts` fails if they change.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const dataStoreModule = '\0astro:data-layer-content';
export const dataStoreFile = 'data-store.json';

/** The module's code: the store read and parsed when the build first imports it. */
export function dataStoreLoader(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export default function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'hoc-tap-data-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(dataStoreFile, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'hoc-tap-data-store-file',
                enforce: 'pre',
                // Astro's own plugin loads the module before any of ours can: replacing its code is the way in.
                transform: (_code: string, id: string) => (id === dataStoreModule ? { code: dataStoreLoader(file), map: null } : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
