import type { APIRoute } from 'astro';
import { planNumberShards } from '../../../data/best-bets';
import type { BestBet } from '../../../lib/search/best-bets';

export async function getStaticPaths() {
  return [...(await planNumberShards())].map(([key, bets]) => ({ params: { shard: `so-${key}` }, props: { bets } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { bets: BestBet[] }).bets), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
