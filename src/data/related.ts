/**
 * The related lists of a title's and a place's page, as links, read from
 * the indexed collections: the item page shows their start
 * (`relatedPreview`), the routes under it the full lists.
 */
import { getEvents, getLocalities, getNews, getPlans, getStats, type Locality, type Title } from './entries';
import { aboutTitle, childrenOf, naming } from '../lib/content/related';
import { itemPath } from '../lib/site/routes';
import type { Link, RelatedList } from '../lib/content/related';
import { ui } from '../lib/site/ui';

type Section = 'news' | 'plans' | 'events' | 'stats';
const links = (section: Section, items: readonly { id: string; data: { title: string } }[]): Link[] =>
  items.map((x) => ({ href: itemPath(section, x.id), label: x.data.title }));

export interface RelatedSet {
  list: RelatedList;
  heading: string;
  links: Link[];
}

export async function titleRelated(title: Title): Promise<RelatedSet[]> {
  const [news, plans, stats] = await Promise.all([getNews(), getPlans(), getStats()]);
  return [
    { list: 'ke-hoach', heading: ui.related.titlePlans, links: links('plans', aboutTitle(plans, title.id)) },
    { list: 'so-lieu', heading: ui.related.titleStats, links: links('stats', aboutTitle(stats, title.id)) },
    { list: 'tin-tuc', heading: ui.related.titleNews, links: links('news', aboutTitle(news, title.id)) },
  ];
}

export async function localityRelated(place: Locality): Promise<RelatedSet[]> {
  const [all, news, plans, events, stats] = await Promise.all([getLocalities(), getNews(), getPlans(), getEvents(), getStats()]);
  return [
    { list: 'truc-thuoc', heading: ui.locality.children, links: childrenOf(all, place.id).map((c) => ({ href: itemPath('localities', c.id), label: c.data.name })) },
    { list: 'ke-hoach', heading: ui.sections.plans, links: links('plans', naming(plans, place.id)) },
    { list: 'tin-tuc', heading: ui.sections.news, links: links('news', naming(news, place.id)) },
    { list: 'su-kien', heading: ui.sections.events, links: links('events', naming(events, place.id)) },
    { list: 'so-lieu', heading: ui.sections.stats, links: links('stats', naming(stats, place.id)) },
  ];
}
