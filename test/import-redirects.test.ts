import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/check';
import { importJekyll, type ImportReport } from '../lib/import';
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
const target = path.join(dir, 'target');
const run = (): ImportReport => {
  const result = importJekyll({ site, contentDir: path.join(target, 'content'), publicDir: path.join(target, 'public'), root: dir });
  if ('notASite' in result) throw new Error(result.notASite);
  return result.report;
};
const redirectsYml = () => readFileSync(path.join(target, 'content', 'redirects.yml'), 'utf8');

describe('import of the old site’s _redirects', () => {
  const first = run();

  it('writes the rules it keeps to content/redirects.yml and lists the one it cannot keep', () => {
    expect(redirectsYml()).toBe(
      '# From the _redirects of the Jekyll site\n- from: /posts/2019/03/12/code-et-liquid/\n  to: /blog/2019/03/12/code-et-liquid/\n- from: /blog.html\n  to: /blog/\n',
    );
    expect(first.files.find((f) => f.kind === 'redirects')?.status).toBe('written');
    expect(first.problems.filter((p) => p.file.endsWith('_redirects')).map((p) => [p.line, p.message])).toEqual([
      [3, 'rule "/defis/ /defis.html 301!" not kept: it leads to /defis.html, which this blog does not serve'],
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
    expect(redirectsYml()).toMatch(/^- from: \/a-moi\/\n {2}to: \/blog\/\n# From the _redirects of the Jekyll site\n- from: \/posts\//);
  });
});
