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
const RAW_START = /<(?:[A-Za-z_:]|\/|!--|\?|!\[CDATA\[)/g;

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

/** The offset after the end tag of the element `name` whose start tag ends at `from`, as kramdown's raw scan finds it. */
function rawEnd(text: string, name: string, from: number): { closeStart: number; end: number } | undefined {
  RAW_START.lastIndex = from;
  for (let m = RAW_START.exec(text); m; m = RAW_START.exec(text)) {
    const at = m.index;
    COMMENT.lastIndex = at;
    if (COMMENT.test(text)) {
      RAW_START.lastIndex = COMMENT.lastIndex;
      continue;
    }
    START_TAG.lastIndex = at;
    const start = START_TAG.exec(text);
    if (start) {
      const inner = (start[1] ?? '').toLowerCase();
      if (start[4] || WITHOUT_BODY.has(inner)) {
        RAW_START.lastIndex = START_TAG.lastIndex;
        continue;
      }
      const nested = inner === 'script' || inner === 'style' ? closeOf(text, inner, START_TAG.lastIndex) : rawEnd(text, inner, START_TAG.lastIndex);
      if (!nested) return undefined;
      RAW_START.lastIndex = nested.end;
      continue;
    }
    END_TAG.lastIndex = at;
    const close = END_TAG.exec(text);
    if (close && close[1]?.toLowerCase() === name) return { closeStart: at, end: END_TAG.lastIndex };
    RAW_START.lastIndex = at + 1;
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
 * The block HTML element starting at `offset` (the start of a line), as kramdown reads it, or
 * undefined when kramdown reads no block element there (a span element, text, an unclosed element).
 */
export function htmlBlockAt(text: string, offset: number): HtmlElementBlock | undefined {
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
  const close = markdown ? markdownEnd(text, name, openEnd) : name === 'script' || name === 'style' ? closeOf(text, name, openEnd) : rawEnd(text, name, openEnd);
  return close ? { name, start, end: close.end, openEnd, closeStart: close.closeStart, markdown } : undefined;
}
