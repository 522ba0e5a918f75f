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
// next/font's mark that a fallback font is size-adjusted: read by no script (pages keep none).
const SIZE_ADJUST_META = '<meta name="next-size-adjust" content=""/>';

/** Where `tag` starts and what it is, looked for before `</head>` alone; undefined when it is not there. */
function findInHead(html: string, tag: RegExp | string): { index: number; text: string } | undefined {
  const headEnd = html.indexOf('</head>');
  if (headEnd === -1) return undefined;
  const head = html.slice(0, headEnd);
  if (typeof tag === 'string') {
    const index = head.indexOf(tag);
    return index === -1 ? undefined : { index, text: tag };
  }
  const match = tag.exec(head);
  return match ? { index: match.index, text: match[0] } : undefined;
}

const without = (html: string, { index, text }: { index: number; text: string }) => html.slice(0, index) + html.slice(index + text.length);
const insertAt = (html: string, at: number, text: string) => html.slice(0, at) + text + html.slice(at);

/**
 * A built page with the two elements of its `<head>` that React places wherever the page's metadata
 * left room, which differed between two builds of one page, put in one place: the Content-Security-Policy
 * `<meta>` right after the encoding (a policy in a `<meta>` governs only what comes after it), and
 * next/font's `<meta name="next-size-adjust">` last. Only `<head>` is looked in: a body's text cannot
 * reach there. Every other byte stays where Next wrote it.
 */
export function settledHead(html: string): string {
  let page = html;
  const size = findInHead(page, SIZE_ADJUST_META);
  if (size) {
    page = without(page, size);
    page = insertAt(page, page.indexOf('</head>'), size.text);
  }
  const policy = findInHead(page, POLICY_META);
  if (!policy) return page;
  page = without(page, policy);
  const charset = findInHead(page, CHARSET_META);
  const head = page.indexOf('<head>');
  if (charset) return insertAt(page, charset.index + charset.text.length, policy.text);
  return head === -1 ? html : insertAt(page, head + '<head>'.length, policy.text);
}
