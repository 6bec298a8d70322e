// The web app manifest, so the tool installs as an app on a phone or a desktop.
import type { APIRoute } from 'astro';
import { toolUi } from '../../lib/dossier/ui';
import { toolPaths } from '../../lib/site/routes';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: toolUi.page.title,
      short_name: toolUi.page.title,
      description: toolUi.page.description,
      lang: 'vi',
      start_url: toolPaths.home,
      scope: toolPaths.home,
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5d3b',
      icons: [
        { src: '/tu-danh-gia/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/tu-danh-gia/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } },
  );
