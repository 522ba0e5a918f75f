import type { PluggableList } from 'unified';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import { remarkPlugins } from '../markdown/read-body';
import rehypeSanitizeBody from '../markdown/sanitize';
import rehypeEmbeds from './rehype-embeds';
import rehypeFrenchTypography from './rehype-french-typography';
import rehypeHighlight from './rehype-highlight';
import rehypeImageSize from './rehype-images';
import { dictionary } from '../i18n';
import { defaultLang } from '../languages';

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

/** Whether a body in this language gets French spacing: French does (its dictionary says so), English must not. */
export const frenchTypographyFor = (lang: string = defaultLang): boolean => dictionary(lang).frenchTypography;

/**
 * What the page adds to a sanitised body: video frames checked, heading anchors, image sizes, code
 * highlighted (classes only: the sanitiser's rules stand), French spacing where the language has it.
 */
export const pageRehypePluginsFor = (frenchTypography: boolean): PluggableList => [
  rehypeEmbeds,
  ...headingAnchors,
  rehypeImageSize,
  rehypeHighlight,
  ...(frenchTypography ? [rehypeFrenchTypography] : []),
];

/** MDX's HTML tree goes through the same sanitiser as Markdown's (lib/markdown/read-body.ts does it for Markdown). */
export const mdxRehypePluginsFor = (frenchTypography: boolean): PluggableList => [rehypeSanitizeBody, ...pageRehypePluginsFor(frenchTypography)];
