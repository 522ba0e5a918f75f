import type { PluggableList } from 'unified';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import rehypeEmbeds from './rehype-embeds';
import rehypeImageSize from './rehype-images';
import remarkFigure from './remark-figure';
import remarkMdxHtmlThroughComponents from './remark-mdx-html';
import { sanitizeSchema } from './sanitize-schema';

/** The remark and rehype plugins, in one place, for both Markdown and MDX. */
export const remarkPlugins: PluggableList = [remarkGfm, remarkFigure];

/** MDX also sends its HTML tags through the component map, as Markdown does. */
export const mdxRemarkPlugins: PluggableList = [...remarkPlugins, remarkMdxHtmlThroughComponents];

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

/** Markdown may hold raw HTML: parse it, then keep only the safe part. */
export const markdownRehypePlugins: PluggableList = [
  rehypeRaw,
  [rehypeSanitize, sanitizeSchema],
  rehypeEmbeds,
  ...headingAnchors,
  rehypeImageSize,
];

/** MDX has no raw HTML, only JSX, which the component map renders. */
export const mdxRehypePlugins: PluggableList = [...headingAnchors, rehypeImageSize];
