import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../check';
import { parseTagsFile, readAllowedTags } from './tags-file';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A content folder with one post whose tags are `tags`, and a tags.yml of `list` when given. */
function contentWith(tags: string[], list?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tags-file-'));
  temps.push(dir);
  mkdirSync(path.join(dir, 'content/posts'), { recursive: true });
  mkdirSync(path.join(dir, 'public'));
  writeFileSync(
    path.join(dir, 'content/posts/2020-01-01-x.md'),
    `---\ntitle: X\ndescription: Y.\nauthor: Camille Martin\ntags: [${tags.join(', ')}]\n---\n\nTexte.\n`,
  );
  if (list !== undefined) writeFileSync(path.join(dir, 'content/tags.yml'), list);
  return dir;
}

const check = (dir: string) =>
  checkContent({ root: dir, contentDir: path.join(dir, 'content'), publicDir: path.join(dir, 'public'), now: new Date('2026-01-01T00:00:00Z') });

describe('parseTagsFile', () => {
  it('reads a list of tags, numbers as text', () => {
    expect(parseTagsFile('tags.yml', '# comment\n- design\n- évaluation\n- 2024\n')).toEqual({ tags: ['design', 'évaluation', '2024'], problems: [] });
    expect(parseTagsFile('tags.yml', '')).toEqual({ tags: [], problems: [] });
  });

  it('refuses what is not a list, with the file and a fix', () => {
    expect(parseTagsFile('content/tags.yml', 'design: true\n').problems).toEqual([
      {
        file: 'content/tags.yml',
        line: 1,
        code: 'E140',
        severity: 'error',
        message: 'les étiquettes autorisées doivent être une liste',
        fix: 'écrivez une liste, une étiquette par ligne : `- évaluation`',
      },
    ]);
    expect(parseTagsFile('content/tags.yml', '- "design\n').problems).toEqual([
      expect.objectContaining({
        file: 'content/tags.yml',
        line: 2,
        code: 'E130',
        message: expect.stringMatching(/^erreur de syntaxe YAML : unexpected end of the stream/),
        fix: 'écrivez une liste, une étiquette par ligne : `- évaluation`',
      }),
    ]);
  });

  it('reports items that are not text, twice the same tag, two spellings of one page, with their lines', () => {
    const { tags, problems } = parseTagsFile('content/tags.yml', '- design\n- [a, b]\n- Design\n- evaluation\n- évaluation\n- design\n- "!!!"\n');
    expect(tags).toEqual(['design', 'evaluation']);
    expect(problems.map((p) => `${p.line}: [${p.code}] ${p.message}`)).toEqual([
      '2: [E141] l’élément 2 n’est pas une étiquette : une étiquette est du texte',
      '3: [E144] les étiquettes « design » et « Design » auraient la même page /tag/design/',
      '5: [E144] les étiquettes « evaluation » et « évaluation » auraient la même page /tag/evaluation/',
      '6: [E143] l’étiquette « design » est listée deux fois',
      '7: [E142] l’étiquette « !!! » n’a ni lettre ni chiffre pour faire l’adresse de sa page',
    ]);
  });
});

describe('the allowed tags of a content folder', () => {
  it("reads the folder's tags.yml, else the project's content/tags.yml", () => {
    const own = contentWith([], '- machine learning\n');
    expect(readAllowedTags(path.join(own, 'content'), own)).toMatchObject({ tags: ['machine learning'], file: 'content/tags.yml' });
    const none = contentWith([]);
    const project = readAllowedTags(path.join(none, 'content'), none);
    expect(project.tags).toContain('évaluation');
    expect(project.file).toBe(path.relative(none, path.resolve('content/tags.yml')));
  });

  it('is what npm run check checks the tags of posts against, and a mistake in it names the file', () => {
    const own = contentWith(['machine learning'], '- machine learning\n');
    expect(check(own).problems).toEqual([]);
    const project = contentWith(['machine learning']);
    expect(check(project).problems).toEqual([
      expect.objectContaining({ code: 'E027', message: 'tags[0] : « machine learning » n’est pas une étiquette autorisée', fix: expect.stringContaining('content/tags.yml les liste') }),
    ]);
    const broken = contentWith(['design'], '- design\n- Design\n');
    expect(check(broken).problems).toEqual([
      expect.objectContaining({ file: 'content/tags.yml', line: 2, code: 'E144', severity: 'error', message: 'les étiquettes « design » et « Design » auraient la même page /tag/design/' }),
    ]);
  });
});
