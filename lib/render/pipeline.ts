import type { PluggableList } from 'unified';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import { remarkPlugins } from '../markdown/read-body';
import rehypeSanitizeBody from '../markdown/sanitize';
import rehypeEmbeds from './rehype-embeds';
import rehypeFrenchTypography from './rehype-french-typography';
import rehypeHighlight from './rehype-highlight';
import rehypeImageSize from './rehype-images';

/** The remark plugins of MDX: the same as Markdown's (lib/markdown/read-body.ts). */
export const mdxRemarkPlugins: PluggableList = remarkPlugins;

const headingAnchors: PluggableList = [
  rehypeSlug,
  [
    rehypeAutolinkHeadings,
    {
      behavior: 'append',
      properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
      content: { type: 'text', value: '#' },
    },
  ],
];

/**
 * What the page adds to a sanitised body: video frames checked, heading anchors, image sizes, code
 * highlighted (classes only: the sanitiser's rules stand), French spacing.
 */
export const pageRehypePlugins: PluggableList = [rehypeEmbeds, ...headingAnchors, rehypeImageSize, rehypeHighlight, rehypeFrenchTypography];

/** MDX's HTML tree goes through the same sanitiser as Markdown's (lib/markdown/read-body.ts does it for Markdown). */
export const mdxRehypePlugins: PluggableList = [rehypeSanitizeBody, ...pageRehypePlugins];
