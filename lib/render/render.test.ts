import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../components/mdx-components';
import { siteConfig } from '../../site.config';
import { renderPostBody } from './index';

/** A body as the page serves it: through the shared component map, to static HTML. */
async function html(body: string, format: 'md' | 'mdx' = 'md'): Promise<string> {
  return renderToStaticMarkup(await renderPostBody({ body, format }, mdxComponents));
}

// A seed image of public/: 1000 × 667 pixels.
const PHOTO = '/img/blog/team-building.jpg';

describe('figures from an image and an emphasis (remark-figure)', () => {
  it.each(['md', 'mdx'] as const)('makes a figure of an image with the emphasis on the next line (%s)', async (format) => {
    const out = await html(`![Un tableau](${PHOTO})\n_Le tableau des réussites_\n`, format);
    expect(out).toMatch(/^<figure[^>]*><img [^>]*alt="Un tableau"[^>]*\/><figcaption[^>]*>Le tableau des réussites<\/figcaption><\/figure>$/);
  });

  it.each(['md', 'mdx'] as const)('makes a figure of an image and an emphasis in two paragraphs (%s)', async (format) => {
    const out = await html(`![Un tableau](${PHOTO})\n\n*Le tableau des réussites*\n\nLa suite.`, format);
    expect(out).toMatch(/^<figure[^>]*><img [^>]*\/><figcaption[^>]*>Le tableau des réussites<\/figcaption><\/figure>\n<p>La suite.<\/p>$/);
  });

  it.each([' ', ''])('makes a figure of an image and an emphasis on the same line (separator %j), as the old site wrote them', async (sep) => {
    const out = await html(`![Un tapis](${PHOTO})${sep}_Le tapis habille la scène © Stofleth_\n`);
    expect(out).toMatch(/^<figure[^>]*><img [^>]*alt="Un tapis"[^>]*\/><figcaption[^>]*>Le tapis habille la scène © Stofleth<\/figcaption><\/figure>$/);
  });

  it('leaves an image alone when the next paragraph is more than an emphasis', async () => {
    const out = await html(`![Un tableau](${PHOTO})\n\n*Le tableau* et du texte.`);
    expect(out).not.toContain('<figure');
    expect(out).toContain('<p><em>Le tableau</em> et du texte.</p>');
  });

  it('keeps the formatting of the caption', async () => {
    const out = await html(`![Un tableau](${PHOTO})\n\n_Photo : [Etalab](https://www.etalab.gouv.fr)_`);
    // The space before the colon is French spacing's (lib/typography.ts): a narrow no-break space.
    expect(out).toContain('<figcaption>Photo\u202f: <a href="https://www.etalab.gouv.fr">Etalab</a></figcaption>');
  });
});

describe('French spacing (rehype-french-typography)', () => {
  it.each(['md', 'mdx'] as const)('sets narrow no-break spaces in the text, never in code or addresses (%s)', async (format) => {
    const out = await html('Le bilan : « réussi » ? Voir [la page](https://example.org/a?b=1 "Titre : x").\n\n`a : b` et\n\n```\nx ? y : z\n```\n', format);
    expect(out).toContain('Le bilan\u202f: «\u202fréussi\u202f»\u202f?');
    expect(out).toContain('href="https://example.org/a?b=1" title="Titre : x"');
    expect(out).toContain('<code>a : b</code>');
    expect(out).toContain('x ? y : z');
  });
});

describe('local images', () => {
  it('get their width and height, in Markdown, raw HTML and MDX', async () => {
    expect(await html(`![a](${PHOTO})`)).toMatch(/<img [^>]*width="1000" height="667"/);
    expect(await html(`<img src="${PHOTO}" alt="a">`)).toMatch(/<img [^>]*width="1000" height="667"/);
    expect(await html(`<Figure src="${PHOTO}" alt="a" caption="Légende" />`, 'mdx')).toMatch(
      /<img [^>]*width="1000" height="667"/,
    );
  });

  it('keep a width the author wrote, and remote images get none', async () => {
    expect(await html(`<img src="${PHOTO}" alt="a" width="300">`)).toMatch(/<img [^>]*width="300"/);
    expect(await html('![a](https://example.org/x.jpg)')).not.toContain('width=');
  });
});

