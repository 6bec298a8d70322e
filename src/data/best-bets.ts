/**
 * The best-bets index of the search page (src/lib/search/best-bets.ts) from
 * the collections: guides, their criteria, national learning weeks, the legal
 * documents the guides and criteria cite, and plans by number.
 */
import { getCriteria, getEvents, getPlans, getTitles } from './entries';
import { buildBestBets, documentBet, kinds, numberKey, type BestBet, type DocumentInput } from '../lib/search/best-bets';
import { criteriaPaths, itemPath } from '../lib/site/routes';
import { eventYear } from '../lib/calendar/events';

/** The tag the learning weeks carry, and the place that makes a week the national one. */
const weekTag = 'tuần lễ học tập suốt đời';
const national = 'viet-nam';
/** The guide's criteria section (the guides link to it as #tieu-chi). */
const criteriaSection = '#tieu-chi';

export async function bestBetsIndex(): Promise<BestBet[]> {
  const [titles, criteria, events] = await Promise.all([getTitles(), getCriteria(), getEvents()]);
  const withCriteria = new Set(criteria.map((c) => c.data.title.id));
  const documents = new Map<string, DocumentInput>();
  for (const t of titles) {
    for (const d of t.data.legalBasis) {
      documents.set(d.number, { url: itemPath('titles', t.id), number: d.number, title: `${d.kind} ${d.number}`, kind: d.kind });
    }
  }
  for (const c of criteria) {
    const s = c.data.legalSource;
    if (!documents.has(s.number)) {
      documents.set(s.number, { url: `${itemPath('titles', c.data.title.id)}${criteriaSection}`, number: s.number, title: `${s.kind} ${s.number}`, kind: s.kind });
    }
  }
  const weeks = events.flatMap((e) => {
    const year = eventYear(e.data);
    return e.data.tags.includes(weekTag) && e.data.locality?.id === national && year !== undefined
      ? [{ url: itemPath('events', e.id), title: e.data.title, year }]
      : [];
  });
  return buildBestBets({
    titles: titles.map((t) => ({
      url: itemPath('titles', t.id),
      name: t.data.name,
      criteriaUrl: withCriteria.has(t.id) ? `${itemPath('titles', t.id)}${criteriaSection}` : undefined,
    })),
    lookupUrl: criteriaPaths.all,
    weeks,
    documents: [...documents.values()],
  });
}

/** Plans by the number their document number starts with: one small file per number. */
export async function planNumberShards(): Promise<Map<string, BestBet[]>> {
  const shards = new Map<string, BestBet[]>();
  for (const p of await getPlans()) {
    const key = p.data.number ? numberKey(p.data.number) : undefined;
    if (!key || !p.data.number) continue;
    const bet = documentBet({ url: itemPath('plans', p.id), number: p.data.number, title: `${kinds.plan} ${p.data.number}: ${p.data.title}`, kind: kinds.plan });
    shards.set(key, [...(shards.get(key) ?? []), bet]);
  }
  return shards;
}
