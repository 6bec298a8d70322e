import type { APIRoute } from 'astro';
import { getStats, getNames, type Stat } from '../../data/entries';
import { datasetXlsx } from '../../lib/stats/xlsx';
import { itemPath } from '../../lib/site/routes';

export async function getStaticPaths() {
  return (await getStats()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const entry = (props as { entry: Stat }).entry;
  const names = await getNames();
  const localityName = entry.data.locality ? names.localities[entry.data.locality.id] : undefined;
  const body = await datasetXlsx(entry, { localityName, titleNames: names.titles, pageUrl: new URL(itemPath('stats', entry.id), site).href });
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