describe('raw HTML in Markdown is sanitised', () => {
  it('removes scripts, event handlers and javascript: links', async () => {
    const out = await html(
      '<script>alert(1)</script>\n\n<p onclick="steal()">Texte</p>\n\n<a href="javascript:alert(1)" onmouseover="x()">lien</a>\n\n[md](javascript:alert(2))',
    );
    expect(out).not.toMatch(/<script|alert|onclick|onmouseover|steal|javascript:/i);
    expect(out).toContain('<p>Texte</p>');
  });

  it('keeps <br> and drops inline style: a post cannot lay anything over the page', async () => {
    const out = await html(`<p>Une ligne<br>une autre</p>\n\n<img src="${PHOTO}" alt="a" style="width:50%">\n\n<a href="/" style="position:fixed;inset:0">x</a>`);
    expect(out).toContain('<p>Une ligne<br/>une autre</p>');
    expect(out).toMatch(/<img [^>]*alt="a"/);
    expect(out).not.toMatch(/style=|position:fixed/);
  });

  it.each(siteConfig.embedHosts)('keeps an iframe from %s, lazy and titled', async (host) => {
    const out = await html(`<iframe src="https://${host}/embed/abc" onload="x()"></iframe>`);
    expect(out).toMatch(new RegExp(`<iframe src="https://${host.replace(/\./g, '\\.')}/embed/abc" title="[^"]+" loading="lazy"`));
    expect(out).not.toContain('onload');
  });

  it('turns an iframe from any other host, or over http, into a plain link', async () => {
    for (const src of ['https://evil.example.com/embed', 'http://www.youtube.com/embed/abc']) {
      const out = await html(`<iframe src="${src}"></iframe>`);
      expect(out).not.toContain('<iframe');
      expect(out).toContain(`<a href="${src}">`);
    }
  });
});

