// The criteria sets for the evaluation tool, from the same collection the guides render.
import type { APIRoute } from 'astro';
import { getCriteria, getTitles } from '../../data/entries';
import { toolCriteriaFile } from '../../lib/dossier/criteria-data';

export const GET: APIRoute = async () => {
  const titles = (await getTitles()).map((t) => ({ id: t.id, name: t.data.title }));
  const sets = (await getCriteria()).map((c) => ({ id: c.id, data: c.data as unknown as Record<string, unknown> }));
  return new Response(JSON.stringify(toolCriteriaFile(titles, sets)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
