import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markdownToHast } from '../render/markdown';
import { findRefs } from './references';
import { decodeEntities, kramdownBody, kramdownHtml, kramdownText, originalIndex } from './kramdown';

const render = async (text: string) => toHtml(await markdownToHast(text));

describe('kramdownHtml', () => {
  it('inserts a blank line where kramdown reads Markdown after an HTML element, and says so at that line', async () => {
    const body = ['<iframe src="https://www.youtube.com/embed/x"></iframe>', '_La légende_', '', 'Suite.'].join('\n');
    const { text, notes, inserted } = kramdownHtml(body);
    expect(text).toBe(['<iframe src="https://www.youtube.com/embed/x"></iframe>', '', '_La légende_', '', 'Suite.'].join('\n'));
    expect(inserted).toEqual([1]);
    expect(notes).toEqual([
      expect.objectContaining({ index: 1, code: 'W252', message: expect.stringContaining('ligne vide insérée avant cette ligne : kramdown la lisait comme du Markdown, après l’élément HTML <iframe>') }),
    ]);
    expect(await render(text)).toContain('<em>La légende</em>');
  });

  it('lets an image after an HTML element be read, so that its file is found', () => {
    const { text } = kramdownHtml(['<div class="cadre"></div>', '![Photo sur', 'deux lignes](/img/x.png)'].join('\n'));
    expect(findRefs(text).map((r) => [r.index, r.url])).toEqual([[3, '/img/x.png']]);
  });

  it('keeps an element with blank lines and indented lines inside as HTML, as kramdown does', async () => {
    const body = ['<div class="x">', '<p>un</p>', '', '    indenté', '', '<p>deux</p>', '</div>', 'après div'].join('\n');
    const { text, notes } = kramdownHtml(body);
    expect(text.split('\n')).toEqual(['<div class="x">', '<p>un</p>', '<!-- -->', '    indenté', '<!-- -->', '<p>deux</p>', '</div>', '', 'après div']);
    expect(notes.map((n) => n.index)).toEqual([0, 7]);
    const html = await render(text);
    expect(html).not.toContain('<pre>');
    expect(html).not.toContain('<!--');
    expect(html).toMatch(/<div>\s*<p>un<\/p>\s*indenté\s*<p>deux<\/p>\s*<\/div>\s*<p>après div<\/p>/);
  });

  it('finds the end tag as kramdown does: nested elements of the same name, void and self-closed tags', () => {
    const body = ['<div>', '<div><img src="/a.png"><br/>', '', '</div>', '', '</div>', 'texte'].join('\n');
    expect(kramdownHtml(body).text.split('\n')).toEqual(['<div>', '<div><img src="/a.png"><br/>', '<!-- -->', '</div>', '<!-- -->', '</div>', '', 'texte']);
  });

  it('reads the content of markdown="1" as Markdown, without the attribute', async () => {
    const body = ['<div class="note" markdown="1">', '*em* dans div', '', '    code', '</div>', 'fin'].join('\n');
    const { text, notes } = kramdownHtml(body);
    expect(text.split('\n')).toEqual(['<div class="note">', '', '*em* dans div', '', '    code', '', '</div>', '', 'fin']);
    expect(notes.map((n) => n.index)).toEqual([0, 5]);
    const html = await render(text);
    expect(html).toContain('<p>fin</p>');
    expect(html).toContain('<em>em</em> dans div');
    expect(html).toContain('<pre><code>code');
  });

  it('leaves alone code, span elements, <pre> (CommonMark ends it at its end tag too) and unclosed elements', () => {
    for (const body of [
      '```html\n<div></div>\n_x_\n```',
      '<span>a</span>\n_b_',
      '<pre>\na\n\nb\n</pre>\n_c_',
      '<div>\nsans fin\n\n_d_',
      '<div></div> suite\n_e_',
      '<div></div>\n<p>autre</p>',
    ]) {
      expect(kramdownHtml(body), body).toEqual({ text: body, notes: [], inserted: [] });
    }
  });

  it('reads as Markdown the lines around a lone span tag, which kramdown read in one paragraph with it', async () => {
    const { text, notes } = kramdownHtml(['<img src="/img/a.png" alt="A">', '_Légende_', '', '<a href="https://x.org">', '![Photo](/img/b.png)', '</a>'].join('\n'));
    expect(text.split('\n')).toEqual(['<img src="/img/a.png" alt="A">', '', '_Légende_', '', '<a href="https://x.org">', '', '![Photo](/img/b.png)', '', '</a>']);
    expect(notes.map((n) => [n.index, n.code, n.message.slice(0, 48)])).toEqual([
      [1, 'W252', 'ligne vide insérée avant cette ligne : kramdown '],
      [4, 'W252', 'ligne vide insérée avant cette ligne : kramdown '],
      [5, 'W252', 'ligne vide insérée avant </a> : kramdown lisait '],
    ]);
    const html = await render(text);
    expect(html).toContain('<p><em>Légende</em></p>');
    expect(html).toMatch(/<a href="https:\/\/x.org">\s*<p><img src="\/img\/b.png" alt="Photo"><\/p>\s*<\/a>/);
    expect(findRefs(text).map((r) => r.url)).toEqual(['/img/a.png', 'https://x.org', '/img/b.png']);
  });

  it('leaves lone tags that CommonMark already reads as kramdown did', () => {
    for (const body of ['<a href="https://x.org">\n<img src="/b.png">\n</a>', 'Texte\n<a href="https://x.org">\n![i](/b.png)\n</a>', '<img src="/a.png">\n\nSuite']) {
      expect(kramdownHtml(body), body).toEqual({ text: body, notes: [], inserted: [] });
    }
  });

  it('ends a paragraph before a block element, as kramdown does', () => {
    const { text, notes } = kramdownHtml('Texte\n<video src="https://x.org/v.mp4"></video>\n_légende_');
    expect(text).toBe('Texte\n\n<video src="https://x.org/v.mp4"></video>\n\n_légende_');
    expect(notes.map((n) => n.index)).toEqual([1, 2]);
  });
});