describe('MDX', () => {
  it('renders the components an author may use', async () => {
    const out = await html(
      `<VideoEmbed src="https://www.youtube-nocookie.com/embed/abc" title="Démo" />\n\n<Tags names="design, évaluation" />`,
      'mdx',
    );
    expect(out).toContain('<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Démo" loading="lazy"');
    expect(out).toContain('href="/tag/evaluation/"');
  });

  it('sends HTML tags through the same components as Markdown: no script, iframes from the allow-list only', async () => {
    const out = await html(
      [
        '<script>alert(1)</script>',
        '<style>{"body { display: none }"}</style>',
        '<iframe src="https://evil.example.com/embed" />',
        '<iframe src="https://player.vimeo.com/video/1" />',
        `<img src="${PHOTO}" alt="Photo" />`,
        '<p onClick="alert(2)">Texte</p>',
        '<figure><figcaption>Légende</figcaption></figure>',
      ].join('\n\n'),
      'mdx',
    );
    expect(out).not.toMatch(/<script|<style|alert|display: none|<iframe src="https:\/\/evil/);
    expect(out).toContain('<a href="https://evil.example.com/embed">');
    expect(out).toMatch(/<iframe src="https:\/\/player\.vimeo\.com\/video\/1" title="[^"]+" loading="lazy"/);
    expect(out).toMatch(/<img src="\/img\/blog\/team-building\.jpg" alt="Photo" loading="lazy"[^>]*width="1000" height="667"/);
    expect(out).toContain('<p>Texte</p>');
    expect(out).toContain('<figure><figcaption>Légende</figcaption></figure>');
  });
});

describe('Jekyll remains are never shown', () => {
  it('renders a highlight block as code, and drops attribute lists and site.baseurl', async () => {
    const out = await html(
      '{% highlight js %}\nconst a = 1;\n{% endhighlight %}\n\n[lien]({{ site.baseurl }}/blog/){:target="_blank"}\n\n{% include x.html %}',
    );
    expect(out).toContain('<pre tabindex="0"><code class="language-js"><span class="line"><span class="hl-keyword">const</span> <span class="hl-constant">a</span> <span class="hl-keyword">=</span> <span class="hl-constant">1</span>;</span>\n</code></pre>');
    expect(out).toContain('<a href="/blog/">lien</a>');
    expect(out).not.toMatch(/\{[%{:]/);
  });
});

describe('headings', () => {
  it('get an id and an anchor link', async () => {
    expect(await html("## L'équipe")).toBe(
      '<h2 id="léquipe">L&#x27;équipe<a href="#léquipe" class="heading-anchor" aria-hidden="true" tabindex="-1">#</a></h2>',
    );
  });
});

describe('bodies the checks refuse', () => {
  it.each([
    ['md', '>'.repeat(2000) + ' x', /^ligne 1 : \[E081\] 2000 citations ou listes ouvertes sur une même ligne ; au plus 32 \(à faire : imbriquez moins de citations et de listes\)$/],
    ['md', '<div>'.repeat(150) + 'x', /^ligne 1 : \[E085\] éléments imbriqués sur \d+ niveaux ; au plus 100 \(à faire : imbriquez moins de citations, de listes et d’éléments HTML\)$/],
    ['mdx', '<span>'.repeat(150) + 'x' + '</span>'.repeat(150), /\nligne 1 : \[E085\] éléments imbriqués sur \d+ niveaux ; au plus 100 \(à faire : imbriquez moins/],
  ] as const)('are refused by the renderer too, with the same message (%s)', async (format, body, message) => {
    await expect(html(body, format)).rejects.toThrow(message);
  });
});

describe('code highlighted at build time (rehype-highlight)', () => {
  const block = '```ts\nconst a: string = "x"; // note\n```\n';

  it.each(['md', 'mdx'] as const)('splits a block of a known language into token classes, with no style attribute (%s)', async (format) => {
    const out = await html(block, format);
    expect(out).toContain('<pre tabindex="0"><code class="language-ts"><span class="line"><span class="hl-keyword">const</span>');
    expect(out).toContain('<span class="hl-comment">// note</span>');
    expect(out).not.toMatch(/\sstyle=/);
    // The text is the author's, unchanged: only spans were added.
    expect(out.replace(/<[^>]+>/g, '')).toContain('const a: string = &quot;x&quot;; // note\n');
  });

  it.each(['klingon', 'ansi', 'text'])('leaves a block in an unknown or colourless language (%s) as plain text, with no error', async (lang) => {
    expect(await html(`\`\`\`${lang}\nqapla\n\`\`\`\n`)).toBe(`<pre tabindex="0"><code class="language-${lang}">qapla\n</code></pre>`);
  });

  it('leaves a block with no language as plain text', async () => {
    expect(await html('```\nx = 1\n```\n')).toBe('<pre tabindex="0"><code>x = 1\n</code></pre>');
  });

  it.each(['md', 'mdx'] as const)('still removes what authors write: style, and classes that mimic tokens (%s)', async (format) => {
    const out = await html(
      '<pre style="color:red"><code class="language-js" style="color:red">let b = 2</code></pre>\n\n<span class="hl-keyword" style="color:red">fake</span>\n',
      format,
    );
    expect(out).not.toMatch(/\sstyle=/);
    expect(out).not.toContain('<span class="hl-keyword">fake');
    expect(out).toContain('<span class="hl-keyword">let</span>');
  });

  it('highlights a Jekyll highlight block in its language', async () => {
    const out = await html('{% highlight ruby %}\nputs "hi"\n{% endhighlight %}');
    expect(out).toContain('<code class="language-ruby">');
    expect(out).toMatch(/<span class="hl-[a-z-]+">/);
  });
});
