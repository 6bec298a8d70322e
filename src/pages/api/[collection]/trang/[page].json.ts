// /api/<collection>/trang/<n>.json: page n (from 2) of a long collection's open-data file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, openDataPages } from '../../../../data/open-data';
import { apiCollections } from '../../../../lib/site/routes';

export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    apiCollections.map(async (collection) =>
      (await openDataPages(collection)).slice(1).map((file) => ({ params: { collection, page: String(file.page) }, props: { file } })),
    ),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(props.file);
