import type { Element, ElementContent, Root, Text } from 'hast';
import { bundledLanguages, createCssVariablesTheme, createHighlighter, type BundledLanguage, type Highlighter } from 'shiki';
import { visit } from 'unist-util-visit';

/**
 * Code blocks highlighted at build time with Shiki, after the sanitiser (lib/markdown/sanitize.ts),
 * which still decides alone what an author may write: this step only splits the text of a
 * `<pre><code>` into `<span class="hl-…">`, classes that app/globals.css colours for the light and
 * the dark theme. No `style` attribute is ever written (the pages' Content-Security-Policy forbids
 * inline styles, and the sanitiser removes those authors write). Shiki's CSS-variables theme names
 * each token by its kind (`var(--hl-token-keyword)`); that name becomes the class.
 */

const THEME = 'blog';
const PREFIX = '--hl-';

/** The kinds of token the theme tells apart, each a class `hl-<kind>` coloured by app/globals.css. */
export const TOKEN_KINDS = [
  'keyword', 'string', 'string-expression', 'comment', 'constant', 'function', 'parameter', 'punctuation', 'link',
  'inserted', 'deleted', 'changed',
] as const;
const KIND_OF = new Map<string, string>(TOKEN_KINDS.map((k) => [`var(${PREFIX}token-${k})`, `hl-${k}`]));

/** Font styles of a token (the bits of TextMate's FontStyle). */
const STYLE_CLASSES: readonly [number, string][] = [
  [1, 'hl-italic'],
  [2, 'hl-bold'],
  [4, 'hl-underline'],
];

/** Longer blocks stay plain text: a hostile post must not hold the build in the tokenizer. */
const MAX_CODE_LENGTH = 100_000;
/** Longer lines are left plain (Shiki's own rule), the rest of the block still highlighted. */
const MAX_LINE_LENGTH = 2_000;

// One highlighter per process, languages loaded as blocks first ask for them.
let highlighter: Promise<Highlighter> | undefined;
const getHighlighter = () =>
  (highlighter ??= createHighlighter({ themes: [createCssVariablesTheme({ name: THEME, variablePrefix: PREFIX })], langs: [] }));

/** The language Shiki knows for a block's `language-x` class, or undefined for plain text. */
export function codeLanguage(code: Element): BundledLanguage | undefined {
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  const cls = classes.find((c): c is string => typeof c === 'string' && c.startsWith('language-'));
  const lang = cls?.slice('language-'.length).toLowerCase();
  // ANSI escapes are coloured by the 16 terminal colours, which the blog's two themes do not define.
  if (!lang || lang === 'ansi' || !Object.hasOwn(bundledLanguages, lang)) return undefined;
  return lang as BundledLanguage;
}

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

async function highlightedLines(code: string, lang: BundledLanguage): Promise<ElementContent[]> {
  const shiki = await getHighlighter();
  if (!shiki.getLoadedLanguages().includes(lang)) await shiki.loadLanguage(lang);
  // No time limit: Shiki's (500 ms a line) cuts a line short when a grammar is first compiled on a
  // busy machine, and the same code must always give the same page. Length limits keep it bounded.
  const { tokens } = shiki.codeToTokens(code, { lang, theme: THEME, tokenizeTimeLimit: 0, tokenizeMaxLineLength: MAX_LINE_LENGTH });
  const out: ElementContent[] = [];
  tokens.forEach((line, i) => {
    if (i > 0) out.push({ type: 'text', value: '\n' });
    const children: ElementContent[] = [];
    for (const token of line) {
      const text: Text = { type: 'text', value: token.content };
      const kind = token.color === undefined ? undefined : KIND_OF.get(token.color);
      // -1 is "not set".
      const style = Math.max(token.fontStyle ?? 0, 0);
      const className = [...(kind ? [kind] : []), ...STYLE_CLASSES.filter(([bit]) => (style & bit) !== 0).map(([, c]) => c)];
      const last = children.at(-1);
      // Plain tokens side by side are one text: React would separate two texts with a comment.
      if (className.length) children.push({ type: 'element', tagName: 'span', properties: { className }, children: [text] });
      else if (last?.type === 'text') last.value += text.value;
      else children.push(text);
    }
    out.push({ type: 'element', tagName: 'span', properties: { className: ['line'] }, children });
  });
  return out;
}

/**
 * A `<pre><code class="language-x">` of a language Shiki knows is highlighted; any other block
 * stays plain text. The block's text is unchanged, only split into spans.
 */
export default function rehypeHighlight() {
  return async (tree: Root) => {
    const blocks: Element[] = [];
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'pre') return;
      const [code, ...rest] = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
      if (!rest.length && code?.type === 'element' && code.tagName === 'code') blocks.push(code);
    });
    for (const code of blocks) {
      const lang = codeLanguage(code);
      if (!lang) continue;
      const text = code.children.map(textOf).join('');
      if (text.length > MAX_CODE_LENGTH) continue;
      // Markdown ends a block's text with a newline, which Shiki would make an empty last line.
      const ending = text.endsWith('\n') ? '\n' : '';
      try {
        code.children = await highlightedLines(text.slice(0, text.length - ending.length), lang);
        if (ending) code.children.push({ type: 'text', value: ending });
      } catch {
        // A grammar that fails on odd input leaves the block as it was: plain text, no error.
      }
    }
  };
}
