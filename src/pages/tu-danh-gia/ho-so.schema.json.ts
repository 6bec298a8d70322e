// The dossier file's format as JSON Schema, drawn from the zod schema the tool itself checks with.
import type { APIRoute } from 'astro';
import { dossierFormatJsonSchema } from '../../lib/dossier/json-schema';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(dossierFormatJsonSchema(new URL('/tu-danh-gia/ho-so.schema.json', site).href), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
