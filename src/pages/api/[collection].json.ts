// /api/<collection>.json: every published item of a collection, for re-use.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEvents, getLocalities, getNews, getPlans, getStats, getTitles } from '../../data/entries';
import { openDataFile } from '../../lib/open-data';
import { itemPath, sectionPaths, type CollectionSection } from '../../lib/routes';
import { ui } from '../../lib/ui';

const loaders: Record<CollectionSection, () => Promise<{ id: string; data: object }[]>> = {
  news: getNews,
  plans: getPlans,
  titles: getTitles,
  events: getEvents,
  stats: getStats,
  localities: getLocalities,
};

export const getStaticPaths = (() =>
  (Object.keys(loaders) as CollectionSection[]).map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const collection = params.collection as CollectionSection;
  const entries = (await loaders[collection]()) as { id: string; data: Record<string, unknown> }[];
  const file = openDataFile(
    collection,
    ui.sectionIntro[collection],
    new URL(sectionPaths[collection], site).href,
    entries,
    (id) => new URL(itemPath(collection, id), site).href,
  );
  return new Response(JSON.stringify(file, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
