/**
 * Runs as each page is prerendered: sets the quotation marks of every HTML
 * page in one style (src/lib/site/typography.ts). Data files (JSON, CSV,
 * iCalendar) pass untouched, so what re-users download is what the sources say.
 */
import { defineMiddleware } from 'astro:middleware';
import { curlyQuotesInHtml } from './lib/site/typography';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(curlyQuotesInHtml(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
