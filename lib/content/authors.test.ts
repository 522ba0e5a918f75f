import { describe, expect, it } from 'vitest';
import { bylineAuthor, resolveByline, splitByline, type Author } from './authors';
import { buildIndex } from './build-index';
import { parsePost, type Post } from './post';

const profile = (slug: string, name: string, aliases: string[] = []): Author => ({
  slug,
  name,
  aliases,
  bio: '',
  hasProfile: true,
});
const mathilde = profile('mathilde-bras', 'Mathilde Bras');
const equipe = profile('equipe-eig', 'Équipe EIG', ['équipe EIG', "l'équipe EIG", "équipe Entrepreneurs d'intérêt général"]);
const known = [mathilde, equipe];

describe('splitByline', () => {
  it('splits on commas, `et`, `&` and parentheses', () => {
    expect(splitByline('Sophie Miljkovic, équipe EIG')).toEqual(['Sophie Miljkovic', 'équipe EIG']);
    expect(splitByline('Pierre Camilleri, Christophe Ninucci')).toEqual(['Pierre Camilleri', 'Christophe Ninucci']);
    expect(splitByline('Anne Dupont et Paul Martin (équipe EIG)')).toEqual(['Anne Dupont', 'Paul Martin', 'équipe EIG']);
    expect(splitByline('Anne Dupont & Paul Martin; Léa Petit')).toEqual(['Anne Dupont', 'Paul Martin', 'Léa Petit']);
  });
  it('keeps a single name whole, and names that merely contain "et"', () => {
    expect(splitByline('Mathilde Bras')).toEqual(['Mathilde Bras']);
    expect(splitByline('Pierre-Etienne Bonnet')).toEqual(['Pierre-Etienne Bonnet']);
    expect(splitByline('Juliette Bretagne')).toEqual(['Juliette Bretagne']);
  });
  it('leaves out roles, which say what someone is, not who', () => {
    expect(splitByline('Sophie Miljkovic, équipe EIG et Laurie Chapotte, EIG  ')).toEqual(['Sophie Miljkovic', 'équipe EIG', 'Laurie Chapotte']);
    expect(splitByline('Jean-Baptiste Le Dévéhat, EIG Link')).toEqual(['Jean-Baptiste Le Dévéhat']);
    expect(splitByline('Anne Dupont (EIG 2), Paul Martin, mentor')).toEqual(['Anne Dupont', 'Paul Martin']);
  });
  it('drops a leading "par"', () => {
    expect(splitByline('par Mathilde Bras')).toEqual(['Mathilde Bras']);
  });
});

describe('resolveByline', () => {
  it('finds profiles by name or alias, ignoring case and accents', () => {
    expect(resolveByline('MATHILDE bras', known)).toEqual({ authors: [mathilde], unknown: [] });
    expect(resolveByline('equipe eig', known)).toEqual({ authors: [equipe], unknown: [] });
    expect(resolveByline("L'Équipe EIG", known)).toEqual({ authors: [equipe], unknown: [] });
  });
  it('resolves each name of a byline, and leaves the unknown ones by name', () => {
    expect(resolveByline('Sophie Miljkovic, équipe EIG', known)).toEqual({
      authors: [equipe],
      unknown: ['Sophie Miljkovic'],
    });
    expect(resolveByline('Pierre Camilleri, Christophe Ninucci', known)).toEqual({
      authors: [],
      unknown: ['Pierre Camilleri', 'Christophe Ninucci'],
    });
    expect(resolveByline('Mathilde Bras et Paul Martin (équipe EIG)', known)).toEqual({
      authors: [mathilde, equipe],
      unknown: ['Paul Martin'],
    });
  });
  it('lists an author once even if named twice', () => {
    expect(resolveByline('Mathilde Bras, mathilde bras', known).authors).toEqual([mathilde]);
  });
});

describe('bylineAuthor', () => {
  it('gives an unknown name an author of its own with an ASCII slug', () => {
    expect(bylineAuthor('Sophie Miljković')).toEqual({
      slug: 'sophie-miljkovic',
      name: 'Sophie Miljković',
      aliases: [],
      bio: '',
      hasProfile: false,
    });
  });
});

describe('authors in the index', () => {
  const files = { exists: () => true, caseMatch: () => undefined, refused: () => undefined };
  const post = (file: string, authorLine: string): Post => {
    const text = `---\ntitle: T\ndescription: D\n${authorLine}\n---\n\nTexte.\n`;
    const { post: parsed, problems } = parsePost(file, text, { allowedTags: [], maxTags: 4, files });
    expect(problems).toEqual([]);
    return parsed!;
  };

  it('links bylines to profiles and gives each unknown name one shared page', () => {
    const posts = [
      post('posts/2018-09-24-a.md', 'author: Sophie Miljkovic, équipe EIG'),
      post('posts/2018-09-25-b.md', 'author: sophie miljkovic'),
      post('posts/2018-09-26-c.md', 'authors: [mathilde-bras, equipe-eig]'),
    ];
    const index = buildIndex(posts, known, { now: new Date('2026-01-01'), showUnpublished: false });
    expect(index.problems).toEqual([]);
    const [a, b, c] = posts;
    expect(a!.authors.map((x) => x.slug)).toEqual(['equipe-eig', 'sophie-miljkovic']);
    expect(b!.authors.map((x) => x.slug)).toEqual(['sophie-miljkovic']);
    expect(c!.authors).toEqual([mathilde, equipe]);
    expect(c!.byline).toBe('Mathilde Bras, Équipe EIG');
    expect(index.authors.map((x) => [x.slug, x.count, x.hasProfile])).toEqual([
      ['equipe-eig', 2, true],
      ['mathilde-bras', 1, true],
      ['sophie-miljkovic', 2, false],
    ]);
  });
});
