/**
 * A dataset's downloads (`/so-lieu/<id>.csv`, `.json`): the same entry, the
 * same locality name and page address, written in two formats by
 * `src/lib/stats/export.ts`. Each route file names its format and nothing else.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getNames, getStats, type Stat } from './entries';
import { datasetCsv, datasetJson } from '../lib/stats/export';
import { itemPath } from '../lib/site/routes';

const formats = {
  // The byte-order mark lets spreadsheet programs read the Vietnamese text as UTF-8.
  csv: { write: (...a: Parameters<typeof datasetCsv>) => `\uFEFF${datasetCsv(...a)}`, type: 'text/csv; charset=utf-8' },
  json: { write: datasetJson, type: 'application/json; charset=utf-8' },
} as const;

export function datasetDownloadRoute(format: keyof typeof formats): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const { write, type } = formats[format];
  return {
    getStaticPaths: async () => (await getStats()).map((entry) => ({ params: { slug: entry.id }, props: { entry } })),
    GET: async ({ props, site }) => {
      const entry = (props as { entry: Stat }).entry;
      const names = await getNames();
      const localityName = entry.data.locality ? names.localities[entry.data.locality.id] : undefined;
      const body = write(entry, { localityName, pageUrl: new URL(itemPath('stats', entry.id), site).href });
      return new Response(body, { headers: { 'Content-Type': type } });
    },
  };
}
