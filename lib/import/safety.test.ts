import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from './index';
import { walk } from './read-site';
import { importInto } from '../../test/import-into';

/**
 * The importer reads a site it does not control: it follows no symbolic link out of the site,
 * is not trapped by a loop, refuses bytes that are not text, and writes nothing outside the
 * target's content/ and public/. The links are made at test time in a copy of the fixture site.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/jekyll-site');
const base = mkdtempSync(path.join(tmpdir(), 'import-safety-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const LINK_FIX = 'remplacez le lien par le fichier lui-même';

/** <dir>/site (a copy of the fixture), <dir>/outside with a secret image and post, <dir>/target. */
function setUp() {
  const dir = mkdtempSync(path.join(base, 'case-'));
  const site = path.join(dir, 'site');
  const outside = path.join(dir, 'outside');
  cpSync(FIXTURE, site, { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret.jpg'), 'secret');
  writeFileSync(path.join(outside, 'secret.md'), '---\ntitle: Secret\nauthor: X\n---\n\nSecret.\n');
  const post = (name: string, body: string) =>
    writeFileSync(path.join(site, '_posts', name), `---\nlayout: post\ntitle: Un article\nauthor: Alice Martin\n---\n\n${body}\n`);
  const run = (dryRun = false): ImportReport => importInto(site, path.join(dir, 'target'), { root: dir, dryRun });
  const problem = (report: ImportReport, file: string) => report.problems.filter((p) => p.file === file).map(({ message, fix }) => ({ message, fix }));
  return { dir, site, outside, post, run, problem };
}

describe('symbolic links in the Jekyll site', () => {
  it('copies nothing reached through a link that leaves the site, and reports each link with its path', () => {
    const t = setUp();
    symlinkSync(t.outside, path.join(t.site, 'img', 'etc'));
    symlinkSync(path.join(t.outside, 'secret.jpg'), path.join(t.site, 'img', 'blog', 'lien.jpg'));
    symlinkSync(path.join(t.outside, 'secret.md'), path.join(t.site, '_posts', '2021-01-01-secret.md'));
    t.post('2021-01-02-fuite.md', '![Un](/img/etc/secret.jpg)\n\n![Deux](/img/blog/lien.jpg)');
    const report = t.run();

    expect(walk(path.join(t.dir, 'target/public'))).not.toEqual(expect.arrayContaining([expect.stringMatching(/secret|lien/)]));
    expect(walk(path.join(t.dir, 'target/content/posts'))).not.toContain('2021-01-01-secret.md');
    expect(t.problem(report, 'site/img/etc')).toEqual([{ message: `lien symbolique vers ${t.outside}, hors du site Jekyll : non lu`, fix: LINK_FIX }]);
    expect(t.problem(report, 'site/img/blog/lien.jpg')).toEqual([
      { message: `lien symbolique vers ${path.join(t.outside, 'secret.jpg')}, hors du site Jekyll : non lu`, fix: LINK_FIX },
    ]);
    expect(t.problem(report, 'site/_posts/2021-01-01-secret.md')).toEqual([
      { message: `lien symbolique vers ${path.join(t.outside, 'secret.md')}, hors du site Jekyll : non lu`, fix: LINK_FIX },
    ]);
  });

  it('detects loops (a link to itself, a folder linked to its parent) and a dangling link, and still imports the rest', () => {
    const t = setUp();
    symlinkSync('2021-01-01-boucle.md', path.join(t.site, '_posts', '2021-01-01-boucle.md'));
    symlinkSync('..', path.join(t.site, 'img', 'blog', 'parent'));
    symlinkSync('nulle-part.jpg', path.join(t.site, 'img', 'pendant.jpg'));
    const report = t.run();
    expect(report.imported.posts).toBe(9);
    expect(t.problem(report, 'site/_posts/2021-01-01-boucle.md')).toEqual([{ message: 'boucle de liens symboliques (2021-01-01-boucle.md) : non lue', fix: LINK_FIX }]);
    expect(t.problem(report, 'site/img/blog/parent')).toEqual([{ message: `boucle de liens symboliques (${path.join(t.site, 'img')}) : non lue`, fix: LINK_FIX }]);
    expect(t.problem(report, 'site/img/pendant.jpg')).toEqual([
      { message: 'lien symbolique vers nulle-part.jpg, qui n’existe pas : non lu', fix: `${LINK_FIX}, ou supprimez le lien` },
    ]);
  });

  it('follows a link that stays inside the site', () => {
    const t = setUp();
    symlinkSync('couverture.jpg', path.join(t.site, 'img', 'blog', 'alias.jpg'));
    t.post('2021-01-02-alias.md', '![Alias](/img/blog/alias.jpg)');
    const report = t.run();
    expect(report.problems.filter((p) => p.file.includes('alias'))).toEqual([]);
    expect(walk(path.join(t.dir, 'target/public'))).toContain('img/blog/alias.jpg');
  });

  it('reads no _config.yml through a link that leaves the site', () => {
    const t = setUp();
    writeFileSync(path.join(t.outside, 'config.yml'), 'title: Dehors\n');
    rmSync(path.join(t.site, '_config.yml'));
    symlinkSync(path.join(t.outside, 'config.yml'), path.join(t.site, '_config.yml'));
    expect(t.problem(t.run(true), 'site/_config.yml')).toEqual([
      { message: `lien symbolique vers ${path.join(t.outside, 'config.yml')}, hors du site Jekyll : non lu`, fix: LINK_FIX },
    ]);
  });

  it('says so with no stack trace when run as a command on a site with a loop', () => {
    const t = setUp();
    symlinkSync('.', path.join(t.site, 'img', 'ici'));
    symlinkSync('x', path.join(t.site, 'x'));
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/import-jekyll.ts'), t.site, '--dry-run', '--target', path.join(t.dir, 'target')], {
      cwd: t.dir,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('site/img/ici : erreur : [E051] boucle de liens symboliques');
    expect(result.stdout).toContain('site/x : erreur : [E051] boucle de liens symboliques (x) : non lue');
  });
});

describe('bytes and names the importer refuses', () => {
  it('skips a post that is not UTF-8 or carries a control character, with its line', () => {
    const t = setUp();
    writeFileSync(path.join(t.site, '_posts', '2021-01-01-latin1.md'), Buffer.from('---\ntitle: Un été\n---\n', 'latin1'));
    t.post('2021-01-02-controle.md', 'Un \u001b caractère.');
    const report = t.run(true);
    const skipped = (file: string) => report.skipped.filter((p) => p.file === file).map(({ code, message, line, column, severity }) => ({ code, message, line, column, severity }));
    expect(skipped('site/_posts/2021-01-01-latin1.md')).toEqual([{ code: 'E041', message: 'non importé : pas en UTF-8 valide (octet 0xE9)', line: 2, column: 11, severity: 'error' }]);
    expect(skipped('site/_posts/2021-01-02-controle.md')).toEqual([{ code: 'E042', message: 'non importé : caractère de contrôle invisible U+001B', line: 7, column: 4, severity: 'error' }]);
    expect(report.files.map((f) => f.source)).not.toContain('_posts/2021-01-01-latin1.md');
  });

  it('skips a post whose name gives no slug, and says which name to give', () => {
    const t = setUp();
    t.post('2021-04-06-....md', 'Texte.');
    const report = t.run(true);
    expect(report.skipped.filter((p) => p.file === 'site/_posts/2021-04-06-....md').map(({ code, message, fix }) => ({ code, message, fix }))).toEqual([
      {
        code: 'E206',
        message: 'non importé : son nom n’a ni lettre ni chiffre après la date pour faire l’adresse de l’article',
        fix: 'renommez-le 2021-04-06-<slug>.md (quelques mots de son titre) et relancez l’import',
      },
    ]);
  });
});

describe('writing the target', () => {
  it('writes nothing through a link of the target that leaves its public/, and says so', () => {
    const t = setUp();
    const elsewhere = path.join(t.dir, 'elsewhere');
    mkdirSync(elsewhere);
    mkdirSync(path.join(t.dir, 'target/public'), { recursive: true });
    symlinkSync(elsewhere, path.join(t.dir, 'target/public/img'));
    const report = t.run();
    expect(readdirSync(elsewhere)).toEqual([]);
    const copies = report.files.filter((f) => f.kind === 'copy' && f.path.startsWith('img/'));
    expect(copies.length).toBeGreaterThan(0);
    for (const f of copies) {
      expect(f.status).toBe('skipped');
      expect(report.skipped).toContainEqual(
        expect.objectContaining({
          file: `target/public/${f.path}`,
          code: 'E200',
          message: 'non écrit : il mène hors de target/public/',
          fix: 'si un lien symbolique de target/public/ est sur le chemin, remplacez-le par un dossier',
        }),
      );
    }
    // The posts, in content/, are still written.
    expect(report.imported.posts).toBe(9);
  });
});
