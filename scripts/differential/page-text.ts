/**
 * What a reader sees of an HTML page, for the differential test (scripts/test-differential.ts):
 * parsed with hast-util-from-html, never read with regular expressions.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export const parseHtml = (html: string): Root => fromHtml(html);

/** Not shown to readers. */
const HIDDEN = new Set(['head', 'script', 'style', 'template', 'noscript']);

/**
 * Elements that sit inside a line of text without breaking a word (`<em>Wid</em>getry`); every
 * other element is a word boundary, on both sites alike. `sup` is a boundary: a footnote mark
 * (`word<sup>1</sup>`) is its own word whichever way each site marks it up.
 */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'time', 'u', 'var']);

type Node = Root | RootContent | ElementContent;

/** The text a reader sees in a node, with a space wherever an element breaks the line. */
export function visibleText(node: Node): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    if (HIDDEN.has(node.tagName) || node.properties.hidden !== undefined) return '';
    const inner = node.children.map(visibleText).join('');
    return INLINE.has(node.tagName) ? inner : ` ${inner} `;
  }
  if (node.type === 'root') return node.children.map(visibleText).join('');
  return '';
}

/** The first element, depth first, for which `test` holds. */
export function findElement(node: Node, test: (e: Element) => boolean): Element | undefined {
  if (node.type === 'element' && test(node)) return node;
  if (node.type !== 'element' && node.type !== 'root') return undefined;
  for (const child of node.children) {
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

export const hasClass = (e: Element, name: string): boolean => {
  const classes = e.properties.className;
  return Array.isArray(classes) && classes.includes(name);
};

/**
 * Text as both sites are compared: typographic quotes as straight ones, every kind of space as
 * one (kramdown and the blog each make their own typography), Unicode composed, lower case.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201B\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u00AB\u00BB]/g, '"')
    .replace(/[\u00A0\u202F\u2007\u2009]/g, ' ')
    .toLowerCase();
}

/** The words of a text (runs of letters and digits), counted. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of normaliseText(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Words of `expected` that `found` lacks, with how many of each are missing. */
export function missingWords(expected: Map<string, number>, found: Map<string, number>): Map<string, number> {
  const missing = new Map<string, number>();
  for (const [word, n] of expected) {
    const lack = n - (found.get(word) ?? 0);
    if (lack > 0) missing.set(word, lack);
  }
  return missing;
}

export const total = (counts: Map<string, number>): number => [...counts.values()].reduce((a, b) => a + b, 0);

/** Jekyll markup that must never reach a reader as text. */
export const JEKYLL_MARKERS = ['{%', '{{', '{:'] as const;

/** Where each marker occurs in a text, with a little of what surrounds it. */
export function markerOccurrences(text: string): { marker: string; context: string }[] {
  const flat = text.replace(/\s+/g, ' ');
  const found: { marker: string; context: string }[] = [];
  for (const marker of JEKYLL_MARKERS) {
    for (let i = flat.indexOf(marker); i !== -1; i = flat.indexOf(marker, i + marker.length)) {
      found.push({ marker, context: flat.slice(Math.max(0, i - 30), i + 40).trim() });
    }
  }
  return found;
}

/** The target of a redirect page (`<meta http-equiv="refresh" content="0; url=…">`), if the page is one. */
export function refreshTarget(page: Root): string | undefined {
  const meta = findElement(page, (e) => e.tagName === 'meta' && String(e.properties.httpEquiv ?? '').toLowerCase() === 'refresh');
  const content = meta ? String(meta.properties.content ?? '') : '';
  const match = /^\s*\d+\s*;\s*url\s*=\s*(.+)$/i.exec(content);
  return match?.[1]?.trim().replace(/^['"]|['"]$/g, '');
}

/**
 * Elements that carry a body's structure, counted the same way on both sites: emphasis, code,
 * lists, quotes, tables, images, abbreviations, headings. Markdown shown as text (`_caption_`) or
 * HTML turned into a code block changes these counts where the words stay the same. Headings only
 * a screen reader hears (GFM's "Footnotes") are not counted.
 */
export const STRUCTURE = ['em', 'strong', 'code', 'pre', 'li', 'blockquote', 'table', 'img', 'abbr', 'h2', 'h3', 'h4'] as const;

export function structureCounts(node: Node): Map<string, number> {
  const counts = new Map<string, number>(STRUCTURE.map((t) => [t, 0]));
  const visit = (n: Node) => {
    if (n.type === 'element') {
      if (HIDDEN.has(n.tagName) || hasClass(n, 'sr-only')) return;
      if (counts.has(n.tagName)) counts.set(n.tagName, (counts.get(n.tagName) ?? 0) + 1);
    }
    if (n.type === 'element' || n.type === 'root') n.children.forEach(visit);
  };
  visit(node);
  return counts;
}
