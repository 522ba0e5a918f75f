import { describe, expect, it } from 'vitest';
import { parseTagsFile } from '../content/tags-file';
import { mapTags, normaliseTag } from './front-matter';
import { siteTags, withAddedTags } from './tags';

const post = (tags: string) => `---\ntitle: X\ntags: ${tags}\n---\nTexte.\n`;

describe('the tags of the old site', () => {
  it('normalises case and spaces as this site writes tags', () => {
    expect(normaliseTag('  Machine\u00a0 Learning ')).toBe('machine learning');
    expect(normaliseTag('Évaluation')).toBe('évaluation');
  });

  it('counts the posts of each tag, spellings of one tag page together, most used first', () => {
    const tags = siteTags(
      [post('[Machine Learning, Design]'), post('[machine-learning]'), post('"Machine  Learning open-data"'), post('[Machine Learning, machine learning]'), post('[évaluation]')],
      ['design', 'évaluation'],
    );
    expect(tags).toEqual([
      // The most used spelling, normalised; "Machine Learning" twice in one post counts that post once.
      { name: 'machine learning', count: 3, spellings: [{ written: 'Machine Learning', count: 2 }, { written: 'machine-learning', count: 1 }], status: 'not allowed' },
      { name: 'design', count: 1, spellings: [{ written: 'Design', count: 1 }], status: 'allowed' },
      // A string is split on spaces, as Jekyll does.
      { name: 'machine', count: 1, spellings: [{ written: 'Machine', count: 1 }], status: 'not allowed' },
      { name: 'learning', count: 1, spellings: [{ written: 'Learning', count: 1 }], status: 'not allowed' },
      { name: 'open-data', count: 1, spellings: [], status: 'not allowed' },
      { name: 'évaluation', count: 1, spellings: [], status: 'allowed' },
    ]);
  });

  it('takes every tag as allowed when the site has no list, and a tag with no letter as having no page', () => {
    expect(siteTags([post('[Open, "!!!"]')], []).map((t) => [t.name, t.status])).toEqual([
      ['open', 'allowed'],
      ['!!!', 'no address'],
    ]);
  });
});

describe('adding tags to tags.yml', () => {
  it('appends to the file as it is, comments kept, so that it reads back as the list plus the new tags', () => {
    const current = '# Nos tags\n- design\n- évaluation';
    const text = withAddedTags(current, ['design', 'évaluation'], ['machine learning', 'open-data'], 'From the Jekyll site');
    expect(text).toBe('# Nos tags\n- design\n- évaluation\n# From the Jekyll site\n- machine learning\n- open-data\n');
    expect(parseTagsFile('tags.yml', text!).tags).toEqual(['design', 'évaluation', 'machine learning', 'open-data']);
    expect(withAddedTags(current, [], [], 'x')).toBe(current);
  });

  it('starts a new file with the list the import used', () => {
    const text = withAddedTags(undefined, ['design'], ['open-data'], 'From the Jekyll site');
    expect(text).toMatch(/^# Les étiquettes qu’un article peut porter/);
    expect(parseTagsFile('tags.yml', text!).tags).toEqual(['design', 'open-data']);
  });

  it('adds nothing to a file it cannot append to safely', () => {
    expect(withAddedTags('[design, outil]\n', ['design', 'outil'], ['open-data'], 'x')).toBeUndefined();
    expect(withAddedTags('- design\n- Design\n', ['design'], ['open-data'], 'x')).toBeUndefined();
  });
});

describe('tags beyond the maximum', () => {
  it('are kept aside and told apart from tags that are not allowed', () => {
    const m = mapTags(['design', 'outil', 'open-data', 'méthode'], [], ['design', 'outil', 'méthode'], 2);
    expect(m.tags).toEqual(['design', 'outil']);
    expect(m.imported).toEqual(['open-data', 'méthode']);
    expect(m.overLimit).toEqual(['méthode']);
  });
});
