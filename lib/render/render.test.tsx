import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { mdxComponents, mdxComponentsFor } from '@/components/mdx-components';
import { renderPostBody } from '.';

const publicDir = path.join(import.meta.dirname, '../content/__fixtures__/good/public');
process.chdir(path.dirname(publicDir));
process.env.CONTENT_DIR = path.dirname(publicDir);

async function html(body: string, format: 'md' | 'mdx' = 'md') {
  return renderToStaticMarkup(await renderPostBody({ body, format }, mdxComponents));
}

describe('figures', () => {
  it('turns an image followed by an emphasis line into a captioned figure', async () => {
    const out = await html('![Tableau](/img/blog/win-fails-tableau.jpg)\n_Restitutions de l’atelier_\n');
    expect(out).toMatch(/^<figure><img src="\/img\/blog\/win-fails-tableau.jpg" alt="Tableau"[^>]*><figcaption>Restitutions de l’atelier<\/figcaption><\/figure>$/);
  });

  it('does the same across two paragraphs', async () => {
    const out = await html('![Équipe](/img/blog/team-building.jpg)\n\n*Le premier jour*\n');
    expect(out).toContain('<figcaption>Le premier jour</figcaption>');
  });

  it('leaves an image inside text alone', async () => {
    const out = await html('Voici ![x](/img/blog/team-building.jpg) dans le texte.\n\n_pas une légende_');
    expect(out).not.toContain('<figure>');
  });

  it('gives local images their real width and height', async () => {
    const out = await html('![Tableau](/img/blog/win-fails-tableau.jpg)');
    expect(out).toContain('width="1206"');
    expect(out).toContain('height="833"');
    expect(out).toContain('loading="lazy"');
  });
});

describe('raw HTML in Markdown', () => {
  it('keeps <br>, drops inline style, scripts and event handlers', async () => {
    const out = await html('Ligne<br>suivante\n\n<img src="/img/blog/team-building.jpg" alt="x" style="width: 50%" onerror="alert(1)">\n\n<script>alert(1)</script>\n\n<a href="javascript:alert(1)">lien</a>');
    expect(out).toContain('Ligne<br/>suivante');
    expect(out).not.toContain('style=');
    expect(out).not.toMatch(/onerror|<script|javascript:/);
  });

  it('embeds iframes from allowed video hosts, lazily and titled', async () => {
    const out = await html('<iframe src="https://www.youtube-nocookie.com/embed/abc" width="560" height="315"></iframe>');
    expect(out).toMatch(/<iframe src="https:\/\/www.youtube-nocookie.com\/embed\/abc" title="Vidéo intégrée" loading="lazy"/);
  });

  it('turns other iframes into a plain link', async () => {
    const out = await html('<iframe src="https://evil.example/x"></iframe>');
    expect(out).not.toContain('<iframe');
    expect(out).toContain('<a href="https://evil.example/x">');
  });

  it('never shows Jekyll remains as text', async () => {
    const out = await html('[lien](https://example.org){:target="_blank"}\n\n{% highlight python %}\nprint(1)\n{% endhighlight %}\n\n![a]({{ site.baseurl }}/img/blog/team-building.jpg)');
    expect(out).not.toMatch(/\{:|\{%|\{\{/);
    expect(out).toMatch(/<code class="language-python"><span class="line"><span class="hl-[a-z-]+">print<\/span>/);
    expect(out).toContain('src="/img/blog/team-building.jpg"');
  });

  it('gives headings an anchor', async () => {
    const out = await html('## Une partie');
    expect(out).toMatch(/<h2 id="une-partie">Une partie<a href="#une-partie"/);
  });
});

describe('MDX', () => {
  it('renders the authors’ components', async () => {
    const out = await html('<Figure src="/img/blog/team-building.jpg" alt="Atelier" caption="Le séminaire" />\n\n<Callout title="À retenir">Texte</Callout>\n\n<Tags names="design, évaluation" />', 'mdx');
    expect(out).toMatch(/<figure[^>]*><img src="\/img\/blog\/team-building.jpg" alt="Atelier"[^>]*width="1000" height="667"/);
    expect(out).toContain('Le séminaire</figcaption>');
    expect(out).toContain('À retenir');
    expect(out).toContain('href="/tag/evaluation/"');
    // No published post is tagged design in the fixtures: no page, so no link.
    expect(out).not.toContain('href="/tag/design/"');
  });

  it('refuses embeds from other hosts in MDX too', async () => {
    const out = await html('<VideoEmbed src="https://evil.example/v" title="V" />', 'mdx');
    expect(out).not.toContain('<iframe');
  });
});

describe('a body in English', () => {
  const english = async (body: string, format: 'md' | 'mdx' = 'md') =>
    renderToStaticMarkup(await renderPostBody({ body, format, lang: 'en' }, mdxComponentsFor('en')));

  it('keeps English punctuation: no French spacing before colons, nor inside quotes', async () => {
    expect(await english('Note: this is it; really?')).toBe('<p>Note: this is it; really?</p>');
    expect(await html('Note : voilà ; vraiment ?')).toBe('<p>Note\u202f: voilà\u202f; vraiment\u202f?</p>');
  });

  it('names an untitled video in English', async () => {
    expect(await english('<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>')).toContain('title="Embedded video"');
    expect(await html('<iframe src="https://www.youtube-nocookie.com/embed/x"></iframe>')).toContain('title="Vidéo intégrée"');
  });
});
