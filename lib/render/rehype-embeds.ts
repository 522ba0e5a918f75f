import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isAllowedEmbed } from '../markdown/embeds';

/**
 * Raw iframes in Markdown: kept when they come from an allowed video host (the page's
 * `iframe` component makes them lazy, titled and responsive), replaced by a plain link
 * otherwise, so the reader still reaches the content.
 */
export default function rehypeEmbeds() {
  return (tree: Root) => {
    visit(tree, 'element', (el: Element, index, parent) => {
      if (el.tagName !== 'iframe' || !parent || index === undefined) return;
      const src = typeof el.properties.src === 'string' ? el.properties.src : undefined;
      if (isAllowedEmbed(src)) return SKIP;
      const link: Element = {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: src
          ? [{ type: 'element', tagName: 'a', properties: { href: src }, children: [{ type: 'text', value: `Contenu externe : ${src}` }] }]
          : [],
      };
      parent.children.splice(index, 1, link);
      return SKIP;
    });
  };
}
