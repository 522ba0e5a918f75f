import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { describe as describeProblem } from '../messages';
import { readBody, type BodyFormat } from './read-body';

/** The sanitised HTML tree of a body, what the sanitiser removed, and the tree as HTML. */
function read(body: string, format: BodyFormat) {
  const result = readBody(body, format);
  if (!result.ok) throw new Error(describeProblem(result.problem.spec).message);
  const { hast, removed } = result.trees;
  return {
    // Only for bodies without components, which HTML cannot show.
    get html() {
      return toHtml(hast);
    },
    tree: hast,
    removed,
  };
}

describe('one sanitiser for Markdown and MDX', () => {
  // The same hostile HTML, written in each format: the same result.
  const hostile: [string, string, RegExp][] = [
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/" />', /meta|refresh/],
    ['a base address', '<base href="https://evil.example/" />', /base|evil/],
    ['a stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css" />', /link|evil/],
    ['an object and an embed', '<object data="x.swf"></object>\n\n<embed src="x.swf" />', /object|embed|swf/],
    ['a password form', '<form action="https://evil.example/"><input type="password" name="p" /></form>', /form|input|password|evil/],
    ['an SVG animation', '<svg><a><set attributeName="href" to="javascript:alert(1)" /></a></svg>', /svg|set|javascript/],
    ['a script', '<script>{"alert(1)"}</script>', /script|alert/],
    ['an inline style', '<p style="position:fixed;inset:0">x</p>', /style|fixed/],
    ['a class of the site', '<div class="fixed inset-0">x</div>', /class|fixed/],
    ['an event handler', '<img src="/img/a.png" alt="a" onerror="alert(1)" />', /onerror|alert/],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', /javascript/],
    ['a data: image', '<img src="data:image/svg+xml,x" alt="a" />', /data:/],
  ];
  for (const format of ['md', 'mdx'] as const) {
    it.each(hostile)(`removes %s (${format}), and says so with its line`, (_, html, trace) => {
      const { html: out, removed } = read(`Texte.\n\n${html}\n`, format);
      expect(out).not.toMatch(trace);
      expect(removed.length).toBeGreaterThan(0);
      expect(removed.every((r) => r.line !== undefined && r.line >= 3)).toBe(true);
    });
  }

  it('keeps what posts need: links, images, tables, details, code with its language, video iframes', () => {
    const { html, removed } = read(
      '[a](https://example.org) [b](/blog/) [c](mailto:x@example.org)\n\n<img src="/img/a.png" alt="a" width="300" />\n\n| a |\n|---|\n| b |\n\n<details><summary>Plus</summary>x</details>\n\n```js\nx\n```\n\n<iframe src="https://www.youtube-nocookie.com/embed/x" title="t"></iframe>',
      'md',
    );
    expect(removed).toEqual([]);
    expect(html).toContain('<a href="https://example.org">a</a>');
    expect(html).toContain('<a href="mailto:x@example.org">c</a>');
    expect(html).toContain('<img src="/img/a.png" alt="a" width="300">');
    expect(html).toContain('<table>');
    expect(html).toContain('<details><summary>Plus</summary>x</details>');
    expect(html).toContain('<code class="language-js">');
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/x" title="t"></iframe>');
  });

  it('checks the props of components like attributes, keeping only their own', () => {
    const { tree, removed } = read('<Figure src="javascript:alert(1)" alt="a" caption="c" onClick="x" className="fixed" />\n\n<Callout title="t">x</Callout>', 'mdx');
    const components: MdxJsxFlowElementHast[] = [];
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElementHast) => {
      components.push(node);
    });
    expect(components.map((c) => [c.name, c.attributes.map((a) => a.type === 'mdxJsxAttribute' && `${a.name}=${String(a.value)}`)])).toEqual([
      ['Figure', ['alt=a', 'caption=c']],
      ['Callout', ['title=t']],
    ]);
    expect(removed.map((r) => `${r.attribute} ${r.tag}`)).toEqual(['src Figure', 'onClick Figure', 'className Figure']);
  });

  it('cannot be fooled into keeping a component: no HTML or JSX name holds a space', () => {
    const { tree } = read('<mdx Figure src="x">y</mdx Figure>', 'md');
    const names: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'element') names.push(node.tagName);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') names.push(`jsx ${node.name}`);
    });
    expect(names).toEqual(['p']);
  });

  it('reports an element removed with its content once, not what it held', () => {
    const { removed } = read('<svg><a href="javascript:x"><text onclick="y">z</text></a></svg>', 'md');
    expect(removed).toEqual([{ tag: 'svg', withContent: true, line: 1, column: 1 }]);
  });

  it('reads an <img> whose src is on the next line, with the line of the tag', () => {
    const { removed } = read('Texte.\n\n<img\n  src="javascript:x"\n  alt="a">', 'md');
    expect(removed).toEqual([{ tag: 'img', attribute: 'src', value: 'javascript:x', line: 3, column: 1 }]);
  });
});

describe('what kramdown posts need, kept by the sanitiser', () => {
  it.each<BodyFormat>(['md', 'mdx'])('keeps footnotes (%s): references, their ids, the list and the links back', (format) => {
    const { html, removed } = read('Texte[^1] et[^note].\n\n[^1]: Une note.\n\n[^note]: Une *autre*.\n', format);
    expect(html).toContain('<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref');
    expect(html).toContain('<li id="user-content-fn-note">');
    expect(html).toContain('href="#user-content-fnref-note" data-footnote-backref');
    expect(html).not.toContain('[^');
    expect(removed).toEqual([]);
  });

  it('keeps <abbr> with its title, in Markdown and in MDX', () => {
    expect(read('Le <abbr title="Cascading Style Sheets">CSS</abbr>.', 'md').html).toBe('<p>Le <abbr title="Cascading Style Sheets">CSS</abbr>.</p>');
    expect(read('Le <abbr title="Cascading Style Sheets">CSS</abbr>.', 'mdx').html).toBe('<p>Le <abbr title="Cascading Style Sheets">CSS</abbr>.</p>');
  });

  it('removes the empty comments that keep an imported HTML element whole, and reports nothing', () => {
    const { html, removed } = read('<div>\n<p>un</p>\n<!-- -->\n    deux\n</div>', 'md');
    expect(html).toBe('<div>\n<p>un</p>\n\n    deux\n</div>');
    expect(removed).toEqual([]);
  });
});
