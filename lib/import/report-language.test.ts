import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { importInto } from '../../test/import-into';
import type { SiteConfig } from '../../site.config';
import { siteLang } from '../messages';
import { error, warning } from '../problems';
import { newPost, newProfile } from '../new-post';
import { tagsFileHeader } from '../content/tags-file';
import { cleanBody } from './body';
import { formatReport, importVerdict } from './report';

// An English site: lib/messages reads the first of `languages` in site.config.ts when it loads, and the report speaks it.
vi.mock('../../site.config', async (importOriginal) => {
  const { siteConfig } = await importOriginal<{ siteConfig: SiteConfig }>();
  return { siteConfig: { ...siteConfig, languages: [{ code: 'en', locale: 'en_GB' }, { code: 'fr', locale: 'fr_FR' }] } };
});

const ROOT = path.resolve(import.meta.dirname, '../..');
const target = mkdtempSync(path.join(tmpdir(), 'import-report-en-'));
afterAll(() => rmSync(target, { recursive: true, force: true }));

describe('the import report of an English site', () => {
  const report = importInto(path.join(ROOT, 'test/fixtures/jekyll-site'), target, { root: ROOT, dryRun: true });
  const text = formatReport(report);

  it('is in English, from the first language of site.config.ts', () => {
    expect(siteLang).toBe('en');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Import of the Jekyll site test/fixtures/jekyll-site (dry run: nothing written)');
    expect(lines).toContain('Posts:');
    expect(lines).toContain('Author profiles:');
    expect(lines).toContain('Files copied into public/:');
    expect(lines.find((l) => l.includes('18-09-24-retrospective-atelier.md'))).toMatch(/^ {2}to write {3}\S+\/content\/posts\/18-09-24-retrospective-atelier\.md {2}\(from _posts\/18-09-24-retrospective-atelier\.md\)$/);
    expect(lines.find((l) => l.includes('_2020-09-01-idee-en-cours.md'))).toMatch(/\.md \[draft\] {2}\(from _drafts\/idee-en-cours\.md\)$/);
    expect(lines).toContain('9 posts imported (3 drafts, not published), 5 files copied; 21 to write, 0 unchanged, 1 skipped');
    expect(lines).toContain('Skipped (1):');
    expect(lines).toContain('  test/fixtures/jekyll-site/_posts/notes.txt: warning: [W200] not imported: only Markdown posts are');
    expect(lines).toContain('      fix: convert it to Markdown to import it, or copy it by hand');
    expect(text).toMatch(/^Fixes made \(\d+\), to review:$/m);
    expect(text).toMatch(/^Problems left \(\d+\), for a person to look at:$/m);
  });

  it('says in English what it fixed and what is left, with the codes of the French report', () => {
    const lines = text.split('\n');
    const site = 'test/fixtures/jekyll-site';
    expect(lines).toContain(`  ${site}/_posts/2019-09-15-sans-titre.md: warning: [W232] no title: "Sans titre", from the file name`);
    expect(lines).toContain(`  ${site}/_posts/2019-09-15-sans-titre.md: warning: [W242] no author: the site's author "équipe EIG" is used`);
    expect(lines).toContain(`  ${site}/_posts/18-09-24-retrospective-atelier.md:8: warning: [W236] tag "evaluation" written as the allowed tag "évaluation"`);
    expect(lines).toContain(`  ${site}/_posts/2019-03-12-code-et-liquid.markdown:12: warning: [W251] {% highlight python %} turned into a fenced code block`);
    expect(lines).toContain(`  ${site}/_posts/2020-05-05-trop-de-tags.md:9: warning: [W228] http://example.org/logo.png → https://example.org/logo.png: now asked over https (the site only loads https images); check it loads`);
    expect(lines).toContain(`  ${site}/_posts/2019-03-12-code-et-liquid.markdown:19: warning: [W211] Liquid {% include video.html id="abc" %} removed: it has no equivalent here`);
    expect(lines).toContain('      fix: Liquid includes do not exist here: paste the included HTML or use an MDX component');
    expect(lines).toContain(`  ${site}/_posts/2020-05-05-trop-de-tags.md:6: warning: [W209] tag "international" is beyond the 4 tags a post may have: kept in imported_tags`);
    expect(lines).toContain('      fix: to show it, put it in tags in place of one of "accompagnement", "méthode", "recrutement", "partenariat"; then remove it from imported_tags');
    // No French word of the importer's own in the English report.
    expect(text).not.toMatch(/ : (avertissement|erreur) : |non importé|écrit comme|retiré|à faire/);
  });

  it('ends with the verdict in English', () => {
    expect(importVerdict([warning('a.md', 'x')])).toBe('npm run check on the imported site: 0 errors, 1 warning. It builds.');
    expect(importVerdict([error('a.md', 'x'), error('b.md', 'y')])).toBe('npm run check on the imported site: 2 errors, 0 warnings. It does not build until the errors below are fixed.');
  });

  it('is in French when asked, whatever the site', () => {
    const lines = formatReport(report, 'fr').split('\n');
    expect(lines[0]).toBe('Import du site Jekyll test/fixtures/jekyll-site (essai : rien n’est écrit)');
    expect(lines).toContain('9 articles importés (3 brouillons, non publiés), 5 fichiers copiés ; 21 à écrire, 0 inchangé, 1 ignoré');
    // The findings keep the words they were made with, the site's; their codes are the same in both.
    expect(lines).toContain('Ignorés (1) :');
    expect(lines).toContain('  test/fixtures/jekyll-site/_posts/notes.txt : avertissement : [W200] not imported: only Markdown posts are');
    expect(lines).toContain('  test/fixtures/jekyll-site/_posts/2019-09-15-sans-titre.md : avertissement : [W232] no title: "Sans titre", from the file name');
  });

  it('writes its comments into files in English too: imported bodies, a new tags.yml, `npm run new`', () => {
    expect(cleanBody('Before\n{% include video.html id="a" %}\nAfter', 1).text).toBe('Before\n<!-- Jekyll: include video.html id="a" (not imported) -->\nAfter');
    expect(tagsFileHeader()).toMatch(/^# The tags a post may have/);
    const post = newPost('A new post', { year: 2026, month: 12, day: 1 }, { author: 'Camille Martin', tags: ['design'], maxTags: 4 })!.text;
    expect(post).toContain('description: "To complete: one or two sentences that sum up the post."');
    expect(post).toContain('# Remove the next line to publish.\ndraft: true');
    expect(post).toContain('# Up to 4 of: design');
    expect(newProfile('Camille Martin')!.text).toContain('# Other spellings of the byline: aliases: [C. Martin]');
    // Not a French word of the templates left.
    expect(post + newProfile('Camille Martin')!.text + tagsFileHeader()).not.toMatch(/[àéèêùç’]|Retirez|Jusqu/);
  });
});
