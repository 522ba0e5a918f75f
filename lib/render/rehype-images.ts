import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isLocalPath, localImageSize, publicDirFromEnv } from '../content/images';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
}

/**
 * Gives every local image its real width and height, so the page reserves its space
 * before the image arrives (no layout shift). Covers Markdown images, raw `<img>` and
 * the `src` of MDX `<Figure>` elements.
 */
export default function rehypeImageSize(options: { publicDir?: string } = {}) {
  const publicDir = options.publicDir ?? publicDirFromEnv();
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element' && (node as Element).tagName === 'img') {
        const el = node as Element;
        const src = el.properties.src;
        if (typeof src !== 'string' || !isLocalPath(src) || el.properties.width) return;
        const size = localImageSize(publicDir, src);
        if (size) Object.assign(el.properties, size);
      }
      const jsx = node as unknown as JsxElement;
      if ((jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') && (jsx.name === 'Figure' || jsx.name === 'img')) {
        const attr = (name: string) => jsx.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
        const src = attr('src')?.value;
        if (typeof src !== 'string' || !isLocalPath(src) || attr('width')) return;
        const size = localImageSize(publicDir, src);
        if (!size) return;
        jsx.attributes.push(
          { type: 'mdxJsxAttribute', name: 'width', value: String(size.width) },
          { type: 'mdxJsxAttribute', name: 'height', value: String(size.height) },
        );
      }
    });
  };
}
