// /api/<collection>.json: a collection's items for re-use; a long collection
// continues in /api/<collection>/trang/<n>.json, linked by `next`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, openDataPages } from '../../data/open-data';
import { apiCollections, type ApiCollection } from '../../lib/site/routes';

export const getStaticPaths = (() => apiCollections.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => jsonResponse((await openDataPages(params.collection as ApiCollection))[0]);
