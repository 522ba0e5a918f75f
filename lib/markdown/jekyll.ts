import { visit } from 'unist-util-visit';
import { parsePostFileName } from '../dates';
import type { LiquidKind } from '../messages';
import { fenceAfter, fenceMarker } from './fences';
import { parseBody, type BodyFormat } from './read-body';
import { isUrlSafeSlug, slugify } from '../slug';
import { postPath } from '../urls';

/**
 * Jekyll remains in a post body: Liquid tags and kramdown attribute lists. They must never
 * reach a reader as text, so rendering removes or translates them; the checker reports
 * what it could not translate. Lines are kept one for one, so that positions stay right.
 *
 * Code (fenced, indented, code spans) is left as written: a post about Liquid shows its tags there,
 * and kramdown showed `{: .x}` in code as typed. Liquid is read over several lines, as Liquid reads
 * it, and a loop or a condition goes as a whole, its body included: half of one would leave
 * fragments (`[-filter]: </release/…>`) that Markdown reads as links.
 */

export interface JekyllFinding {
  line: number;
  /** What was removed, shortened to one line (`{% for r in x %}…{% endfor %}`). */
  text: string;
  /** What the tag did, which says how to replace it (the messages' fix). */
  liquid: LiquidKind;
  /** Last line of what was removed, when it spans several. */
  endLine?: number;
}

/** A piece of a body as Jekyll reads it; the pieces, end to end, are the body. */
export type JekyllPiece =
  | { kind: 'text' | 'code'; text: string; offset: number }
  /** `{% raw %}…{% endraw %}`: `parts` is the inner text, split where code starts and ends. */
  | { kind: 'raw'; text: string; offset: number; parts: { code: boolean; text: string }[] }
  /** A Liquid tag or output, or a whole block (`{% for %}…{% endfor %}`); `name` is the tag's. */
  | { kind: 'liquid'; text: string; offset: number; name?: string; block: boolean }
  /** `{% comment %}…{% endcomment %}` and kramdown's `{::comment}…{:/comment}`: shown to nobody. */
  | { kind: 'comment'; text: string; offset: number }
  /** A kramdown attribute list or extension tag (`{: .x}`, `{:target="_blank"}`, `{::nomarkdown}`). */
  | { kind: 'kramdown'; text: string; offset: number };

