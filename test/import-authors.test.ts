import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/check';
import { loadContent } from '../lib/content';
import { walk } from '../lib/import/read-site';
import { formatReport } from '../lib/import/report';
import { errorsOf } from '../lib/problems';
import { importInto, writeSiteFile } from './import-into';

const ROOT = path.resolve(import.meta.dirname, '..');
const PHOTO = path.join(ROOT, 'test/fixtures/jekyll-site/img/equipe/pierre.jpg');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-authors-'));
  temps.push(dir);
  return dir;
};

/** A team blog with a people collection, and bylines written by hand over the years. */
function teamBlog(): string {
  const site = temp();
  const write = (rel: string, text: string) => writeSiteFile(site, rel, text);
  write('_config.yml', 'title: Blog\ncollections:\n  people:\n    output: true\n    permalink: /equipe/:name/\n');
  write(
    '_people/sophie-miljkovic.md',
    '---\nname: Sophie Miljkovic\nphoto: /assets/img/sophie.jpg\ntwitter: "@SophieMiljkovic"\ngithub: https://github.com/smiljkovic\nwebsite: https://sophie.example.org\n---\n\nSophie est **designer** au programme.{: .lead}\n\n<script>alert(1)</script>\n',
  );
  write('_people/jean-dupont.md', '---\nname: Jean Dupont\nimage: /assets/img/absent.png\nbio: Développeur, [son site](https://jean.example.org).\n---\n');
  write('_people/lea-martin.md', '---\nname: Léa Martin\n---\nLéa ne signe aucun article.\n');
  mkdirSync(path.join(site, 'assets/img'), { recursive: true });
  cpSync(PHOTO, path.join(site, 'assets/img/sophie.jpg'));
  const post = (name: string, author: string) => write(`_posts/${name}.md`, `---\ntitle: ${name}\ndescription: D.\nauthor: ${author}\n---\nTexte.\n`);
  post('2020-01-01-a', 'Sophie Milkjovic');
  post('2020-01-02-b', 'Sophie Milkjovic, Jean Dupont');
  post('2020-01-03-c', 'sophie-miljkovic');
  post('2020-01-04-d', 'Jean Dupond');
  post('2020-01-05-e', 'Elodie Durand Petit');
  post('2020-01-06-f', 'Élodie Durand-Petit');
  post('2020-01-07-g', 'Elodie Durand Petit');
  return site;
}

