import { describe, expect, it } from 'vitest';
import { blogServes, linkOldSite, oldSiteBase, type OldSiteLinks } from './old-site-links';

/** A post whose body's text starts on line 4 of the Jekyll file. */
const textFrom4 = (file: string) => ({ file, line: (body: string, index: number) => 4 + index - (/^\n*/.exec(body)?.[0].length ?? 0) });

const served = new Set(['/blog/2018/09/24/x/', '/blog/2018/09/24/x.html', '/img/a.jpg', '/posts/2018/old/']);
const ctx: OldSiteLinks = {
  base: 'https://old.example',
  hosts: ['old.example', 'www.old.example'],
  answers: (p) => served.has(p) || blogServes(p),
};
const post = (body: string, front = '') => `---\ntitle: t\n${front}---\n${body}`;

describe('oldSiteBase', () => {
  it('takes --old-site-url as given, else url and baseurl of _config.yml', () => {
    expect(oldSiteBase({ option: 'https://web.archive.org/web/2020/https://old.example/', configUrl: 'https://old.example' })).toEqual({
      base: 'https://web.archive.org/web/2020/https://old.example',
    });
    expect(oldSiteBase({ configUrl: 'https://old.example', baseurl: '/site', blogUrl: 'https://blog.example' })).toEqual({ base: 'https://old.example/site' });
    expect(oldSiteBase({})).toEqual({ unknown: 'no-url' });
  });

  it('refuses the url of _config.yml when the blog takes that address, but not an explicit option', () => {
    expect(oldSiteBase({ configUrl: 'https://www.eig.example', blogUrl: 'https://eig.example' })).toEqual({ unknown: 'same-as-blog' });
    expect(oldSiteBase({ option: 'https://eig.example', configUrl: 'https://eig.example', blogUrl: 'https://eig.example' })).toEqual({ base: 'https://eig.example' });
  });
});

describe('blogServes', () => {
  it('knows the pages every build has and the routes it generates', () => {
    for (const p of ['/', '/blog/', '/blog', '/blog/page/3/', '/tag/', '/tag/design/', '/tag/design/page/2/', '/tag/design/feed.xml', '/auteur/x/', '/feed.xml', '/atom.xml', '/sitemap.xml']) {
      expect(blogServes(p), p).toBe(true);
    }
    for (const p of ['/a-propos.html', '/defis/2018/x.html', '/communaute/', '/blog.html', '/tag/a/b/']) expect(blogServes(p), p).toBe(false);
  });
});

describe('linkOldSite', () => {
  it('makes links to pages the blog does not serve absolute on the old site, each a fix with its line', () => {
    const text = post('Voir [à propos](/a-propos.html) et\n[le défi](/defis/2018/x.html#equipe), [ici](https://www.old.example/communaute/?a=1).\n');
    const result = linkOldSite(text, textFrom4('_posts/x.md'), ctx);
    expect(result.text).toBe(
      post('Voir [à propos](https://old.example/a-propos.html) et\n[le défi](https://old.example/defis/2018/x.html#equipe), [ici](https://old.example/communaute/?a=1).\n'),
    );
    expect(result.fixes.map((f) => [f.line, f.code, f.message])).toEqual([
      [4, 'W244', 'lien /a-propos.html → https://old.example/a-propos.html : une page de l’ancien site que ce blog ne sert pas'],
      [5, 'W244', 'lien /defis/2018/x.html#equipe → https://old.example/defis/2018/x.html#equipe : une page de l’ancien site que ce blog ne sert pas'],
      [5, 'W244', 'lien https://www.old.example/communaute/?a=1 → https://old.example/communaute/?a=1 : une page de l’ancien site que ce blog ne sert pas'],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('leaves posts, files, pages of the blog, redirects, images, other sites and known missing files alone', () => {
    const body = [
      '[a](/blog/2018/09/24/x/) [b](/blog/2018/09/24/x.html) [c](/img/a.jpg) [d](/tag/design/) [e](/) [f](/posts/2018/old/)',
      '',
      '![g](/img/perdue.png) [h](https://other.example/a.html) [i](#haut) [j](mailto:a@b.fr) [k](/docs/perdu.pdf)',
      '',
      '<a href="/feed.xml">flux</a>',
    ].join('\n');
    const text = post(body, 'known_missing:\n  - /docs/perdu.pdf\n');
    expect(linkOldSite(text, textFrom4('x.md'), ctx)).toEqual({ text, fixes: [], problems: [] });
  });

  it('leaves code alone: fenced, indented and code spans', () => {
    const body = ['```', '[a](/a-propos.html)', '```', '', '    [b](/a-propos.html)', '', 'Du `[c](/a-propos.html)` et [d](/d.html).'].join('\n');
    const result = linkOldSite(post(body), textFrom4('x.md'), ctx);
    expect(result.text).toBe(post(body.replace('[d](/d.html)', '[d](https://old.example/d.html)')));
    expect(result.fixes).toHaveLength(1);
  });

  it('reads links of raw HTML, and keeps a base path written once', () => {
    const result = linkOldSite(post('<p><a\n  href="/site/a-propos.html">à propos</a></p>\n'), textFrom4('x.md'), { ...ctx, base: 'https://old.example/site' });
    expect(result.text).toBe(post('<p><a\n  href="https://old.example/site/a-propos.html">à propos</a></p>\n'));
    expect(result.fixes[0]?.line).toBe(5);
  });

  it('without a known address, leaves each link and reports it with its line, saying to pass --old-site-url', () => {
    const text = post('[à propos](/a-propos.html)\n');
    const none = linkOldSite(text, textFrom4('x.md'), { ...ctx, base: undefined, unknown: 'no-url' });
    expect(none.text).toBe(text);
    expect(none.problems.map((p) => [p.line, p.code, p.message, p.fix])).toEqual([
      [
        4,
        'W203',
        'lien /a-propos.html : une page de l’ancien site que ce blog ne sert pas ; elle répondra 404',
        'passez --old-site-url <adresse de l’ancien site> pour que le lien y mène, ou faites un lien vers une page de ce blog',
      ],
    ]);
    const same = linkOldSite(text, textFrom4('x.md'), { ...ctx, base: undefined, unknown: 'same-as-blog' });
    expect(same.problems[0]?.fix).toContain('le blog prend l’adresse de l’ancien site : passez --old-site-url avec l’adresse où ses pages se trouvent aujourd’hui');
  });
});
