import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A built page with its Content-Security-Policy `<meta>` set to `policy`. The page is read by parse5
 * as a browser reads it, and only the `content` attribute of that one element is rewritten, at the
 * place the parser found it: every other byte of the page stays as Next wrote it. A page with no
 * such `<meta>`, or with more than one, is an error (a second policy would be enforced as well).
 */
export function withPagePolicy(html: string, policy: string): string {
  const metas: Element[] = [];
  const visit = (node: Node) => {
    if (isElement(node) && node.tagName === 'meta' && node.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'content-security-policy'))
      metas.push(node);
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  if (metas.length !== 1) throw new Error(`expected one Content-Security-Policy <meta>, found ${metas.length}`);
  const where = metas[0]!.sourceCodeLocation?.attrs?.content;
  if (!where) throw new Error('the Content-Security-Policy <meta> has no content attribute');
  return `${html.slice(0, where.startOffset)}content="${escapeAttribute(policy)}"${html.slice(where.endOffset)}`;
}
