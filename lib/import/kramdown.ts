import type { Nodes, Root } from 'mdast';
import { parseFragment } from 'parse5';
import { visit } from 'unist-util-visit';
import { finding, type Finding } from '../messages';
import { lineStartsOf } from '../markdown/jekyll';
import { parseBody } from '../markdown/read-body';
import { htmlBlockReader, loneSpanTag } from './kramdown-html';

/**
 * Where kramdown (Jekyll's Markdown) and CommonMark (this site's) read the same text differently,
 * the text rewritten so that CommonMark renders what kramdown rendered. Each change is a note at the
 * 0-based line of the body it was given; lines are kept one for one except for blank lines inserted,
 * which are listed so that lines can be mapped back (originalIndex).
 */

/** What the import changed, at a 0-based line (`index`) of the body given to kramdownBody, in the site's language with its code. */
export type KramdownNote = Finding & { index: number };

export interface KramdownResult {
  text: string;
  notes: KramdownNote[];
  /** 0-based lines of the result that were inserted (blank lines), in order. */
  inserted: number[];
}

/** The line of the body given, for a 0-based line of the result. */
export const originalIndex = (inserted: readonly number[], index: number): number => index - inserted.filter((k) => k < index).length;

/** An empty comment: a line that is not blank, so that an HTML block goes on, and that the sanitiser removes. */
const FILLER = '<!-- -->';
// CommonMark ends these at their end tag, not at a blank line (HTML block type 1).
const ENDS_AT_END_TAG = new Set(['pre', 'script', 'style', 'textarea']);
const isBlank = (line: string | undefined) => line !== undefined && line.trim() === '';

/** Lines in code blocks, lines that go on a paragraph, and the last line of each HTML block, from the Markdown tree. */
function blockLines(mdast: Root | undefined): { code: Set<number>; inParagraph: Set<number>; htmlEnd: Map<number, number> } {
  const code = new Set<number>();
  const inParagraph = new Set<number>();
  const htmlEnd = new Map<number, number>();
  for (const node of mdast?.children ?? []) {
    const from = (node.position?.start.line ?? 0) - 1;
    const to = (node.position?.end.line ?? 0) - 1;
    if (node.type === 'code') for (let i = from; i <= to; i++) code.add(i);
    if (node.type === 'paragraph') for (let i = from + 1; i <= to; i++) inParagraph.add(i);
    if (node.type === 'html') htmlEnd.set(from, to);
  }
  return { code, inParagraph, htmlEnd };
}

/**
 * kramdown's block HTML elements made to render the same here: blank lines inside an element are
 * filled (CommonMark would end the HTML there and read indented lines as code); a blank line is
 * inserted after the element (kramdown reads the next line as Markdown, CommonMark as more HTML) and
 * before one that ends a paragraph; `markdown="1"` content is set apart by blank lines so that it is
 * read as Markdown, as kramdown read it.
 */
