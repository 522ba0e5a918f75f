import type { Emphasis, Image, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

/**
 * An image alone in its paragraph, followed by a paragraph that is only emphasis, is a figure
 * with that caption: the old site's convention (`![alt](src)` then `_caption_`). The two may be
 * on consecutive lines of one paragraph or in two paragraphs.
 */
const isBlank = (n: PhrasingContent) => n.type === 'text' && n.value.trim() === '' || n.type === 'break';

function onlyImage(nodes: PhrasingContent[]): Image | undefined {
  const meaningful = nodes.filter((n) => !isBlank(n));
  return meaningful.length === 1 && meaningful[0]!.type === 'image' ? meaningful[0] : undefined;
}

function onlyEmphasis(nodes: PhrasingContent[]): Emphasis | undefined {
  const meaningful = nodes.filter((n) => !isBlank(n));
  return meaningful.length === 1 && meaningful[0]!.type === 'emphasis' ? meaningful[0] : undefined;
}

function figure(image: Image, caption: Emphasis): Paragraph {
  // A paragraph node renamed through hName: mdast has no figure type.
  return {
    type: 'paragraph',
    data: { hName: 'figure' },
    children: [
      image,
      { type: 'emphasis', data: { hName: 'figcaption' }, children: caption.children },
    ],
  };
}

function transform(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'paragraph') {
      // Same paragraph: image, then emphasis alone.
      const imageIndex = node.children.findIndex((n) => !isBlank(n));
      const first = node.children[imageIndex];
      if (first?.type === 'image') {
        const rest = node.children.slice(imageIndex + 1);
        const caption = onlyEmphasis(rest);
        // `![…](…) _Légende_`, `![…](…)_Légende_` or on the next line: the old site wrote all three.
        if (caption) {
          out.push(figure(first, caption));
          continue;
        }
      }
      const image = onlyImage(node.children);
      const next = children[i + 1];
      const caption = image && next?.type === 'paragraph' ? onlyEmphasis(next.children) : undefined;
      if (image && caption) {
        out.push(figure(image, caption));
        i++;
        continue;
      }
    }
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table') {
      (node as { children: RootContent[] }).children = transform((node as { children: RootContent[] }).children);
    }
    out.push(node);
  }
  return out;
}

export default function remarkFigure() {
  return (tree: Root) => {
    tree.children = transform(tree.children);
  };
}
