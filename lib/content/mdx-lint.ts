import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFileMessage } from 'vfile-message';
import { error, type Problem } from '../problems';

const parser = unified().use(remarkParse).use(remarkMdx);

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}

/**
 * What MDX would silently lose or choke on: syntax errors (with line and column),
 * `{expressions}` (next-mdx-remote removes them), attribute expressions such as
 * `width={800}`, event handlers, and components the site does not have.
 */
export function lintMdx(file: string, body: string, bodyLine: number, components: readonly string[]): Problem[] {
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (e) {
    if (e instanceof VFileMessage) {
      // Some errors (an unclosed tag) carry their position only in the text: `(3:1-3:23)`.
      const inText = /\((\d+):(\d+)/.exec(e.reason);
      const line = e.line ?? (inText ? Number(inText[1]) : undefined);
      const column = e.column ?? (inText ? Number(inText[2]) : undefined);
      return [
        error(file, `MDX syntax error: ${e.reason}`, {
          line: line ? line + bodyLine - 1 : undefined,
          column,
          fix: 'close every tag (`<Figure … />`), and write `{`, `}` and `<` as `\\{`, `\\}` and `&lt;` in text',
        }),
      ];
    }
    throw e;
  }
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
      } else if (attr.name && /^on[A-Z]/i.test(attr.name)) {
        problems.push(error(file, `<${n.name}> ${attr.name}: event handlers are not allowed in posts`, { ...at(n), fix: `remove ${attr.name}` }));
      }
    }
  });
  return problems;
}
