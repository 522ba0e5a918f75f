import type { ReactElement } from 'react';
import type { Post } from '../content/post';
import { translateJekyll } from '../markdown/jekyll';
import { renderMarkdown } from './markdown';
import { renderMdx } from './mdx';
import type { ComponentMap } from './types';

export type { ComponentMap };

/** A post's body as React elements. Jekyll remains are translated first, never shown as text. */
export async function renderPostBody(post: Pick<Post, 'body' | 'format'>, components: ComponentMap): Promise<ReactElement> {
  const { text } = translateJekyll(post.body, 1, post.format);
  return post.format === 'mdx' ? renderMdx(text, components) : renderMarkdown(text, components);
}
