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

// As React writes them: the policy's `content` is escaped, so it holds no `"`.
const POLICY_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;
const CHARSET_META = '<meta charSet="utf-8"/>';

/**
 * A built page with its Content-Security-Policy `<meta>` moved to the top of `<head>`, right after
 * the encoding: a policy in a `<meta>` governs only what comes after it, and React places it after
 * whatever of Next's metadata was ready first, which differed between two builds of one page.
 * Only a `<meta>` before `</head>` is looked for: a body's text cannot reach there.
 */
export function policyFirst(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd === -1) return html;
  const meta = POLICY_META.exec(html.slice(0, headEnd));
  if (!meta) return html;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const charset = without.indexOf(CHARSET_META);
  const head = without.indexOf('<head>');
  const at = charset !== -1 && charset < headEnd ? charset + CHARSET_META.length : head !== -1 ? head + '<head>'.length : -1;
  if (at === -1) return html;
  return without.slice(0, at) + meta[0] + without.slice(at);
}
