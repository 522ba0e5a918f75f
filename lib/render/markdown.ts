import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { unified } from 'unified';
import { BodyError } from '../markdown/body-error';
import { readBody } from '../markdown/read-body';
import { pageRehypePluginsFor } from './pipeline';
import type { ComponentMap } from './types';

// One processor with French spacing, one without (English bodies).
const pageSteps = { french: unified().use(pageRehypePluginsFor(true)).freeze(), plain: unified().use(pageRehypePluginsFor(false)).freeze() };

/** Markdown to a safe HTML tree: read and sanitised once (lib/markdown), then the page's additions. */
export async function markdownToHast(source: string, frenchTypography = true): Promise<Root> {
  const read = readBody(source, 'md');
  if (!read.ok) throw new BodyError(read.problem);
  return (await pageSteps[frenchTypography ? 'french' : 'plain'].run(read.trees.hast)) as Root;
}

/** Markdown straight to React elements through the shared component map. */
export async function renderMarkdown(source: string, components: ComponentMap, frenchTypography = true): Promise<ReactElement> {
  const tree = await markdownToHast(source, frenchTypography);
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components }) as ReactElement;
}