describe('authors of a blog with a people collection', () => {
  const site = teamBlog();
  const out = temp();
  const report = importInto(site, out, { root: ROOT });
  const read = (rel: string) => readFileSync(path.join(out, rel), 'utf8');
  const src = (rel: string) => `${path.relative(ROOT, site)}/${rel}`;

  it('makes each person a profile with the name, photo, links and bio of the collection', () => {
    expect(walk(path.join(out, 'content/authors'))).toEqual(['elodie-durand-petit.md', 'jean-dupond.md', 'jean-dupont.md', 'sophie-miljkovic.md']);
    expect(read('content/authors/sophie-miljkovic.md')).toBe(
      '---\nname: Sophie Miljkovic\naliases:\n  - Sophie Milkjovic\ntwitter: SophieMiljkovic\navatar: /assets/img/sophie.jpg\nwebsite: https://sophie.example.org\ngithub: smiljkovic\n---\n\nSophie est **designer** au programme.\n\n<script>alert(1)</script>\n',
    );
    expect(walk(path.join(out, 'public'))).toEqual(['assets/img/sophie.jpg']);
    expect(read('content/authors/jean-dupont.md')).toBe('---\nname: Jean Dupont\n---\n\nDéveloppeur, [son site](https://jean.example.org).\n');
    expect(report.problems).toContainEqual(expect.objectContaining({ file: src('_people/jean-dupont.md'), code: 'W212', message: 'la photo /assets/img/absent.png de Jean Dupont n’existe nulle part dans le site : pas d’avatar' }));
  });

  it('matches bylines by name and by file name', () => {
    expect(read('content/posts/2020-01-03-c.md')).toContain('author: Sophie Miljkovic\n');
    expect(report.fixes).toContainEqual(expect.objectContaining({ code: 'W239', message: 'l’auteur « sophie-miljkovic » est le nom de fichier de _people/sophie-miljkovic.md : écrit « Sophie Miljkovic »' }));
    const content = loadContent({ root: out, contentDir: path.join(out, 'content'), publicDir: path.join(out, 'public'), now: new Date('2026-01-01T00:00:00Z') });
    const sophie = content.authors.find((a) => a.slug === 'sophie-miljkovic');
    expect(sophie).toMatchObject({ hasProfile: true, count: 3, avatar: '/assets/img/sophie.jpg', website: 'https://sophie.example.org' });
    expect(sophie?.bio).toContain('Sophie est **designer**');
  });

  it('merges near-identical bylines, the collection\'s or the most used spelling first, and reports each merge', () => {
    expect(report.fixes).toContainEqual(
      expect.objectContaining({
        file: src('_posts/2020-01-01-a.md'),
        code: 'W248',
        message: 'signature « Sophie Milkjovic » (2 articles) fusionnée dans authors/sophie-miljkovic.md, « Sophie Miljkovic » : deux lettres voisines interverties',
        fix: 'si ce sont deux personnes, retirez « Sophie Milkjovic » des aliases de content/authors/sophie-miljkovic.md et créez son propre profil',
      }),
    );
    // Accents, case and a hyphen: the same name; no alias is needed, since bylines are matched without them.
    expect(read('content/authors/elodie-durand-petit.md')).toBe('---\nname: Elodie Durand Petit\n---\n');
    expect(report.fixes).toContainEqual(
      expect.objectContaining({
        code: 'W248',
        message: 'signature « Élodie Durand-Petit » (1 article) fusionnée dans authors/elodie-durand-petit.md, « Elodie Durand Petit » : le même nom, aux majuscules, accents ou espaces près',
      }),
    );
  });

  it('keeps names a replaced letter apart as two people, and says so', () => {
    expect(read('content/authors/jean-dupond.md')).toBe('---\nname: Jean Dupond\n---\n');
    expect(report.problems).toContainEqual(
      expect.objectContaining({ file: src('_posts/2020-01-04-d.md'), code: 'W204', message: expect.stringMatching(/^« Jean Dupond » et « Jean Dupont » ne diffèrent que d’une lettre : gardés comme deux profils/) }),
    );
  });

  it('lists the people who sign no post, and the imported site passes the checks', () => {
    expect(report.skipped).toContainEqual(expect.objectContaining({ file: src('_people/lea-martin.md'), code: 'W202', message: 'non importé : Léa Martin ne signe aucun des articles importés, et n’a donc pas de page d’auteur ici' }));
    const checked = checkContent({ root: out, contentDir: path.join(out, 'content'), publicDir: path.join(out, 'public'), now: new Date('2026-01-01T00:00:00Z') });
    expect(errorsOf(checked.problems)).toEqual([]);
    // The bio goes through the one sanitiser, as every body: the script never reaches a reader.
    expect(checked.problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/sophie-miljkovic\.md$/), message: expect.stringMatching(/^<script> retiré/) }));
    expect(formatReport(report)).toContain('\nProfils d’auteur :\n');
  });
});

describe('a byline nearly spelt as a profile the site has', () => {
  it('creates no second profile and says which alias to add', () => {
    const site = teamBlog();
    const out = temp();
    mkdirSync(path.join(out, 'content/authors'), { recursive: true });
    writeFileSync(path.join(out, 'content/authors/elodie-durand.md'), '---\nname: Élodie Durand Petit\n---\n');
    rmSync(path.join(site, '_people'), { recursive: true });
    writeFileSync(path.join(site, '_posts/2020-01-08-h.md'), '---\ntitle: H\ndescription: D.\nauthor: Elodie Durnad Petit\n---\nTexte.\n');
    const report = importInto(site, out, { root: ROOT });
    expect(walk(path.join(out, 'content/authors'))).not.toContain('elodie-durnad-petit.md');
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        code: 'W214',
        message: 'la signature « Elodie Durnad Petit » est presque le nom du profil « Élodie Durand Petit » (deux lettres voisines interverties) : aucun profil créé',
        fix: 'si c’est la même personne, ajoutez « Elodie Durnad Petit » aux aliases de content/authors/elodie-durand.md ; sinon, créez content/authors/<slug>.md pour elle',
      }),
    );
  });
});
