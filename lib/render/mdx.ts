import { compileMDX } from 'next-mdx-remote/rsc';
import type { ReactElement } from 'react';
import { BodyError } from '../markdown/body-error';
import { shapeProblem } from '../markdown/shape';
import { mdxRehypePluginsFor, mdxRemarkPlugins } from './pipeline';
import type { ComponentMap } from './types';

/**
 * The only module that knows next-mdx-remote (archived upstream): moving to @mdx-js/mdx
 * or next-mdx-remote-client changes this file alone.
 */
export async function renderMdx(source: string, components: ComponentMap, frenchTypography = true): Promise<ReactElement> {
  // The checks' limits on the text, before MDX's own parser meets a hostile shape (the tree's depth is the sanitiser's).
  const shape = shapeProblem(source);
  if (shape) throw new BodyError(shape);
  const { content } = await compileMDX({
    source,
    components,
    options: {
      // Expressions are blocked (the default); the checker reports them, so none vanishes unseen.
      blockJS: true,
      mdxOptions: { format: 'mdx', remarkPlugins: mdxRemarkPlugins, rehypePlugins: mdxRehypePluginsFor(frenchTypography) },
    },
  });
  return content;
}
