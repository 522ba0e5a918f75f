/**
 * Block-level HTML as kramdown reads it (kramdown 2, lib/kramdown/parser/html.rb): an element that
 * starts a line (up to three spaces in) and is not a span element runs to its matching end tag,
 * blank lines included, and Markdown starts again on the next line. CommonMark ends an HTML block
 * at a blank line instead, and keeps the line after the end tag in it. kramdown finds the end with
 * a scan of tags, not an HTML parser: this follows the same scan, so that it ends where kramdown did.
 */

// kramdown's own patterns (HTML_TAG_RE, HTML_TAG_CLOSE_RE, HTML_COMMENT_RE), written for JavaScript.
const NAME = '[A-Za-z_:][-\\w.:]*';
const START_TAG = new RegExp(`<(${NAME})\\s*((?:\\s+${NAME}(?:\\s*=\\s*(?:[\\p{L}\\p{N}_]+|("|')[\\s\\S]*?\\3))?)*)\\s*(\\/)?>`, 'uy');
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');
const COMMENT = /<!--[\s\S]*?-->/y;
const RAW_START = /<(?:[A-Za-z_:]|\/|!--|\?|!\[CDATA\[)/;

const SPAN_ELEMENTS = new Set(
  'a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup time tt u var'.split(' '),
);
const WITHOUT_BODY = new Set('area base br col command embed hr img input keygen link meta param source track wbr'.split(' '));
/** Elements whose content kramdown parses as blocks under `markdown="1"`. */
const BLOCK_MODEL = new Set(
  'address applet article aside blockquote body dd details div dl fieldset figure figcaption footer form header hgroup iframe li main map menu nav noscript object section summary td'.split(' '),
);

export interface HtmlElementBlock {
  name: string;
  /** Offsets of the element, start tag to end tag included. */
  start: number;
  end: number;
  /** End of the start tag. */
  openEnd: number;
  /** Start of the end tag (the element's end when it has none). */
  closeStart: number;
  /** `markdown="1"` (or `"block"`) on a block element: kramdown read its content as Markdown. */
  markdown: boolean;
}

interface Token {
  at: number;
  end: number;
  kind: 'start' | 'end';
  name: string;
  /** A start tag with no content to scan: self-closed, void, or a script or style with its content. */
  complete: boolean;
}

/**
 * The tags of a text, in order, as kramdown's raw scan meets them: comments skipped, the content of
 * script and style skipped (kramdown reads no tag there); read once for all the elements of a body.
 */
function htmlTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const scan = new RegExp(RAW_START.source, 'g');
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const at = m.index;
    COMMENT.lastIndex = at;
    START_TAG.lastIndex = at;
    END_TAG.lastIndex = at;
    if (COMMENT.test(text)) {
      scan.lastIndex = COMMENT.lastIndex;
      continue;
    }
    const start = START_TAG.exec(text);
    if (start) {
      const name = (start[1] ?? '').toLowerCase();
      let end = START_TAG.lastIndex;
      let complete = Boolean(start[4]) || WITHOUT_BODY.has(name);
      if (!complete && (name === 'script' || name === 'style')) {
        // Unclosed, it runs to the end of the text: kramdown closes nothing after it.
        end = closeOf(text, name, end)?.end ?? text.length;
        complete = end < text.length;
      }
      tokens.push({ at, end, kind: 'start', name, complete });
      scan.lastIndex = end;
      continue;
    }
    const close = END_TAG.exec(text);
    if (close) {
      tokens.push({ at, end: END_TAG.lastIndex, kind: 'end', name: (close[1] ?? '').toLowerCase(), complete: true });
      scan.lastIndex = END_TAG.lastIndex;
    }
  }
  return tokens;
}

/**
 * The end tag of the element whose start tag is `tokens[first]`, as kramdown's raw scan finds it:
 * nested elements open and close in turn, an end tag of another name is text.
 */
function rawEnd(tokens: readonly Token[], first: number): { closeStart: number; end: number } | undefined {
  const open: string[] = [];
  for (let k = first; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'start') {
      if (!t.complete) open.push(t.name);
    } else if (t.name === open.at(-1)) {
      open.pop();
      if (!open.length) return { closeStart: t.at, end: t.end };
    }
  }
  return undefined;
}

/** The first `</name>` after `from` (script and style hold no tags). */
function closeOf(text: string, name: string, from: number): { closeStart: number; end: number } | undefined {
  const re = new RegExp(`</${name}\\s*>`, 'gi');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { closeStart: m.index, end: re.lastIndex } : undefined;
}

/** Under `markdown="1"`, kramdown ends the element at an end tag that starts a line, nested same-name elements counted. */
function markdownEnd(text: string, name: string, from: number): { closeStart: number; end: number } | undefined {
  const re = new RegExp(`^ {0,3}<(/?)${name}\\b[^>]*>`, 'gim');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return { closeStart: m.index + m[0].indexOf('<'), end: re.lastIndex };
  }
  return undefined;
}

/**
 * A reader of the block HTML elements of a text: the element starting at an offset (the start of
 * a line), as kramdown reads it, or undefined when kramdown reads no block element there (a span
 * element, text, an unclosed element).
 */
export function htmlBlockReader(text: string): (offset: number) => HtmlElementBlock | undefined {
  let tokens: Token[] | undefined;
  let index: Map<number, number> | undefined;
  return (offset) => {
    const indent = /^ {0,3}/.exec(text.slice(offset, offset + 4))?.[0].length ?? 0;
    const start = offset + indent;
    START_TAG.lastIndex = start;
    const tag = START_TAG.exec(text);
    if (!tag) return undefined;
    const name = (tag[1] ?? '').toLowerCase();
    if (SPAN_ELEMENTS.has(name)) return undefined;
    const openEnd = START_TAG.lastIndex;
    if (tag[4] || WITHOUT_BODY.has(name)) return { name, start, end: openEnd, openEnd, closeStart: openEnd, markdown: false };
    const attr = /\smarkdown\s*=\s*["']?(1|block)\b/i.exec(tag[2] ?? '');
    const markdown = attr !== null && BLOCK_MODEL.has(name);
    let close: { closeStart: number; end: number } | undefined;
    if (markdown) close = markdownEnd(text, name, openEnd);
    else if (name === 'script' || name === 'style') close = closeOf(text, name, openEnd);
    else {
      tokens ??= htmlTokens(text);
      index ??= new Map(tokens.map((t, k) => [t.at, k]));
      const first = index.get(start);
      close = first === undefined ? undefined : rawEnd(tokens, first);
    }
    return close ? { name, start, end: close.end, openEnd, closeStart: close.closeStart, markdown } : undefined;
  };
}

/**
 * A line that is only a start or end tag of a span element (`<a href="…">`, `</a>`, `<img …>`):
 * kramdown reads it in a paragraph, with the Markdown of the lines around it; CommonMark starts
 * an HTML block with it that keeps the next lines as raw text.
 */
export function loneSpanTag(line: string): 'start' | 'end' | undefined {
  const trimmed = line.trim();
  START_TAG.lastIndex = 0;
  const start = START_TAG.exec(trimmed);
  if (start && START_TAG.lastIndex === trimmed.length && SPAN_ELEMENTS.has((start[1] ?? '').toLowerCase())) return 'start';
  END_TAG.lastIndex = 0;
  const end = END_TAG.exec(trimmed);
  if (end && END_TAG.lastIndex === trimmed.length && SPAN_ELEMENTS.has((end[1] ?? '').toLowerCase())) return 'end';
  return undefined;
}

