import { describe, expect, it } from 'vitest';
import { foldForMatch, isUrlSafeSlug, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['évaluation', 'evaluation'],
    ['interdisciplinarité', 'interdisciplinarite'],
    ['écosystème', 'ecosysteme'],
    ['Sophie Miljkovic', 'sophie-miljkovic'],
    ["Titre de l'article", 'titre-de-l-article'],
    ['Équipe EIG', 'equipe-eig'],
    ['  Œuvre & co ! ', 'oeuvre-et-co'],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
    expect(isUrlSafeSlug(slug)).toBe(true);
  });
});

describe('foldForMatch', () => {
  it('ignores case, accents and spacing', () => {
    expect(foldForMatch('  Équipe   EIG ')).toBe('equipe eig');
  });
});

describe('isUrlSafeSlug', () => {
  it('keeps case but refuses accents and spaces', () => {
    expect(isUrlSafeSlug('Retrospective-EIG2')).toBe(true);
    expect(isUrlSafeSlug('rétrospective')).toBe(false);
    expect(isUrlSafeSlug('deux mots')).toBe(false);
  });
});
