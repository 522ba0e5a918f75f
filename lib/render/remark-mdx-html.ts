import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * HTML tags written in an MDX post (`<img>`, `<a>`, `<iframe>`, `<script>`) go through the
 * component map, as the same tags do in Markdown. MDX itself renders explicit lowercase JSX
 * as is, bypassing the map: a `<script>` would reach the page and an `<iframe>` would skip
 * the allow-list of video hosts. MDX marks such JSX with `_mdxExplicitJsx`; unmarked,
 * a tag is looked up in the components (and falls back to the plain tag when none is given).
 */
export default function remarkMdxHtmlThroughComponents() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (!node.name || !/^[a-z]/.test(node.name) || !node.data) return;
      delete (node.data as { _mdxExplicitJsx?: boolean })._mdxExplicitJsx;
    });
  };
}
