import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/check';
import type { ImportReport } from '../lib/import';
import { importInto } from './import-into';
import { errorsOf } from '../lib/problems';

/**
 * The old site's Netlify `_redirects` comes along: its rules to posts (by any of their addresses)
 * and to what the blog serves become entries of content/redirects.yml, which the checks accept;
 * the import adds to that file, never overwrites it.
 */
const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/jekyll-site');
const dir = mkdtempSync(path.join(tmpdir(), 'import-redirects-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const site = path.join(dir, 'site');
cpSync(FIXTURE, site, { recursive: true });
writeFileSync(
  path.join(site, '_redirects'),
  [
    '/posts/2019/03/12/code-et-liquid/ /blog/2019/03/12/code-et-liquid.html 301!',
    '/blog.html /blog/ 301!',
    '/defis/ /defis.html 301!',
  ].join('\n'),
);
// A post linking to another in the ways the old site did: another case, no `.html`, and in code.
writeFileSync(
  path.join(site, '_posts', '2021-01-05-liens.md'),
  [
    '---',
    'title: Des liens',
    'author: Alice Martin',
    '---',
    '',
    'Voir [la casse](/blog/2019/03/12/Code-Et-Liquid), [sans .html](/blog/2019/03/12/code-et-liquid#suite),',
    '[l’ancienne adresse](/blog/2019/03/12/code-et-liquid.html) et [la nouvelle](/blog/2019/03/12/code-et-liquid/).',
    '',
    '```',
    '[en code](/blog/2019/03/12/Code-Et-Liquid)',
    '```',
  ].join('\n'),
);
const target = path.join(dir, 'target');
const run = (): ImportReport => importInto(site, target, { root: dir });
const redirectsYml = () => readFileSync(path.join(target, 'content', 'redirects.yml'), 'utf8');

const first = run();

describe('links between the old site’s posts', () => {
  it('lead to the post they name, whatever the case, with or without .html; code and working addresses are left as written', () => {
    const text = readFileSync(path.join(target, 'content', 'posts', '2021-01-05-liens.md'), 'utf8');
    expect(text).toContain('[la casse](/blog/2019/03/12/code-et-liquid/), [sans .html](/blog/2019/03/12/code-et-liquid/#suite),');
    expect(text).toContain('[l’ancienne adresse](/blog/2019/03/12/code-et-liquid.html) et [la nouvelle](/blog/2019/03/12/code-et-liquid/).');
    expect(text).toContain('```\n[en code](/blog/2019/03/12/Code-Et-Liquid)\n```');
    expect(first.fixes.filter((f) => f.code === 'W245').map((f) => [f.line, f.message])).toEqual([
      [6, 'lien /blog/2019/03/12/Code-Et-Liquid → /blog/2019/03/12/code-et-liquid/ : l’adresse de l’article qu’il nomme'],
      [6, 'lien /blog/2019/03/12/code-et-liquid#suite → /blog/2019/03/12/code-et-liquid/#suite : l’adresse de l’article qu’il nomme'],
    ]);
  });
});

describe('import of the old site’s _redirects', () => {

  it('writes the rules it keeps to content/redirects.yml and lists the one it cannot keep', () => {
    expect(redirectsYml()).toBe(
      '# Depuis le _redirects du site Jekyll\n- from: /posts/2019/03/12/code-et-liquid/\n  to: /blog/2019/03/12/code-et-liquid/\n- from: /blog.html\n  to: /blog/\n',
    );
    expect(first.files.find((f) => f.kind === 'redirects')?.status).toBe('written');
    expect(first.problems.filter((p) => p.file.endsWith('_redirects')).map((p) => [p.line, p.code, p.message])).toEqual([
      [3, 'W217', 'règle « /defis/ /defis.html 301! » non gardée : elle mène à /defis.html, que ce blog ne sert pas'],
    ]);
  });

  it('gives entries that the checks accept, each leading to its page', () => {
    const content = checkContent({ root: dir, contentDir: path.join(target, 'content'), publicDir: path.join(target, 'public'), now: new Date('2026-01-01T00:00:00Z') });
    expect(errorsOf(content.problems)).toEqual([]);
  });

  it('adds to a file edited by hand, and a second import changes nothing', () => {
    const edited = `${redirectsYml()}- from: /a-moi/\n  to: /blog/\n`;
    writeFileSync(path.join(target, 'content', 'redirects.yml'), edited);
    const again = run();
    expect(again.files.find((f) => f.kind === 'redirects')).toBeUndefined();
    expect(redirectsYml()).toBe(edited);
    writeFileSync(path.join(target, 'content', 'redirects.yml'), '- from: /a-moi/\n  to: /blog/\n');
    expect(run().files.find((f) => f.kind === 'redirects')?.status).toBe('written');
    expect(redirectsYml()).toMatch(/^- from: \/a-moi\/\n {2}to: \/blog\/\n# Depuis le _redirects du site Jekyll\n- from: \/posts\//);
  });
});
