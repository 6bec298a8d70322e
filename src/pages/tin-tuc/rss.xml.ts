// RSS 2.0 feed of the news, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNews } from '../../data/entries';
import { feedPaths, itemPath, sectionPaths } from '../../lib/site/routes';
import { ui } from '../../lib/site/ui';

/** Readers poll the feed often; the newest items are what they need, the archive is on the site. */
export const feedLength = 50;

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: ui.feeds.newsTitle,
    description: ui.feeds.newsDescription,
    site: new URL(sectionPaths.news, site),
    trailingSlash: true,
    // The self link lets feed validators and readers know the feed's own address.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi-vn</language><atom:link href="${new URL(feedPaths.news, site).href}" rel="self" type="application/rss+xml"/>`,
    items: (await getNews()).slice(0, feedLength).map((n) => ({
      title: n.data.title,
      link: itemPath('news', n.id),
      pubDate: n.data.date,
      description: n.data.summary,
      categories: n.data.tags,
    })),
  });
