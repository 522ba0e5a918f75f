import type { Root as Hast } from 'hast';
import type { Root as Mdast } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFileMessage } from 'vfile-message';
import type { ProblemSpec } from '../messages';
import remarkFigure from './remark-figure';
import { sanitizeBody, type Removal } from './sanitize';
import { MAX_TREE_DEPTH, shapeProblem, tooDeep, treeDepth } from './shape';

/**
 * A post body read once into its trees: the Markdown tree (mdast) and the HTML tree (hast) that
 * the renderer turns into the page, sanitised. The checks, the image steps and the importer read
 * these trees; no regular expression reads the Markdown or its HTML.
 */

export type BodyFormat = 'md' | 'mdx';

/** The remark plugins of both formats, shared with the renderer so that both build the same tree. */
export const remarkPlugins: PluggableList = [remarkGfm, remarkFigure];

/** MDX's own nodes, which remark-rehype hands over untouched (as @mdx-js/mdx does). */
export const MDX_NODE_TYPES: readonly string[] = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

const markdownParser = unified().use(remarkParse).use(remarkPlugins).freeze();
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins).freeze();
const markdownToHast = unified().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).freeze();
const mdxToHast = unified().use(remarkRehype, { passThrough: [...MDX_NODE_TYPES] } as Parameters<typeof remarkRehype>[0]).freeze();

export interface BodyProblem {
  /** 1-based line in the text read, when known. */
  line?: number;
  column?: number;
  /** What is wrong, for lib/messages. */
  spec: ProblemSpec;
  /** For an MDX syntax error, the parser's own words; the positions they quote, `(3:1-3:23)`, are in the text read. */
  mdxReason?: string;
}

export interface BodyTrees {
  mdast: Mdast;
  hast: Hast;
  /** What the sanitiser removed, with positions in the text read. */
  removed: Removal[];
}

/** The Markdown tree of a body, or why it cannot be read (an MDX syntax error, a hostile shape). */
export function parseBody(text: string, format: BodyFormat): { ok: true; mdast: Mdast } | { ok: false; problem: BodyProblem } {
  const shape = shapeProblem(text);
  if (shape) return { ok: false, problem: shape };
  const parser = format === 'mdx' ? mdxParser : markdownParser;
  let mdast: Mdast;
  try {
    mdast = parser.runSync(parser.parse(text)) as Mdast;
  } catch (e) {
    return { ok: false, problem: parseFailure(e) };
  }
  const { depth, deepest } = treeDepth(mdast);
  if (depth > MAX_TREE_DEPTH) return { ok: false, problem: tooDeep(depth, deepest?.position?.start.line) };
  return { ok: true, mdast };
}

/** The sanitised HTML tree of a parsed body, as the page will show it (before the page's own additions). */
export function bodyHast(mdast: Mdast, format: BodyFormat): { ok: true; hast: Hast; removed: Removal[] } | { ok: false; problem: BodyProblem } {
  let hast: Hast;
  try {
    const toHast = format === 'mdx' ? mdxToHast : markdownToHast;
    // mdast-util-to-hast builds a new tree (MDX nodes it passes through are cloned): the Markdown tree stays as read.
    hast = toHast.runSync(mdast) as Hast;
  } catch (e) {
    return { ok: false, problem: parseFailure(e) };
  }
  // Raw HTML can nest deeper than the Markdown around it.
  const { depth, deepest } = treeDepth(hast);
  if (depth > MAX_TREE_DEPTH) return { ok: false, problem: tooDeep(depth, deepest?.position?.start.line) };
  const { tree, removed } = sanitizeBody(hast);
  return { ok: true, hast: tree, removed };
}

/** Both trees of a body, or the first reason it cannot be read. */
export function readBody(text: string, format: BodyFormat): { ok: true; trees: BodyTrees } | { ok: false; problem: BodyProblem } {
  const parsed = parseBody(text, format);
  if (!parsed.ok) return parsed;
  const html = bodyHast(parsed.mdast, format);
  if (!html.ok) return html;
  return { ok: true, trees: { mdast: parsed.mdast, hast: html.hast, removed: html.removed } };
}

function parseFailure(e: unknown): BodyProblem {
  if (e instanceof VFileMessage) {
    // Some errors (an unclosed tag) carry their position only in the text: `(3:1-3:23)`.
    const inText = /\((\d+):(\d+)/.exec(e.reason);
    return {
      line: e.line ?? (inText ? Number(inText[1]) : undefined),
      column: e.column ?? (inText ? Number(inText[2]) : undefined),
      spec: { key: 'mdxSyntax', params: { reason: e.reason } },
      mdxReason: e.reason,
    };
  }
  if (e instanceof RangeError) return { spec: { key: 'bodyStackOverflow', params: undefined } };
  return { spec: { key: 'bodyUnreadable', params: { reason: e instanceof Error ? e.message : String(e) } } };
}
