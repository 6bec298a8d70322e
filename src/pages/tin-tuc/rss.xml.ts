// RSS 2.0 feed of the news, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNews } from '../../data/entries';
import { itemPath, sectionPaths } from '../../lib/routes';
import { ui } from '../../lib/ui';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: ui.feeds.newsTitle,
    description: ui.feeds.newsDescription,
    site: new URL(sectionPaths.news, site),
    trailingSlash: true,
    customData: '<language>vi-vn</language>',
    items: (await getNews()).map((n) => ({
      title: n.data.title,
      link: itemPath('news', n.id),
      pubDate: n.data.date,
      description: n.data.summary,
      categories: n.data.tags,
    })),
  });
