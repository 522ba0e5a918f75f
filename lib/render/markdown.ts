import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { unified } from 'unified';
import { BodyError } from '../markdown/body-error';
import { readBody } from '../markdown/read-body';
import { pageRehypePlugins } from './pipeline';
import type { ComponentMap } from './types';

const pageSteps = unified().use(pageRehypePlugins).freeze();

/** Markdown to a safe HTML tree: read and sanitised once (lib/markdown), then the page's additions. */
export async function markdownToHast(source: string): Promise<Root> {
  const read = readBody(source, 'md');
  if (!read.ok) throw new BodyError(read.problem);
  return (await pageSteps.run(read.trees.hast)) as Root;
}

/** Markdown straight to React elements through the shared component map. */
export async function renderMarkdown(source: string, components: ComponentMap): Promise<ReactElement> {
  const tree = await markdownToHast(source);
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components }) as ReactElement;
}
