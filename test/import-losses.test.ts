import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importInto } from './import-into';

const ROOT = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'import-losses-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('what the blog will not show of an imported post', () => {
  it('is a problem of the report at its line of the Jekyll file: scripts, embeds of other hosts, styles', () => {
    const site = path.join(dir, 'site');
    mkdirSync(path.join(site, '_posts'), { recursive: true });
    writeFileSync(path.join(site, '_config.yml'), 'title: T\n');
    writeFileSync(
      path.join(site, '_posts/2020-01-01-a.md'),
      [
        '---',
        'title: A',
        'author: Léa',
        '---',
        'Avant',
        '',
        '<script src="https://gist.github.com/x/1.js"></script>',
        '',
        '<iframe src="https://player.example.com/v/1" width="500"></iframe>',
        '',
        '<p style="color: red">Fin</p>',
        '',
      ].join('\n'),
    );
    const report = importInto(site, path.join(dir, 'out'), { root: ROOT });
    expect(report.problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`)).toEqual([
      '2020-01-01-a.md:7: <script> retiré avec son contenu : un article ne peut pas exécuter de script',
      '2020-01-01-a.md:11: style retiré de <p> : un article ne porte pas de styles à lui : le site le met en page',
      expect.stringMatching(/^2020-01-01-a\.md:9: l’iframe https:\/\/player\.example\.com\/v\/1 est montrée comme un lien/),
    ]);
  });
});
