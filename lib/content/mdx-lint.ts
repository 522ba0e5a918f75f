import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { error, type Problem } from '../problems';

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
      problems.push(
        error(file, 'a {…} expression is removed when the post is rendered', {
          ...at(n),
          fix: 'write the value as text, or escape the braces as `\\{` and `\\}`',
        }),
      );
    }
    if (n.type === 'mdxjsEsm') {
      problems.push(error(file, '`import`/`export` are not allowed in posts', { ...at(n), fix: 'use the components listed in the authors\' guide, without importing them' }));
    }
    if (n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') return;
    if (n.name && /^[A-Z]/.test(n.name) && !components.includes(n.name)) {
      problems.push(
        error(file, `unknown component <${n.name}>`, { ...at(n), fix: `use one of: ${components.map((c) => `<${c}>`).join(', ')}` }),
      );
    }
    for (const attr of n.attributes ?? []) {
      if (attr.type === 'mdxJsxExpressionAttribute') {
        problems.push(error(file, `<${n.name}>: a {...spread} attribute is removed when rendered`, { ...at(n), fix: 'write each attribute as name="value"' }));
      } else if (attr.value && typeof attr.value === 'object') {
        const expr = (attr.value as { value?: string }).value ?? '';
        problems.push(
          error(file, `<${n.name}> ${attr.name}={${expr}}: attribute expressions are removed when rendered`, {
            ...at(n),
            fix: `write ${attr.name}="${expr.replace(/^["'`]|["'`]$/g, '')}"`,
          }),
        );
      }
    }
  });
  return problems;
}