/** Tags that hold a body up to their `end` tag: removed with it when they cannot be translated. */
const BLOCK_TAGS = ['for', 'if', 'unless', 'case', 'capture', 'tablerow'];
const OPENER = /\{[%{:]/g;

/**
 * The next `closer` at or after a position, for positions that never go back: each search starts
 * where the last one found, so a body full of unclosed `{%` is read in linear time.
 */
function nextFinder(text: string, closer: string | RegExp): (from: number) => number {
  let found = -2;
  const re = typeof closer === 'string' ? undefined : new RegExp(closer.source, 'g');
  return (from) => {
    if (found === -1 || found >= from) return found;
    if (!re) return (found = text.indexOf(closer as string, from));
    re.lastIndex = from;
    return (found = re.exec(text)?.index ?? -1);
  };
}

/**
 * Liquid tags and outputs as Liquid finds them: to the first closer, never over a blank line (which no
 * real tag holds); and kramdown's `{:…}`, on one line.
 */
function liquidReader(text: string) {
  const blank = nextFinder(text, /\n[ \t]*\n/);
  const closers = { '{%': nextFinder(text, '%}'), '{{': nextFinder(text, '}}') };

  const braceClose = nextFinder(text, '}');
  const lineEnd = nextFinder(text, '\n');
  return (start: number, opener: '{%' | '{{' | '{:'): { end: number; name: string } | undefined => {
    if (opener === '{:') {
      // A kramdown attribute list or extension tag: to the first `}`, on its line.
      const close = braceClose(start + 2);
      const eol = lineEnd(start);
      return close === -1 || (eol !== -1 && eol < close) ? undefined : { end: close + 1, name: '' };
    }
    const close = closers[opener](start + 2);
    const gap = blank(start);
    if (close === -1 || (gap !== -1 && gap < close)) return undefined;
    const name = opener === '{%' ? (/^\{%-?\s*(\w*)/.exec(text.slice(start, start + 40))?.[1] ?? '') : '';
    return { end: close + 2, name };
  };
}

/** For each block tag, the offset after its `{% end… %}`, matched by name and nesting as Liquid does. */
function blockEnds(text: string): Map<number, number> {
  const read = liquidReader(text);
  const open = new Map<string, number[]>();
  const ends = new Map<number, number>();
  for (let at = text.indexOf('{%'); at !== -1; ) {
    const tag = read(at, '{%');
    if (!tag) {
      at = text.indexOf('{%', at + 2);
      continue;
    }
    if (tag.name === 'raw') {
      // Liquid reads no tag inside raw.
      at = text.indexOf('{%', closedAt(text, /\{%-?\s*endraw\s*-?%\}/, tag.end).end);
      continue;
    }
    const end = /^end(\w+)$/.exec(tag.name)?.[1];
    if (BLOCK_TAGS.includes(tag.name)) {
      const starts = open.get(tag.name) ?? [];
      starts.push(at);
      open.set(tag.name, starts);
    }
    else if (end && BLOCK_TAGS.includes(end)) {
      const starts = open.get(end);
      const start = starts?.pop();
      if (start !== undefined) ends.set(start, tag.end);
    }
    at = text.indexOf('{%', tag.end);
  }
  return ends;
}

/** The address of the post a `{% post_url %}` names (`2018-09-24-slug`, or in a subfolder). */
function postUrl(name: string): string | undefined {
  const parsed = parsePostFileName(`${name.split('/').pop() ?? name}.md`);
  if (!parsed.ok) return undefined;
  return postPath(parsed.date, isUrlSafeSlug(parsed.slug) ? parsed.slug : slugify(parsed.slug));
}

/** `{% highlight python %}` … `{% endhighlight %}` lines as a fenced code block, line for line. */
export function highlightToFences(body: string): string {
  let fence: string | undefined;
  return body
    .split('\n')
    .map((line) => {
      const highlight = /^\s*\{%-?\s*highlight\s+([\w+#.-]+)[^%]*-?%\}\s*$/.exec(line);
      if (!fence && highlight) {
        fence = '```';
        return `\`\`\`${highlight[1]}`;
      }
      if (fence === '```' && /^\s*\{%-?\s*endhighlight\s*-?%\}\s*$/.test(line)) {
        fence = undefined;
        return '```';
      }
      const marker = fenceMarker(line);
      if (marker) fence = fenceAfter(fence, marker);
      return line;
    })
    .join('\n');
}

/**
 * Where code is, as offsets: from the Markdown tree when the body reads (code blocks and spans),
 * else from its fences alone (an MDX body with Liquid in it does not parse).
 */
export function codeRanges(text: string, format: BodyFormat = 'md'): [number, number][] {
  const ranges: [number, number][] = [];
  const parsed = parseBody(text, format);
  if (parsed.ok) {
    visit(parsed.mdast, (node) => {
      if (node.type !== 'code' && node.type !== 'inlineCode') return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
    });
    return ranges.sort((a, b) => a[0] - b[0]);
  }
  let fence: string | undefined;
  let offset = 0;
  let openedAt = 0;
  for (const line of text.split('\n')) {
    const marker = fenceMarker(line);
    if (marker) {
      const before = fence;
      fence = fenceAfter(fence, marker);
      if (!before && fence) openedAt = offset;
      if (before && !fence) ranges.push([openedAt, offset + line.length]);
    }
    offset += line.length + 1;
  }
  if (fence) ranges.push([openedAt, text.length]);
  return ranges;
}

/** The end of a span closed by `close` (searched from `from`), or the end of the text when never closed. */
function closedAt(text: string, close: RegExp, from: number): { inner: number; end: number } {
  const re = new RegExp(close.source, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { inner: m.index, end: re.lastIndex } : { inner: text.length, end: text.length };
}

/** The pieces of a body: code, Markdown, and what Jekyll reads in the Markdown (Liquid, kramdown). */
export function jekyllPieces(text: string, format: BodyFormat = 'md'): JekyllPiece[] {
  const pieces: JekyllPiece[] = [];
  const code = /\{[%{:]/.test(text) ? codeRanges(text, format) : [];
  const reader: Reader = { liquid: liquidReader(text), blocks: undefined };
  let at = 0;
  let plainFrom = 0;
  // The first code range that ends after `at`: `at` only moves forward.
  let ci = 0;
  const flush = (to: number) => {
    if (to > plainFrom) pieces.push({ kind: 'text', text: text.slice(plainFrom, to), offset: plainFrom });
  };
  const push = (piece: JekyllPiece) => {
    flush(piece.offset);
    pieces.push(piece);
    at = plainFrom = piece.offset + piece.text.length;
  };
  const codeSplit = (from: number, to: number) => {
    const parts: { code: boolean; text: string }[] = [];
    let p = from;
    for (let k = ci; k < code.length && code[k]![0] < to; k++) {
      const [s, e] = code[k]!;
      if (e <= p) continue;
      if (s > p) parts.push({ code: false, text: text.slice(p, s) });
      parts.push({ code: true, text: text.slice(Math.max(s, p), Math.min(e, to)) });
      p = Math.min(e, to);
    }
    if (p < to) parts.push({ code: false, text: text.slice(p, to) });
    return parts;
  };

  while (at < text.length) {
    while (ci < code.length && code[ci]![1] <= at) ci++;
    const nextCode = code[ci];
    const limit = nextCode ? Math.max(nextCode[0], at) : text.length;
    OPENER.lastIndex = at;
    const found = OPENER.exec(text);
    if (!found || found.index >= limit) {
      if (!nextCode) break;
      push({ kind: 'code', text: text.slice(limit, nextCode[1]), offset: limit });
      continue;
    }
    const piece = readJekyll(text, found.index, codeSplit, reader);
    if (piece) push(piece);
    else at = found.index + 2;
  }
  flush(text.length);
  return pieces;
}

interface Reader {
  liquid: ReturnType<typeof liquidReader>;
  /** Computed on the first block tag met. */
  blocks: Map<number, number> | undefined;
}

/** The Jekyll markup that starts at `start`, or undefined when the braces are only text. */
function readJekyll(text: string, start: number, codeSplit: (from: number, to: number) => { code: boolean; text: string }[], reader: Reader): JekyllPiece | undefined {
  const slice = (end: number) => text.slice(start, end);
  if (text.startsWith('{%', start)) {
    const tag = reader.liquid(start, '{%');
    if (!tag) return undefined;
    const { name, end: afterTag } = tag;
    if (name === 'raw') {
      const { inner, end } = closedAt(text, /\{%-?\s*endraw\s*-?%\}/, afterTag);
      return { kind: 'raw', text: slice(end), offset: start, parts: codeSplit(afterTag, inner) };
    }
    if (name === 'comment') return { kind: 'comment', text: slice(closedAt(text, /\{%-?\s*endcomment\s*-?%\}/, afterTag).end), offset: start };
    const end = BLOCK_TAGS.includes(name) ? (reader.blocks ??= blockEnds(text)).get(start) : undefined;
    return { kind: 'liquid', text: slice(end ?? afterTag), offset: start, name, block: end !== undefined };
  }
  if (text.startsWith('{{', start)) {
    const output = reader.liquid(start, '{{');
    return output ? { kind: 'liquid', text: slice(output.end), offset: start, block: false } : undefined;
  }
  // kramdown's comment extension hides its content; other extension tags and attribute lists go alone.
  if (/^\{::comment\s*\}/.test(text.slice(start, start + 20))) {
    return { kind: 'comment', text: slice(closedAt(text, /\{:\/(?:comment)?\}/, start + 2).end), offset: start };
  }
  const kramdown = reader.liquid(start, '{:');
  return kramdown ? { kind: 'kramdown', text: slice(kramdown.end), offset: start } : undefined;
}

/** Only the line breaks of a text: what is left of markup removed, so that lines stay one for one. */
export const lineBreaks = (text: string) => text.replace(/[^\n]/g, '');

/** `{% for r in x %}…{% endfor %}` on one line, for messages. */
export function shortLiquid(piece: { text: string; name?: string; block?: boolean }): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  if (!piece.block) return flat(piece.text);
  const open = /^\{%[\s\S]*?%\}/.exec(piece.text)?.[0] ?? '';
  const close = /\{%[^%]*%\}$/.exec(piece.text)?.[0] ?? '';
  return `${flat(open)}…${flat(close)}`;
}

/** The translation of a Liquid piece, or undefined when it has none here. */
export function translateLiquid(piece: { text: string; name?: string; block: boolean }): string | undefined {
  if (piece.block) return undefined;
  const t = piece.text;
  if (/^\{\{-?\s*site\.(?:baseurl|url)\s*-?\}\}$/.test(t)) return lineBreaks(t);
  // `{{ "/img/a.png" | relative_url }}`: the address itself, which is root-relative here.
  const filtered = /^\{\{-?\s*(['"])([^'"]*)\1\s*\|\s*(?:relative_url|absolute_url)\s*-?\}\}$/.exec(t);
  if (filtered) return filtered[2];
  // `{% post_url 2018-09-24-slug %}`: the post's address on this site.
  const post = /^\{%-?\s*post_url\s+(\S+)\s*-?%\}$/.exec(t);
  return post?.[1] ? postUrl(post[1]) : undefined;
}

function liquidKind(name: string | undefined): LiquidKind {
  if (name === 'include') return 'include';
  if (name === 'for' || name === 'tablerow') return 'loop';
  if (name === 'if' || name === 'unless' || name === 'case') return 'condition';
  return 'other';
}

/** A finding for a Liquid piece removed, with its lines in the file. */
export function liquidFinding(piece: { text: string; name?: string; block: boolean }, line: number): JekyllFinding {
  const lines = piece.text.split('\n').length - 1;
  return { line, text: shortLiquid(piece), liquid: liquidKind(piece.name), ...(lines ? { endLine: line + lines } : {}) };
}

/** 1-based line of an offset, given the offsets where lines start. */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function translateJekyll(body: string, firstLine = 1, format: BodyFormat = 'md'): { text: string; findings: JekyllFinding[] } {
  const findings: JekyllFinding[] = [];
  const text = highlightToFences(body);
  const starts = lineStartsOf(text);
  const out = jekyllPieces(text, format).map((piece) => {
    switch (piece.kind) {
      case 'text':
      case 'code':
        return piece.text;
      case 'raw':
        return piece.parts.map((p) => p.text).join('');
      case 'comment':
      case 'kramdown':
        return lineBreaks(piece.text);
      case 'liquid': {
        const translated = translateLiquid(piece);
        if (translated !== undefined) return translated;
        findings.push(liquidFinding(piece, firstLine - 1 + lineAt(starts, piece.offset)));
        return lineBreaks(piece.text);
      }
    }
  });
  return { text: out.join(''), findings };
}
