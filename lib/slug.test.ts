import { describe, expect, it } from 'vitest';
import { foldForMatch, isUrlSafeSlug, slugify } from './slug';

describe('slugify', () => {
  it('transliterates French accents to ASCII', () => {
    expect(slugify('évaluation')).toBe('evaluation');
    expect(slugify('interdisciplinarité')).toBe('interdisciplinarite');
    expect(slugify('écosystème')).toBe('ecosysteme');
    expect(slugify('pérennisation')).toBe('perennisation');
    expect(slugify('Œuvre à façon')).toBe('oeuvre-a-facon');
  });
  it('turns apostrophes, straight and curly, into separators', () => {
    expect(slugify("Entrepreneurs d'intérêt général")).toBe('entrepreneurs-d-interet-general');
    expect(slugify('l’équipe EIG')).toBe('l-equipe-eig');
  });
  it('lowers the case and joins words with dashes', () => {
    expect(slugify('Sophie Miljkovic')).toBe('sophie-miljkovic');
    expect(slugify('  Data  Science ! ')).toBe('data-science');
    expect(slugify('Évaluation')).toBe(slugify('évaluation'));
  });
  it('gives only URL-safe slugs', () => {
    for (const text of ['Rétrospective : les EIG2 font le bilan', 'open & design', '« guillemets »']) {
      expect(isUrlSafeSlug(slugify(text))).toBe(true);
    }
  });
});

describe('foldForMatch', () => {
  it('ignores case, accents and spacing', () => {
    expect(foldForMatch('  Équipe   EIG ')).toBe('equipe eig');
    expect(foldForMatch('Hélène')).toBe(foldForMatch('helene'));
  });
});

describe('isUrlSafeSlug', () => {
  it('accepts ASCII slugs, case kept, and refuses the others', () => {
    expect(isUrlSafeSlug('retrospective-defis-eig2')).toBe(true);
    expect(isUrlSafeSlug('Mon-Article_2.0')).toBe(true);
    expect(isUrlSafeSlug('évaluation')).toBe(false);
    expect(isUrlSafeSlug('mon article')).toBe(false);
    expect(isUrlSafeSlug('-tiret')).toBe(false);
  });
});