export function kramdownHtml(text: string): KramdownResult {
  const lines = text.split('\n');
  const starts = lineStartsOf(text);
  const lineOf = (offset: number) => starts.findLastIndex((s) => s <= offset);
  const parsed = parseBody(text, 'md');
  const { code, inParagraph, htmlEnd } = blockLines(parsed.ok ? parsed.mdast : undefined);
  const notes: KramdownNote[] = [];
  const before = new Set<number>();
  const blockAt = htmlBlockReader(text);
  const elementAt = (i: number) => (code.has(i) || !/^ {0,3}<[A-Za-z]/.test(lines[i] ?? '') ? undefined : blockAt(starts[i] ?? 0));
  const closesOwnLine = (i: number) => /^ {0,3}<\/[A-Za-z]/.test(lines[i] ?? '');
  /** kramdown reads the line after an element as Markdown; CommonMark reads it as more HTML unless a blank line comes first. */
  const markdownAfter = (last: number, tag: string) => {
    const next = last + 1;
    if (next >= lines.length || isBlank(lines[next]) || elementAt(next) || closesOwnLine(next)) return;
    before.add(next);
    notes.push({ index: next, ...finding('importBlankLine', { why: 'afterElement', tag }) });
  };

  for (let i = 0; i < lines.length; i++) {
    const el = elementAt(i);
    if (!el) {
      const end = htmlEnd.get(i);
      if (end !== undefined && end > i && loneSpanTag(lines[i] ?? '')) {
        spanTagLines(lines, i, end, before, notes);
        i = end;
      }
      continue;
    }
    const last = lineOf(el.end - 1);
    // Text after the end tag, on its line: kramdown reads it on; nothing to compare, nothing changed.
    if (text.slice(el.end, starts[last + 1] ?? text.length).trim() !== '') {
      i = last;
      continue;
    }
    const tag = `<${el.name}>`;
    if (inParagraph.has(i)) {
      before.add(i);
      notes.push({ index: i, ...finding('importBlankLine', { why: 'paragraphEnd', tag }) });
    }
    if (el.markdown) {
      const closeLine = lineOf(el.closeStart);
      const openLine = lineOf(el.openEnd - 1);
      if (text.slice(el.openEnd, starts[openLine + 1] ?? text.length).trim() !== '') continue;
      lines[openLine] = (lines[openLine] ?? '').replace(/\s+markdown\s*=\s*(["']?)(?:1|block)\1/i, '');
      if (!isBlank(lines[openLine + 1])) before.add(openLine + 1);
      if (!isBlank(lines[closeLine - 1])) before.add(closeLine);
      notes.push({ index: i, ...finding('importMarkdownAttribute', { tag }) });
      markdownAfter(last, tag);
      // Its content is Markdown: elements inside it are read as any others.
      continue;
    }
    const blanks: number[] = [];
    if (!ENDS_AT_END_TAG.has(el.name)) for (let k = i + 1; k < last; k++) if (isBlank(lines[k])) blanks.push(k);
    if (blanks.length) {
      for (const k of blanks) lines[k] = FILLER;
      notes.push({ index: i, ...finding('importBlankLinesKept', { tag, lines: last - i + 1 }) });
    }
    if (!ENDS_AT_END_TAG.has(el.name)) markdownAfter(last, tag);
    i = last;
  }
  return withBlankLines(lines, before, notes);
}

/**
 * An HTML block that CommonMark starts with a lone span tag (`<a href="…">`, `<img …>`) and that runs
 * over the next lines, which kramdown read as one paragraph, Markdown included: blank lines set each
 * lone tag apart, so that the lines between are read as Markdown, and an end tag closes its element
 * around them (`<a>` around an image's paragraph).
 */
function spanTagLines(lines: readonly string[], first: number, last: number, before: Set<number>, notes: KramdownNote[]): void {
  for (let k = first; k <= last; k++) {
    const kind = loneSpanTag(lines[k] ?? '');
    if (!kind) continue;
    const tag = (lines[k] ?? '').trim();
    if (kind === 'end' && k > first && !isBlank(lines[k - 1]) && !loneSpanTag(lines[k - 1] ?? '')) {
      before.add(k);
      notes.push({ index: k, ...finding('importBlankLine', { why: 'aboveTag', tag }) });
    }
    if (k < last && !isBlank(lines[k + 1]) && !loneSpanTag(lines[k + 1] ?? '')) {
      before.add(k + 1);
      notes.push({ index: k + 1, ...finding('importBlankLine', { why: 'belowTag', tag }) });
    }
  }
}

function withBlankLines(lines: readonly string[], before: ReadonlySet<number>, notes: KramdownNote[]): KramdownResult {
  const out: string[] = [];
  const inserted: number[] = [];
  lines.forEach((line, i) => {
    if (before.has(i)) {
      inserted.push(out.length);
      out.push('');
    }
    out.push(line);
  });
  return { text: out.join('\n'), notes: notes.sort((a, b) => a.index - b.index), inserted };
}

// kramdown's footnote names (`\\w[\\w-]*` in Ruby, ASCII); a definition names its footnote in the same case.
const FOOTNOTE_NAME = /^[A-Za-z0-9_][\w-]*$/;
const ABBREVIATION = /^ {0,3}\*\[([^\]\n]+)\]:[ \t]*(.*?)[ \t]*$/;
// kramdown's word boundary for abbreviations is Ruby's `\w`, ASCII only.
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

interface Edit {
  offset: number;
  insert: string;
}

/**
 * kramdown's abbreviations (`*[CSS]: Cascading Style Sheets`): the definition goes, and every use of
 * the word in the text (not in code, not in addresses) is wrapped in `<abbr title="…">`; and footnote
 * markers that kramdown left as text (a name other than letters, digits, `_` and `-`, or a definition in
 * another case), which GitHub's syntax would read as a footnote or as a link to a `[^a b]:` definition.
 */
export function kramdownText(text: string): { text: string; notes: KramdownNote[] } {
  const notes: KramdownNote[] = [];
  const lines = text.split('\n');
  const parsedBefore = parseBody(text, 'md');
  const { code, inParagraph } = blockLines(parsedBefore.ok ? parsedBefore.mdast : undefined);
  const titles = new Map<string, string>();
  const defined: { index: number; name: string }[] = [];
  lines.forEach((line, i) => {
    const m = code.has(i) ? null : ABBREVIATION.exec(line);
    // Right under a line of text, kramdown read it as more of the paragraph.
    if (!m?.[1] || (inParagraph.has(i) && defined.at(-1)?.index !== i - 1)) return;
    titles.set(m[1], m[2] ?? '');
    defined.push({ index: i, name: m[1] });
    lines[i] = '';
  });
  const cleared = lines.join('\n');
  const parsed = parseBody(cleared, 'md');
  if (!parsed.ok) return { text: cleared, notes };
  const edits: Edit[] = [];
  const uses = new Map<string, number>();
  const names = [...titles.keys()].sort((a, b) => b.length - a.length);
  const word = names.length ? new RegExp(`(?<![A-Za-z0-9_])(?:${names.map(escapeRegExp).join('|')})(?![A-Za-z0-9_])`, 'g') : undefined;
  const footnotes = new Set<string>();
  visit(parsed.mdast, 'footnoteDefinition', (node) => {
    footnotes.add(node.label ?? node.identifier);
  });

  visit(parsed.mdast, (node: Nodes, _index, parent: Nodes | undefined) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'text' && word && !(parent && isAutolink(parent))) {
      for (const m of cleared.slice(start, end).matchAll(word)) {
        const title = titles.get(m[0]) ?? '';
        edits.push({ offset: start + m.index, insert: title ? `<abbr title="${escapeAttribute(title)}">` : '<abbr>' }, { offset: start + m.index + m[0].length, insert: '</abbr>' });
        uses.set(m[0], (uses.get(m[0]) ?? 0) + 1);
      }
    }
    if (node.type === 'footnoteReference') {
      const label = node.label ?? node.identifier;
      if (FOOTNOTE_NAME.test(label) && footnotes.has(label)) return;
    } else if (!(node.type === 'linkReference' && node.label?.startsWith('^'))) return;
    const written = cleared.slice(start, end);
    edits.push({ offset: start, insert: '\\' });
    notes.push({ index: node.position!.start.line - 1, ...finding('importFootnoteMarker', { marker: written }) });
  });
  for (const { index, name } of defined) {
    const n = uses.get(name) ?? 0;
    notes.push({ index, ...finding('importAbbreviation', { name, uses: n }) });
  }
  const out = edits.sort((a, b) => b.offset - a.offset).reduce((s, e) => s.slice(0, e.offset) + e.insert + s.slice(e.offset), cleared);
  return { text: out, notes: notes.sort((a, b) => a.index - b.index) };
}

/** A link written as its own address; its text is the only child (`<https://…>`, or a bare URL): its text is the address. */
function isAutolink(node: Nodes): boolean {
  return node.type === 'link' && node.children.length === 1 && node.children[0]?.type === 'text' && /^[a-z][\w+.-]*:|^www\./i.test(node.children[0].value);
}

/** Both passes, the lines of the notes given in the body read (before any blank line was inserted). */
export function kramdownBody(text: string): KramdownResult {
  const html = kramdownHtml(text);
  const rest = kramdownText(html.text);
  const notes = [...html.notes, ...rest.notes.map((n) => ({ ...n, index: originalIndex(html.inserted, n.index) }))];
  return { text: rest.text, notes: notes.sort((a, b) => a.index - b.index), inserted: html.inserted };
}

/**
 * Text with its HTML character references decoded (`&amp;`, `&nbsp;`, `&#39;`, `&eacute;`), as a
 * browser read the title Jekyll layouts printed raw. parse5 decodes as browsers do; `<` stays text.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const fragment = parseFragment(text.replace(/</g, '&lt;'));
  return fragment.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
}
