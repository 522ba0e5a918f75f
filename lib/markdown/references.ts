import type { Element, Root as Hast } from 'hast';
import type { Root as Mdast } from 'mdast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/**
 * The images and links of a body, read from its trees (lib/markdown/read-body.ts): what the page
 * will show, after sanitising, so that code blocks, attributes over several lines and nested HTML
 * are read as the renderer reads them.
 */

export interface ImageReference {
  src: string;
  /** The text alternative; undefined when the author wrote none at all (`alt=""` is a choice). */
  alt: string | undefined;
  /** How it was written: `![…](…)`, `<img>` or `<Figure>`, for messages. */
  syntax: 'markdown' | 'img' | 'Figure';
  line?: number;
}

export interface LinkReference {
  href: string;
  line?: number;
}

/** A frame the page embeds: a raw `<iframe>` or a `<VideoEmbed>`, whose host the site must allow. */
export interface FrameReference {
  src: string;
  line?: number;
}

const jsxAttribute = (node: MdxJsxFlowElementHast | MdxJsxTextElementHast, name: string): string | undefined => {
  for (const attr of node.attributes) if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  return undefined;
};

/**
 * Markdown images (`![…](…)`) by position, with their address as written: the HTML tree has the
 * same `<img>` for both spellings, its address percent-encoded.
 */
function markdownImages(mdast: Mdast): Map<string, string> {
  const byStart = new Map<string, string>();
  visit(mdast, 'image', (node) => {
    if (node.position) byStart.set(`${node.position.start.line}:${node.position.start.column}`, node.url);
  });
  return byStart;
}

export function bodyReferences(trees: { mdast: Mdast; hast: Hast }): { images: ImageReference[]; links: LinkReference[]; frames: FrameReference[] } {
  const images: ImageReference[] = [];
  const links: LinkReference[] = [];
  const frames: FrameReference[] = [];
  const fromMarkdown = markdownImages(trees.mdast);
  visit(trees.hast, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'element') {
      const el = node as Element;
      const { src, alt, href } = el.properties;
      if (el.tagName === 'img' && typeof src === 'string') {
        const start = node.position ? `${node.position.start.line}:${node.position.start.column}` : '';
        const written = fromMarkdown.get(start);
        images.push({ src: written ?? src, alt: typeof alt === 'string' ? alt : undefined, syntax: written === undefined ? 'img' : 'markdown', line });
      } else if (el.tagName === 'a' && typeof href === 'string') {
        links.push({ href, line });
      } else if (el.tagName === 'iframe' && typeof src === 'string') {
        frames.push({ src, line });
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const src = jsxAttribute(node, 'src');
      if (src === undefined) return;
      if (node.name === 'Figure') images.push({ src, alt: jsxAttribute(node, 'alt'), syntax: 'Figure', line });
      else if (node.name === 'VideoEmbed') frames.push({ src, line });
    }
  });
  return { images, links, frames };
}
