import { describe, expect, it } from 'vitest';
import { twitterHandle } from '../content/post';
import { deriveDescription, mapTags, serializeFile, tagList, titleFromSlug } from './front-matter';

const allowed = ['design', 'évaluation', 'outil', 'méthode'];

describe('tags', () => {
  it('reads a list or a space-separated string', () => {
    expect(tagList(['a', 2, null])).toEqual(['a', '2']);
    expect(tagList('a  b c')).toEqual(['a', 'b', 'c']);
    expect(tagList(undefined)).toEqual([]);
  });

  it('maps tags to allowed ones after case and accent folding, and keeps the rest aside', () => {
    const m = mapTags(['Design', 'evaluation', 'open-data', 'Outils'], [], allowed, 4);
    expect(m.tags).toEqual(['design', 'évaluation']);
    expect(m.imported).toEqual(['open-data', 'Outils']);
    expect(m.suggestions.get('Outils')).toBe('outil');
    expect(m.renamed).toEqual([{ from: 'Design', to: 'design' }, { from: 'evaluation', to: 'évaluation' }]);
  });

  it('keeps tags beyond the maximum aside, and adds categories only when they match', () => {
    const m = mapTags(['design', 'outil', 'méthode'], ['Évaluation', 'blog'], allowed, 2);
    expect(m.tags).toEqual(['design', 'outil']);
    expect(m.imported).toEqual(['méthode']);
  });
});

describe('derived values', () => {
  it('takes a description from the first paragraph of text, cut at a word', () => {
    const body = '\n## Titre\n\n![img](/a.jpg)\n\n```js\nx\n```\n\nUn *premier* [paragraphe](/x) <br> avec du `code`.\n\nLe second.';
    expect(deriveDescription(body)).toBe('Un premier paragraphe avec du code.');
    expect(deriveDescription('mot '.repeat(60), 20)).toBe('mot mot mot mot mot…');
    expect(deriveDescription('![](/a.jpg)')).toBeUndefined();
  });

  it('makes a title from a slug and a handle from what people wrote', () => {
    expect(titleFromSlug('retour-sur-eig2')).toBe('Retour sur eig2');
    expect(['@eig', 'https://twitter.com/eig', 'eig', 'pas un handle'].map(twitterHandle)).toEqual(['eig', 'eig', 'eig', undefined]);
  });

  it('writes front matter the same way every time, quoting what YAML would read as a date', () => {
    const text = serializeFile({ title: 'A: b', date: '2019-09-15', tags: ['x'] }, '\n\nTexte\n\n');
    expect(text).toBe('---\ntitle: "A: b"\ndate: "2019-09-15"\ntags:\n  - x\n---\n\nTexte\n');
  });
});
