import type { Element, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { frenchSpacing } from '../typography';

/** Elements whose text is code or notation, never French prose. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'math', 'script', 'style']);

/**
 * French typography at build time (lib/typography.ts): narrow no-break spaces before `: ; ! ?`
 * and inside « », in the text of a body, never in code, attributes or addresses.
 */
export default function rehypeFrenchTypography() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element' && VERBATIM.has((node as Element).tagName)) return SKIP;
      if (node.type === 'text') (node as Text).value = frenchSpacing((node as Text).value);
      return undefined;
    });
  };
}
