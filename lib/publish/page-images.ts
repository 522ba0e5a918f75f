import { parse, type DefaultTreeAdapterMap } from 'parse5';

/**
 * The image addresses a built page asks the browser to fetch: `src` of `<img>` and `<source>`,
 * and every candidate of their `srcset`. Read from the page parsed by parse5, as a browser reads
 * it (attributes over several lines, entities, `<template>` content), never by a regular expression.
 */
export interface PageImage {
  /** The address as the page writes it, entities decoded: `/img/variants/x-480.webp`. */
  url: string;
  tag: 'img' | 'source';
  attr: 'src' | 'srcset';
  /** 1-based line in the HTML file. */
  line?: number;
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;

/**
 * The URLs of a `srcset`, as the HTML standard splits it: a candidate is a URL (which may hold
 * commas, e.g. `data:` URLs) followed by an optional descriptor and a comma.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  const space = /[\t\n\f\r ]/;
  while (i < srcset.length) {
    while (i < srcset.length && (space.test(srcset[i]!) || srcset[i] === ',')) i++;
    if (i >= srcset.length) break;
    let end = i;
    while (end < srcset.length && !space.test(srcset[end]!)) end++;
    let url = srcset.slice(i, end);
    i = end;
    // A URL ending in commas ends its candidate there; otherwise its descriptors run to the next comma.
    if (/,+$/.test(url)) url = url.replace(/,+$/, '');
    else {
      let depth = 0;
      while (i < srcset.length && (srcset[i] !== ',' || depth > 0)) {
        if (srcset[i] === '(') depth++;
        else if (srcset[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** `lines`: also say where each is written, which makes the parse nearly twice as slow. */
export function pageImages(html: string, { lines = true }: { lines?: boolean } = {}): PageImage[] {
  const found: PageImage[] = [];
  const visit = (node: Node) => {
    if (isElement(node) && (node.tagName === 'img' || node.tagName === 'source')) {
      const tag = node.tagName;
      for (const attribute of node.attrs) {
        const line = node.sourceCodeLocation?.attrs?.[attribute.name]?.startLine ?? node.sourceCodeLocation?.startLine;
        if (attribute.name === 'src' && attribute.value.trim()) {
          found.push({ url: attribute.value.trim(), tag, attr: 'src', line });
        } else if (attribute.name === 'srcset') {
          for (const url of srcsetUrls(attribute.value)) found.push({ url, tag, attr: 'srcset', line });
        }
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    if (isElement(node) && node.tagName === 'template' && 'content' in node) visit((node as DefaultTreeAdapterMap['template']).content);
  };
  visit(parse(html, { sourceCodeLocationInfo: lines }));
  return found;
}

// After the letters `src` of an attribute name: `set` or not, `=`, and the value as the tokenizer
// reads it (quoted, or unquoted up to a space or `>`). HTML's spaces only: a carriage return never
// reaches here (see possibleImageUrls).
const ATTRIBUTE_AFTER_SRC = /(set)?[\t\n\f ]*=[\t\n\f ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f >]+))/iy;

/**
 * Every address the page could ask an image at, read without parsing it: the value of each `src`
 * and `srcset` attribute wherever it stands, in any element, comment or script too, found at every
 * place the letters `src` are written (so a value that holds `src=` hides nothing). What pageImages
 * finds is always among them, which lets a page whose candidates all exist pass without its parse.
 * Undefined when a value may read otherwise once parsed: one holding `&` (an entity), or a page
 * with a carriage return or NUL, which the parser rewrites before anything else.
 */
export function possibleImageUrls(html: string): string[] | undefined {
  if (html.includes('\r') || html.includes('\0')) return undefined;
  const urls: string[] = [];
  const src = /src/gi;
  for (let found = src.exec(html); found; found = src.exec(html)) {
    ATTRIBUTE_AFTER_SRC.lastIndex = found.index + 3;
    const attribute = ATTRIBUTE_AFTER_SRC.exec(html);
    if (!attribute) continue;
    const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    if (value.includes('&')) return undefined;
    if (attribute[1]) urls.push(...srcsetUrls(value));
    else if (value.trim()) urls.push(value.trim());
  }
  return urls;
}
