import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importJekyll, type ImportReport } from '../lib/import';
import { walk } from '../lib/import/read-site';

/**
 * Links of an imported post to pages of the old site that the blog does not serve, and files
 * the post names by the old site's own absolute address, through the whole import.
 */
const root = mkdtempSync(path.join(tmpdir(), 'import-old-site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const POST = [
  '---',
  'title: Liens',
  'description: Des liens vers le reste du site.',
  'author: Équipe EIG',
  '---',
  'Voir [à propos](/about.html), [le défi](/defis/2018/x.html) et [la page](https://old.example/communaute/).',
  '',
  '![Compétences](https://old.example/img/competences.png) [le texte brut](/plain.html)',
  '',
  'Du code : `[x](/about.html)`.',
  '',
].join('\n');

function site(config: string): string {
  const dir = mkdtempSync(path.join(root, 'site-'));
  const files: Record<string, string> = {
    '_config.yml': config,
    '_posts/2020-01-01-liens.md': POST,
    // A page Jekyll renders (front matter): not a file to copy, whatever its extension.
    'about.html': '---\nlayout: page\n---\n<h1>{{ page.title }}</h1>\n',
    'feed.xml': '---\nlayout: null\n---\n<rss>{{ site.title }}</rss>\n',
    // A file Jekyll copies as it is.
    'plain.html': '<p>texte</p>\n',
    'img/Competences.PNG': 'png',
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

function run(siteDir: string, oldSiteUrl?: string): { report: ImportReport; post: string; publicFiles: string[] } {
  const target = mkdtempSync(path.join(root, 'target-'));
  const result = importJekyll({
    site: siteDir,
    contentDir: path.join(target, 'content'),
    publicDir: path.join(target, 'public'),
    root,
    blogUrl: 'https://blog.example',
    ...(oldSiteUrl ? { oldSiteUrl } : {}),
  });
  if ('notASite' in result) throw new Error(result.notASite);
  return {
    report: result.report,
    post: readFileSync(path.join(target, 'content/posts/2020-01-01-liens.md'), 'utf8'),
    publicFiles: walk(path.join(target, 'public')),
  };
}

const oldLinks = (report: ImportReport) =>
  [...report.fixes, ...report.problems].filter((p) => p.code === 'W244' || p.code === 'W203').map((p) => [p.severity, p.code, p.line, p.message]);

describe('links to pages of the old site', () => {
  it('with --old-site-url and no url in _config.yml: made absolute there, files of its address copied, pages never copied', () => {
    const { report, post, publicFiles } = run(site('title: Vieux site\n'), 'https://old.example');
    expect(post).toContain(
      'Voir [à propos](https://old.example/about.html), [le défi](https://old.example/defis/2018/x.html) et [la page](https://old.example/communaute/).',
    );
    expect(post).toContain('![Compétences](/img/Competences.PNG) [le texte brut](/plain.html)');
    expect(post).toContain('Du code : `[x](/about.html)`.');
    expect(publicFiles).toEqual(['img/Competences.PNG', 'plain.html']);
    expect(oldLinks(report)).toEqual([
      ['warning', 'W244', 6, 'lien /about.html → https://old.example/about.html : une page de l’ancien site que ce blog ne sert pas'],
      ['warning', 'W244', 6, 'lien /defis/2018/x.html → https://old.example/defis/2018/x.html : une page de l’ancien site que ce blog ne sert pas'],
    ]);
  });

  it('with the url of _config.yml, which --old-site-url overrides', () => {
    const withUrl = site('title: Vieux site\nurl: https://old.example\n');
    expect(run(withUrl).post).toContain('[à propos](https://old.example/about.html)');
    const archived = run(withUrl, 'https://web.archive.org/web/2020/https://old.example');
    expect(archived.post).toContain('[à propos](https://web.archive.org/web/2020/https://old.example/about.html)');
    expect(archived.post).toContain('[la page](https://web.archive.org/web/2020/https://old.example/communaute/)');
    // Its own absolute address still names its files: copied.
    expect(archived.publicFiles).toEqual(['img/Competences.PNG', 'plain.html']);
  });

  it('without a known address, or when the blog takes the old address: left as written, each a problem saying to pass --old-site-url', () => {
    const none = run(site('title: Vieux site\n'));
    expect(none.post).toContain('Voir [à propos](/about.html), [le défi](/defis/2018/x.html)');
    expect(none.publicFiles).toEqual(['plain.html']);
    expect(oldLinks(none.report)).toEqual([
      ['warning', 'W203', 6, 'lien /about.html : une page de l’ancien site que ce blog ne sert pas ; elle répondra 404'],
      ['warning', 'W203', 6, 'lien /defis/2018/x.html : une page de l’ancien site que ce blog ne sert pas ; elle répondra 404'],
    ]);
    expect(none.report.problems.find((p) => p.message.startsWith('lien /about.html'))?.fix).toBe(
      'passez --old-site-url <adresse de l’ancien site> pour que le lien y mène, ou faites un lien vers une page de ce blog',
    );

    const same = run(site('title: Vieux site\nurl: https://blog.example\n'));
    expect(oldLinks(same.report)).toHaveLength(2);
    expect(same.report.problems.find((p) => p.message.startsWith('lien /about.html'))?.fix).toMatch(/^le blog prend l’adresse de l’ancien site : passez --old-site-url/);
  });
});
