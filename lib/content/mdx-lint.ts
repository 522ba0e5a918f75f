import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { problem } from '../messages';
import type { Problem } from '../problems';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

/**
 * What MDX would silently lose, read on the post's Markdown tree (its syntax errors are
 * lib/markdown/read-body.ts's): `{expressions}` (next-mdx-remote removes them), attribute expressions such as
 * `width={800}`, and components the site does not have (event handlers are the sanitiser's).
 */
export function lintMdx(file: string, tree: Root, bodyLine: number, components: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const at = (node: JsxNode) => ({
    line: node.position ? node.position.start.line + bodyLine - 1 : undefined,
    column: node.position?.start.column,
  });
  visit(tree, (node) => {
    const n = node as unknown as JsxNode;
    if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') {
      problems.push(problem('mdxExpression', file, undefined, at(n)));
    }
    if (n.type === 'mdxjsEsm') {
      problems.push(problem('mdxImportExport', file, undefined, at(n)));
    }
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') return;
    if (n.name && /^[A-Z]/.test(n.name) && !components.includes(n.name)) {
      problems.push(problem('unknownComponent', file, { name: n.name, components: components.map((c) => `<${c}>`).join(', ') }, at(n)));
    }
    for (const attr of n.attributes ?? []) {
      if (attr.type === 'mdxJsxExpressionAttribute') {
        problems.push(problem('spreadAttribute', file, { name: n.name ?? '' }, at(n)));
      } else if (attr.value && typeof attr.value === 'object') {
        const expr = (attr.value as { value?: string }).value ?? '';
        const value = expr.replace(/^["'`]|["'`]$/g, '');
        problems.push(problem('attributeExpression', file, { name: n.name ?? '', attribute: attr.name ?? '', expression: expr, value }, at(n)));
      }
    }
  });
  return problems;
}
