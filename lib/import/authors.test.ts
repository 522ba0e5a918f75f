import { describe, expect, it } from 'vitest';
import type { Author } from '../content/authors';
import { parseAuthorsData, planProfiles } from './authors';

const equipe: Author = { slug: 'equipe-eig', name: 'Équipe EIG', aliases: ['équipe EIG'], bio: '', hasProfile: true };
const data = parseAuthorsData({ pcam: { name: 'Pierre Camilleri', twitter: '@pcam', picture: '/img/p.jpg' }, solo: 'Jeanne Dupont' });

describe('planProfiles', () => {
  it('creates one profile per person or team a byline names, reusing existing profiles', () => {
    const planned = planProfiles(
      [
        { source: 'a.md', byline: 'Sophie Miljkovic, équipe EIG', twitter: 'sophie' },
        { source: 'b.md', byline: 'Pierre Camilleri, Christophe Ninucci', twitter: 'christophe' },
        { source: 'c.md', byline: 'A. Martin et B. Petit (équipe EIG)' },
        { source: 'd.md', byline: 'sophie miljkovic' },
      ],
      [equipe],
      data,
    );
    expect(planned.map((p) => [p.slug, p.name, p.twitter ?? null, p.source])).toEqual([
      ['sophie-miljkovic', 'Sophie Miljkovic', 'sophie', 'a.md'],
      ['pierre-camilleri', 'Pierre Camilleri', 'pcam', 'b.md'],
      ['christophe-ninucci', 'Christophe Ninucci', null, 'b.md'],
      ['a-martin', 'A. Martin', null, 'c.md'],
      ['b-petit', 'B. Petit', null, 'c.md'],
    ]);
    expect(planned[1]).toMatchObject({ picture: '/img/p.jpg', twitterFrom: 'data' });
  });

  it('reads _data/authors.yml entries written as text', () => {
    expect(data[1]).toEqual({ username: 'solo', name: 'Jeanne Dupont', twitter: undefined, picture: undefined });
  });
});
