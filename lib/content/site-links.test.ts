import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../check';

/**
 * `npm run check` on links to addresses of the site, against the site the build will write: every
 * kind of page (paginated lists, tags, authors), the files the build writes, the files and pages of
 * public/, and redirects from every source. Nothing else answers.
 */
const root = mkdtempSync(path.join(tmpdir(), 'site-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const contentDir = path.join(root, 'content');
const publicDir = path.join(root, 'public');

const files: Record<string, string> = {
  'content/redirects.yml': '- from: /posts/ancienne/\n  to: /blog/\n- from: /vieux.php\n  to: /blog/\n',
  'content/authors/equipe-eig.md': '---\nname: Équipe EIG\n---\n',
  'public/a-propos/index.html': '<p>À propos</p>',
  'public/mentions.html': '<p>Mentions</p>',
  'public/img/blog/photo.jpg': '',
};
// Nine posts of one tag and one author: the blog, the tag and the author each have a second page.
for (let day = 1; day <= 9; day++) {
  const redirect = day === 1 ? 'redirect_from:\n  - /news/premier/\n' : '';
  files[`content/posts/2020-01-0${day}-billet-${day}.md`] = `---\ntitle: Billet ${day}\ndescription: Un billet.\nauthor: Équipe EIG\ntags: [design]\n${redirect}---\n\nTexte.\n`;
}

function check(links: readonly string[]): string[] {
  const body = links.map((l) => `[lien](${l})`).join('\n\n');
  const written = { ...files, 'content/posts/2020-02-01-liens.md': `---\ntitle: Liens\ndescription: Des liens.\nauthor: Équipe EIG\n---\n\n${body}\n` };
  rmSync(contentDir, { recursive: true, force: true });
  rmSync(publicDir, { recursive: true, force: true });
  for (const [rel, text] of Object.entries(written)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  const report = checkContent({ root, contentDir, publicDir, now: new Date('2026-01-01T00:00:00Z') });
  expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return report.problems.filter((p) => p.code === 'W032').map((p) => p.message.replace(/^lien vers (\S+) : .*$/, '$1'));
}

describe('links to addresses of the site', () => {
  it('answer at every page the build writes: lists and their pages, posts, tags, authors', () => {
    expect(
      check([
        '/', '/blog/', '/blog/page/2/', '/blog/page/2', '/blog/2020/01/05/billet-5/', '/blog/2020/01/05/billet-5.html',
        '/tag/', '/tag/design/', '/tag/design/page/2/', '/auteur/', '/auteur/equipe-eig/', '/auteur/equipe-eig/page/2/',
      ]),
    ).toEqual([]);
  });

  it('answer at the files the build writes, the files and pages of public/, and the sources of redirects', () => {
    expect(
      check([
        '/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/robots.txt', '/tag/design/feed.xml',
        '/a-propos/', '/a-propos', '/mentions.html', '/img/blog/photo.jpg',
        '/posts/ancienne/', '/posts/ancienne', '/vieux.php', '/news/premier/',
      ]),
    ).toEqual([]);
  });

  it('do not answer elsewhere: pages past the last, unknown tags and authors, folders without a page, inside the build\'s own folders', () => {
    const dead = [
      '/blog/page/3/', '/tag/design/page/3/', '/tag/inconnu/', '/tag/inconnu/feed.xml', '/auteur/personne/',
      '/img', '/img/blog/', '/img/variants/photo-0000000000000000-480.webp', '/_next/static/x.js', '/Blog/', '/a-propos.html',
    ];
    expect(check(dead)).toEqual(dead);
  });
});
