import { describe, expect, it } from 'vitest';
import { resolveByline, splitByline, type Author } from './authors';

const profile = (slug: string, name: string, aliases: string[] = []): Author => ({ slug, name, aliases, bio: '', hasProfile: true });
const known = [profile('mathilde-bras', 'Mathilde Bras', ['M. Bras']), profile('equipe-eig', 'Équipe EIG', ['équipe EIG', "l'équipe EIG"])];

describe('splitByline', () => {
  it.each([
    ['Sophie Miljkovic, équipe EIG', ['Sophie Miljkovic', 'équipe EIG']],
    ['Pierre Camilleri, Christophe Ninucci', ['Pierre Camilleri', 'Christophe Ninucci']],
    ['A et B (équipe EIG)', ['A', 'B', 'équipe EIG']],
    ['Par Mathilde Bras & Jean Dupont', ['Mathilde Bras', 'Jean Dupont']],
  ])('%s', (byline, names) => {
    // One-letter names are not names: `A et B` keeps them out.
    expect(splitByline(byline)).toEqual(names.filter((n) => n.length > 1));
  });
});

describe('resolveByline', () => {
  it('finds profiles by name or alias, ignoring case and accents', () => {
    const { authors, unknown } = resolveByline('mathilde bras, EQUIPE eig', known);
    expect(authors.map((a) => a.slug)).toEqual(['mathilde-bras', 'equipe-eig']);
    expect(unknown).toEqual([]);
  });

  it('keeps names without a profile, so that they get a page of their own', () => {
    const { authors, unknown } = resolveByline('Sophie Miljkovic, équipe EIG', known);
    expect(authors.map((a) => a.slug)).toEqual(['equipe-eig']);
    expect(unknown).toEqual(['Sophie Miljkovic']);
  });

  it('matches whole words only', () => {
    const { authors } = resolveByline('Mathilde Braskov', known);
    expect(authors).toEqual([]);
  });
});
