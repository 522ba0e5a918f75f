import { createElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '@/components/mdx-components';
import { renderPostBody } from '.';
import { isSelfContained, prerenderKey, withoutTextSeparators } from './prerendered';

const PHOTO = '/img/blog/team-building.jpg';

/** What a page's streaming render writes for a body inside its parent element, as Next renders the page. */
async function inPage(body: string, format: 'md' | 'mdx'): Promise<string> {
  const tree = createElement('div', null, await renderPostBody({ body, format }, mdxComponents));
  const { prelude } = await prerender(tree);
  return new Response(prelude).text();
}

/** The same parent element holding the prerendered string. */
async function prerendered(body: string, format: 'md' | 'mdx'): Promise<string> {
  const html = renderToString(await renderPostBody({ body, format }, mdxComponents));
  const { prelude } = await prerender(createElement('div', { dangerouslySetInnerHTML: { __html: html } }));
  return new Response(prelude).text();
}

const bodies: [string, 'md' | 'mdx'][] = [
  [`## Titre\n\nTexte **gras** et [lien](/blog/).\n\n![Photo](${PHOTO})\n_Légende_\n\n<iframe src="https://evil.example.com/x"></iframe>`, 'md'],
  ['Une ligne<br>puis une autre\n\n```js\nconst a = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |', 'md'],
  [`<Figure src="${PHOTO}" alt="a" caption="Légende" />\n\n<VideoEmbed src="https://evil.example.com/x" title="Démo" />`, 'mdx'],
  ['<Callout title="À retenir">Texte</Callout>\n\n<Tags names="design, évaluation" />', 'mdx'],
];

describe('prerendered bodies', () => {
  it.each(bodies)('give the page the same HTML as rendering the elements there (%#)', async (body, format) => {
    expect(await prerendered(body, format)).toBe(await inPage(body, format));
  });

  it.each(bodies)('give the feeds the same HTML as rendering the elements to static markup (%#)', async (body, format) => {
    const tree = await renderPostBody({ body, format }, mdxComponents);
    expect(withoutTextSeparators(renderToString(tree))).toBe(renderToStaticMarkup(tree));
  });

  it('are left to the page when React would write something elsewhere', () => {
    expect(isSelfContained('<p>Texte</p><img src="/a.jpg" loading="lazy"/>')).toBe(true);
    expect(isSelfContained('<img src="/a.jpg" loading="eager"/>')).toBe(false);
    expect(isSelfContained('<img src="/a.jpg"/>')).toBe(false);
    expect(isSelfContained('<p>a</p><link rel="stylesheet" href="/x.css"/>')).toBe(false);
    expect(isSelfContained('<title>x</title>')).toBe(false);
  });

  it('have a key that changes with the body and the format', () => {
    expect(prerenderKey({ body: 'a', format: 'md' })).toBe(prerenderKey({ body: 'a', format: 'md' }));
    expect(prerenderKey({ body: 'a', format: 'md' })).not.toBe(prerenderKey({ body: 'a', format: 'mdx' }));
    expect(prerenderKey({ body: 'a', format: 'md' })).not.toBe(prerenderKey({ body: 'b', format: 'md' }));
  });
});
