import type { APIRoute } from 'astro';
import { getStats, getNames, type Stat } from '../../data/entries';
import { datasetCsv } from '../../lib/stat-export';
import { itemPath } from '../../lib/routes';

export async function getStaticPaths() {
  return (await getStats()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const entry = (props as { entry: Stat }).entry;
  const names = await getNames();
  const localityName = entry.data.locality ? names.localities[entry.data.locality.id] : undefined;
  // The byte-order mark lets spreadsheet programs read the Vietnamese text as UTF-8.
  const body = `\uFEFF${datasetCsv(entry, { localityName, pageUrl: new URL(itemPath('stats', entry.id), site).href })}`;
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