describe('kramdownText', () => {
  it('removes abbreviation definitions and wraps whole words in <abbr>, not in code or addresses', async () => {
    const body = [
      'Le CSS et le HTML. CSSX et xCSS non.',
      '',
      '`CSS` et [CSS](/CSS) et <https://CSS.org>.',
      '',
      '*[CSS]: Cascading "Style" Sheets',
      '*[HTML]:',
    ].join('\n');
    const { text, notes } = kramdownText(body);
    expect(text.split('\n')).toEqual([
      'Le <abbr title="Cascading &quot;Style&quot; Sheets">CSS</abbr> et le <abbr>HTML</abbr>. CSSX et xCSS non.',
      '',
      '`CSS` et [<abbr title="Cascading &quot;Style&quot; Sheets">CSS</abbr>](/CSS) et <https://CSS.org>.',
      '',
      '',
      '',
    ]);
    expect(notes).toEqual([
      { index: 4, code: 'W256', severity: 'warning', message: 'abréviation *[CSS] retirée, comme kramdown la retirait ; 2 emplois de CSS entourés de <abbr>' },
      { index: 5, code: 'W256', severity: 'warning', message: 'abréviation *[HTML] retirée, comme kramdown la retirait ; 1 emploi de HTML entouré de <abbr>' },
    ]);
    const html = await render(text);
    expect(html).toContain('<abbr title="Cascading &#x22;Style&#x22; Sheets">CSS</abbr>');
    expect(html).toContain('<a href="/CSS"><abbr');
    expect(html).toContain('<code>CSS</code>');
  });

  it('leaves as text a definition right under a line of text, as kramdown did', () => {
    const body = '# Le CSS\n\nLe CSS.\n*[CSS]: Cascading\n\nLe HTML.\n\n*[HTML]: HyperText\n*[XML]: eXtensible';
    expect(kramdownText(body).text).toBe('# Le CSS\n\nLe CSS.\n*[CSS]: Cascading\n\nLe <abbr title="HyperText">HTML</abbr>.\n\n\n');
  });

  it('keeps footnotes that kramdown rendered as footnotes, and writes as text the markers it left as text', async () => {
    const body = ['Un[^1], deux[^a b], trois[^X-1], quatre[^x-1].', '', '[^1]: La note.', '', '[^a b]: espace', '', '[^X-1]: grand'].join('\n');
    const { text, notes } = kramdownText(body);
    expect(text.split('\n')[0]).toBe('Un[^1], deux\\[^a b], trois[^X-1], quatre\\[^x-1].');
    expect(notes.map((n) => [n.index, n.code, n.message.slice(0, 44)])).toEqual([
      [0, 'W255', 'appel de note [^a b] écrit comme du texte, c'],
      [0, 'W255', 'appel de note [^x-1] écrit comme du texte, c'],
    ]);
    const html = await render(text);
    expect(html).toContain('deux[^a b], trois<sup>');
    expect(html).not.toContain('href="espace"');
    expect(html.match(/data-footnote-ref/g)).toHaveLength(2);
    expect(html).toContain('La note.');
  });
});

describe('kramdownBody', () => {
  it('gives every note the line of the body it was given, blank lines inserted or not', () => {
    const body = ['<iframe src="https://x.org/e"></iframe>', '_légende_', '<hr>', 'Le CSS.', '', '*[CSS]: Cascading Style Sheets'].join('\n');
    const { text, notes, inserted } = kramdownBody(body);
    expect(inserted).toEqual([1, 4]);
    expect(text.split('\n')[5]).toBe('Le <abbr title="Cascading Style Sheets">CSS</abbr>.');
    expect(notes.map((n) => n.index)).toEqual([1, 3, 5]);
    expect(originalIndex(inserted, 7)).toBe(5);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references, and keeps < as text', () => {
    expect(decodeEntities('Bilan&nbsp;: A &amp; B, l&#39;été, &eacute;t&#xE9; <b>')).toBe('Bilan\u00a0: A & B, l\'été, été <b>');
    expect(decodeEntities('Sans entité')).toBe('Sans entité');
  });
});
