import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { markdownRehypePlugins, remarkPlugins } from './pipeline';
import type { ComponentMap } from './types';

const processor = unified()
  .use(remarkParse)
  .use(remarkPlugins)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(markdownRehypePlugins)
  .freeze();

/** Markdown to a safe HTML tree: no MDX compile, no code evaluated. */
export async function markdownToHast(source: string): Promise<Root> {
  return (await processor.run(processor.parse(source))) as Root;
}

/** Markdown straight to React elements through the shared component map. */
export async function renderMarkdown(source: string, components: ComponentMap): Promise<ReactElement> {
  const tree = await markdownToHast(source);
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components }) as ReactElement;
}
