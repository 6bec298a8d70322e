/**
 * A Sätteri hast plugin (Astro 7's Markdown engine runs no rehype plugins):
 * links in Markdown and MDX bodies to other sites get rel="noopener
 * noreferrer", like the links the components write.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { isExternalHref } from '../lib/site/security';

type HastPlugin = Exclude<NonNullable<SatteriProcessorOptions['hastPlugins']>[number], ((...args: never[]) => unknown) | readonly unknown[] | null | undefined | false>;

export const externalLinks: HastPlugin = {
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      if (isExternalHref(typeof href === 'string' ? href : undefined)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
    },
  },
};
