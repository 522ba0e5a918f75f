import type { Root } from 'mdast';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { visit } from 'unist-util-visit';
import { parseBody } from './read-body';

/**
 * Where each address of a Markdown body is written, to rewrite it in place (the Jekyll importer):
 * images, links and reference definitions from the Markdown tree, and the `src`, `href`, `poster`
 * and `data` of raw HTML from its parse (parse5, which knows where each attribute sits). Code is
 * never read as addresses.
 */
export interface WrittenAddress {
  /** Offset of the address in the text. */
  offset: number;
  /** The address as written. */
  url: string;
  /** Images are fetched by the browser; links are followed. */
  image: boolean;
}

type Parse5Node = DefaultTreeAdapterMap['node'];
type Parse5Element = DefaultTreeAdapterMap['element'];

const ADDRESS_ATTRIBUTES = ['src', 'href', 'poster', 'data'];

/** The offset of `url` written as a destination (after `(` or `(<`, or after `]:`), searched from the end of `slice`. */
function destinationOffset(slice: string, url: string, definition: boolean): number | undefined {
  for (let at = slice.lastIndexOf(url); at !== -1; at = at === 0 ? -1 : slice.lastIndexOf(url, at - 1)) {
    const before = slice.slice(0, at).trimEnd();
    if (definition ? /\]:\s*<?$/.test(slice.slice(0, at)) : before.endsWith('(') || before.endsWith('(<')) return at;
  }
  return undefined;
}

function htmlAddresses(html: string, base: number, found: WrittenAddress[]): void {
  const walk = (node: Parse5Node) => {
    if ('attrs' in node) {
      const el = node as Parse5Element;
      for (const attr of el.attrs) {
        const where = el.sourceCodeLocation?.attrs?.[attr.name];
        if (!ADDRESS_ATTRIBUTES.includes(attr.name) || !where || !attr.value) continue;
        // The attribute's text is `name = "value"`: the value is what follows the `=` and its quote.
        const written = html.slice(where.startOffset, where.endOffset);
        const valueAt = written.search(/=\s*["']?/);
        const start = valueAt + (/=\s*["']?/.exec(written.slice(valueAt))?.[0].length ?? 0);
        if (written.slice(start, start + attr.value.length) !== attr.value) continue;
        found.push({ offset: base + where.startOffset + start, url: attr.value, image: el.tagName !== 'a' });
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    if ('content' in node && node.content) walk(node.content);
  };
  walk(parseFragment(html, { sourceCodeLocationInfo: true }));
}

/** Every address of a Markdown body, in the order they are written; none when the body cannot be read. */
export function writtenAddresses(text: string): WrittenAddress[] {
  const parsed = parseBody(text, 'md');
  if (!parsed.ok) return [];
  const found: WrittenAddress[] = [];
  visit(parsed.mdast as Root, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'image' || node.type === 'link' || node.type === 'definition') {
      const at = node.url ? destinationOffset(text.slice(start, end), node.url, node.type === 'definition') : undefined;
      if (at !== undefined) found.push({ offset: start + at, url: node.url, image: node.type === 'image' });
    } else if (node.type === 'html') {
      htmlAddresses(text.slice(start, end), start, found);
    }
  });
  return found.sort((a, b) => a.offset - b.offset);
}
