import type { ReactElement } from 'react';
import type { Post } from '../content/post';
import { translateJekyll } from '../markdown/jekyll';
import { renderMarkdown } from './markdown';
import { renderMdx } from './mdx';
import { frenchTypographyFor } from './pipeline';
import type { ComponentMap } from './types';

export type { ComponentMap };

/** A post's body as React elements. Jekyll remains are translated first, never shown as text. */
export async function renderPostBody(post: Pick<Post, 'body' | 'format'> & { lang?: string }, components: ComponentMap): Promise<ReactElement> {
  const { text } = translateJekyll(post.body, 1, post.format);
  // French spacing for French bodies only: an English one keeps its colons where they are.
  const french = frenchTypographyFor(post.lang);
  return post.format === 'mdx' ? renderMdx(text, components, french) : renderMarkdown(text, components, french);
}
