import { describe, expect, it } from 'vitest';
import type { Author } from '../content/authors';
import { findAuthorData, isPeopleCollection, lookAlike, parseAuthorsData, parsePersonDoc, planProfiles, sameByline, type NearProfile } from './authors';

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

describe('sameByline: which bylines are one person', () => {
  it('merges spellings that differ by case, accents, spacing or punctuation', () => {
    expect(sameByline('Sophie Miljkovic', 'sophie  MILJKOVIĆ')).toBe('case');
    expect(sameByline('Jean-Marc Dupont', 'Jean Marc Dupont')).toBe('case');
  });

  it('merges one swapped, missing or extra letter in a long name of two words', () => {
    expect(sameByline('Sophie Miljkovic', 'Sophie Milkjovic')).toBe('swapped');
    expect(sameByline('Christophe Ninucci', 'Christophe Ninuci')).toBe('oneLetter');
    expect(sameByline('Christophe Ninucci', 'Christophe Ninnucci')).toBe('oneLetter');
  });

  it('never merges a replaced letter, short names, one-word names or two letters apart', () => {
    expect(sameByline('Jean Dupont', 'Jean Dupond')).toBeUndefined();
    expect(sameByline('Sophie Miljkovic', 'Sophie Miljkovik')).toBeUndefined();
    expect(sameByline('Ana Lopes', 'Ana Lopez')).toBeUndefined();
    expect(sameByline('Léa Roux', 'Léa Rouxx')).toBeUndefined();
    expect(sameByline('Anticonstitutionnel', 'Anticonstitutionel')).toBeUndefined();
    expect(sameByline('Sophie Miljkovic', 'Sophie Mijlkovci')).toBeUndefined();
  });

  it('still flags look-alikes it does not merge', () => {
    expect(lookAlike('Jean Dupont', 'Jean Dupond')).toBe(true);
    expect(lookAlike('Jean Dupont', 'Paul Dupont')).toBe(false);
  });
});

describe('planProfiles: merging bylines', () => {
  it('names the profile with the most used spelling and keeps the others as aliases', () => {
    const planned = planProfiles(
      [
        { source: 'a.md', byline: 'Christophe Ninuci' },
        { source: 'b.md', byline: 'Christophe Ninucci, équipe EIG' },
        { source: 'c.md', byline: 'Christophe Ninucci' },
        { source: 'd.md', byline: 'christophe ninucci' },
      ],
      [equipe],
      [],
    );
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ slug: 'christophe-ninucci', name: 'Christophe Ninucci', aliases: ['Christophe Ninuci'], source: 'a.md', posts: 4 });
    expect(planned[0]!.merges).toEqual([
      { alias: 'Christophe Ninuci', posts: 1, why: 'oneLetter' },
      { alias: 'christophe ninucci', posts: 1, why: 'case' },
    ]);
  });

  it("prefers the old site's spelling, and never merges two people of the old site", () => {
    const people = [
      { username: 'jdupont', name: 'Jean-Pierre Dupont', bio: 'Bio.' },
      { username: 'jdupont2', name: 'Jean-Pierre Duppont' },
    ];
    const planned = planProfiles(
      [
        { source: 'a.md', byline: 'Jean Pierre Dupontt' },
        { source: 'b.md', byline: 'Jean Pierre Dupontt' },
        { source: 'c.md', byline: 'Jean-Pierre Dupont' },
        { source: 'd.md', byline: 'Jean-Pierre Duppont' },
      ],
      [],
      people,
    );
    expect(planned.map((p) => [p.name, p.aliases, p.bio ?? null])).toEqual([
      ['Jean-Pierre Dupont', ['Jean Pierre Dupontt'], 'Bio.'],
      ['Jean-Pierre Duppont', [], null],
    ]);
  });

  it('leaves a byline nearly spelt as an existing profile to a person', () => {
    const near: NearProfile[] = [];
    const sophie: Author = { slug: 'sophie', name: 'Sophie Miljkovic', aliases: [], bio: '', hasProfile: true };
    expect(planProfiles([{ source: 'a.md', byline: 'Sophie Milkjovic' }], [sophie], [], near)).toEqual([]);
    expect(near).toEqual([{ name: 'Sophie Milkjovic', profile: sophie, source: 'a.md', why: 'swapped' }]);
  });
});

describe('the people collection', () => {
  it('is found by its name, or by documents that all look like people', () => {
    expect(isPeopleCollection('team', [{ data: {} }])).toBe(true);
    expect(isPeopleCollection('_authors', [{ data: {} }])).toBe(true);
    expect(isPeopleCollection('crew', [{ data: { name: 'A', photo: '/a.jpg' } }, { data: { name: 'B', github: 'b' } }])).toBe(true);
    expect(isPeopleCollection('projects', [{ data: { name: 'A', image: '/a.jpg' } }])).toBe(false);
    expect(isPeopleCollection('posts', [{ data: { name: 'A', photo: '/a.jpg' } }])).toBe(false);
  });

  it('reads a person: name or title, photo, links (also under links:), bio key or body', () => {
    const doc = parsePersonDoc('_team/jane.md', '---\ntitle: Jane Doe\nimage: /img/jane.png\nbio: "Data scientist."\nlinks:\n  twitter: "@jane"\n  github: https://github.com/jdoe/\n  url: not a url\n---\nIgnored body.\n');
    expect(doc).toEqual({
      username: 'jane',
      name: 'Jane Doe',
      twitter: '@jane',
      picture: '/img/jane.png',
      bio: 'Data scientist.',
      bioLine: 4,
      website: undefined,
      github: 'jdoe',
      source: '_team/jane.md',
    });
    expect(parsePersonDoc('_team/x.md', '---\nname: X\nwebsite: https://x.example.org\n---\n\nSon **parcours**.\n')).toMatchObject({ bio: '\nSon **parcours**.\n', bioLine: 5, website: 'https://x.example.org' });
    expect(parsePersonDoc('_team/y.md', 'no front matter')).toBeUndefined();
  });

  it('finds a person by file name, name or slug, ignoring case and accents', () => {
    const people = [{ username: 'smiljkovic', name: 'Sophie Miljković', otherUsernames: ['sophie'] }];
    expect(['smiljkovic', 'SOPHIE', 'sophie miljkovic', 'sophie-miljkovic'].map((n) => findAuthorData(n, people)?.username)).toEqual(['smiljkovic', 'smiljkovic', 'smiljkovic', 'smiljkovic']);
    expect(findAuthorData('Miljkovic', people)).toBeUndefined();
  });
});
