/**
 * A Sätteri hast plugin (Astro 7's Markdown engine runs no rehype plugins):
 * links in Markdown and MDX bodies to other sites get rel="noopener
 * noreferrer", like the links the components write.
 */
import { isExternalHref } from './security';

interface HastElement {
  properties?: Record<string, unknown>;
}
interface Ctx {
  setProperty(node: HastElement, key: string, value: unknown): void;
}

export const externalLinks = {
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node: HastElement, ctx: Ctx) {
      if (isExternalHref(node.properties?.['href'] as string | undefined)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
    },
  },
};
