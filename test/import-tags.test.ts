import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/check';
import { importJekyll } from '../lib/import';
import { formatReport } from '../lib/import/report';
import { errorsOf } from '../lib/problems';
import { writeSiteFile } from './import-into';

const ROOT = path.resolve(import.meta.dirname, '..');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-tags-'));
  temps.push(dir);
  return dir;
};

/** A theme's demo blog: none of its tags is allowed here. */
function demoBlog(): string {
  const site = temp();
  const write = (rel: string, text: string) => writeSiteFile(site, rel, text);
  write('_config.yml', 'title: Demo\n');
  const post = (name: string, tags: string) => write(`_posts/${name}.md`, `---\ntitle: ${name}\ndescription: D.\nauthor: Jane Doe\ntags: ${tags}\n---\nTexte.\n`);
  post('2020-01-01-a', '[Jekyll, Markdown, "Machine Learning"]');
  post('2020-01-02-b', 'jekyll markdown');
  post('2020-01-03-c', '[jekyll, machine-learning, Design, sample, demo, update]');
  return site;
}

const importTo = (site: string, out: string, addTags: boolean, dryRun = false) => {
  const result = importJekyll({ site, contentDir: path.join(out, 'content'), publicDir: path.join(out, 'public'), root: ROOT, addTags, dryRun });
  if ('notASite' in result) throw new Error(result.notASite);
  return result.report;
};
const check = (out: string) => checkContent({ contentDir: path.join(out, 'content'), publicDir: path.join(out, 'public'), root: ROOT, now: new Date('2026-01-01T00:00:00Z') });

describe('the old site\'s tags', () => {
  const site = demoBlog();

  it('are listed in the report with their counts, and without --add-tags kept in imported_tags', () => {
    const out = temp();
    const report = importTo(site, out, false);
    const text = formatReport(report);
    expect(text).toContain('\nÉtiquettes de l’ancien site (7 étiquettes, 11 usages), les plus utilisées d’abord. Lues comme ce site écrit les étiquettes');
    expect(text).toMatch(/^ {5}3 {2}jekyll +non autorisée : gardée dans imported_tags {2}\(écrite « Jekyll » ×1\)$/m);
    expect(text).toMatch(/^ {5}2 {2}machine learning +non autorisée : gardée dans imported_tags {2}\(écrite « Machine Learning » ×1, « machine-learning » ×1\)$/m);
    expect(text).toMatch(/^ {5}1 {2}design +autorisée {2}\(écrite « Design » ×1\)$/m);
    expect(text).toMatch(/^ {2}6 étiquettes non autorisées ici : relancez l’import avec --add-tags pour les ajouter à \S*content\/tags\.yml, afin que les articles les gardent\.$/m);
    expect(readFileSync(path.join(out, 'content/posts/2020-01-01-a.md'), 'utf8')).toContain('imported_tags:\n  - Jekyll\n  - Markdown\n  - Machine Learning\n');
    expect(errorsOf(check(out).problems)).toEqual([]);
  });

  it('are added to the target\'s tags.yml with --add-tags, and the posts keep them, normalised', () => {
    const out = temp();
    const report = importTo(site, out, true);
    const tagsYml = readFileSync(path.join(out, 'content/tags.yml'), 'utf8');
    // The project's list, then the old site's tags that it lacked.
    expect(tagsYml).toContain('- témoignage\n# Depuis le site Jekyll (import:jekyll --add-tags)\n- jekyll\n- markdown\n- machine learning\n- sample\n- demo\n- update\n');
    expect(report.files.find((f) => f.kind === 'tags')).toMatchObject({ status: 'written', target: path.relative(ROOT, path.join(out, 'content/tags.yml')) });
    expect(formatReport(report)).toMatch(/^ {5}3 {2}jekyll +ajoutée à .*content\/tags\.yml {2}\(écrite « Jekyll » ×1\)$/m);
    expect(readFileSync(path.join(out, 'content/posts/2020-01-01-a.md'), 'utf8')).toContain('tags:\n  - jekyll\n  - markdown\n  - machine learning\n');
    expect(readFileSync(path.join(out, 'content/posts/2020-01-02-b.md'), 'utf8')).toContain('tags:\n  - jekyll\n  - markdown\n');
    expect(report.fixes).toContainEqual(expect.objectContaining({ code: 'W236', message: 'étiquette « Machine Learning » écrite comme l’étiquette autorisée « machine learning »' }));
    // Beyond the four tags a post may have: kept aside and reported for that post, never dropped.
    const c = readFileSync(path.join(out, 'content/posts/2020-01-03-c.md'), 'utf8');
    expect(c).toContain('tags:\n  - jekyll\n  - machine learning\n  - design\n  - sample\n');
    expect(c).toContain('imported_tags:\n  - demo\n  - update\n');
    expect(report.problems.filter((p) => p.file.endsWith('2020-01-03-c.md')).map((p) => [p.code, p.message])).toEqual([
      ['W209', 'l’étiquette « demo » dépasse les 4 étiquettes qu’un article peut avoir : gardée dans imported_tags'],
      ['W209', 'l’étiquette « update » dépasse les 4 étiquettes qu’un article peut avoir : gardée dans imported_tags'],
    ]);
    const checked = check(out);
    expect(errorsOf(checked.problems)).toEqual([]);
    expect(checked.posts).toBe(3);
    // Run again: the list has them now, and nothing changes.
    const again = importTo(site, out, true);
    expect(again.files.filter((f) => f.status !== 'unchanged')).toEqual([]);
    expect(readFileSync(path.join(out, 'content/tags.yml'), 'utf8')).toBe(tagsYml);
  });

  it('are appended to a tags.yml the target has, edited or not', () => {
    const out = temp();
    mkdirSync(path.join(out, 'content'), { recursive: true });
    writeFileSync(path.join(out, 'content/tags.yml'), '# Mes tags\n- design\n- jekyll\n');
    const report = importTo(site, out, true);
    expect(readFileSync(path.join(out, 'content/tags.yml'), 'utf8')).toBe(
      '# Mes tags\n- design\n- jekyll\n# Depuis le site Jekyll (import:jekyll --add-tags)\n- markdown\n- machine learning\n- sample\n- demo\n- update\n',
    );
    expect(report.tags.find((t) => t.name === 'jekyll')?.status).toBe('allowed');
  });

  it('are refused, and reported, when tags.yml cannot be appended to', () => {
    const out = temp();
    mkdirSync(path.join(out, 'content'), { recursive: true });
    writeFileSync(path.join(out, 'content/tags.yml'), '[design]\n');
    const report = importTo(site, out, true);
    expect(readFileSync(path.join(out, 'content/tags.yml'), 'utf8')).toBe('[design]\n');
    expect(report.problems).toContainEqual(expect.objectContaining({ file: path.relative(ROOT, path.join(out, 'content/tags.yml')), code: 'E211', message: expect.stringContaining('les étiquettes de l’ancien site n’ont pas été ajoutées : ') }));
    expect(errorsOf(check(out).problems)).toEqual([]);
  });

  it('are added by the command with --add-tags, and the target builds', () => {
    const out = temp();
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/import-jekyll.ts'), site, '--target', out, '--add-tags'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('\nÉtiquettes autorisées :\n');
    expect(result.stdout).toMatch(/\nnpm run check sur le site importé : 0 erreur, \d+ avertissements?\. Il peut être publié\.\n/);
  });
});
