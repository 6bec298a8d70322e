import type { APIRoute } from 'astro';
import { bestBetsIndex } from '../../data/best-bets';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await bestBetsIndex()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
