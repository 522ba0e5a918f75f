import { describe, expect, it } from 'vitest';
import type { FileLookup } from './images';
import { checkBody } from './body-checks';
import { parsePost } from './post';

/** public/ holds only /img/la.jpg and /img/été.jpg. */
const files: FileLookup = {
  exists: (p) => ['/img/la.jpg', '/img/été.jpg'].includes(decodeURIComponent(p)),
  caseMatch: () => undefined,
  refused: () => undefined,
};
const ctx = { allowedTags: [], maxTags: 4, files };

/** A post checked as `npm run check` does: front matter, then body; publishable when neither has an error. */
function post(frontMatter: string, body: string) {
  const text = `---\ntitle: T\ndescription: D\nauthor: A\n${frontMatter}\n---\n${body}\n`;
  const parsed = parsePost('posts/2018-09-24-x.md', text, ctx);
  const problems = [...parsed.problems, ...(parsed.source ? checkBody(parsed.source, files).problems : [])];
  return { post: problems.some((p) => p.severity === 'error') ? undefined : parsed.post, problems };
}

describe('known_missing', () => {
  it('keeps a missing image an error when the post does not list it', () => {
    const { post: parsed, problems } = post('image: /img/perdue.jpg\nimage_alt: Une photo perdue', '![Photo](/img/autre.png)');
    expect(parsed).toBeUndefined();
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ['error', 'image /img/perdue.jpg introuvable'],
      ['error', 'image /img/autre.png introuvable'],
    ]);
  });

  it('turns a listed missing cover and body image into warnings at their lines', () => {
    const { post: parsed, problems } = post(
      'image: /img/perdue.jpg\nknown_missing:\n  - /img/perdue.jpg\n  - /img/autre.png',
      'Texte\n\n![Photo](/img/autre.png)',
    );
    // The post is published without the cover it never had, rather than with a broken image.
    expect(parsed).toBeDefined();
    expect(parsed?.image).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', line: 5, message: '/img/perdue.jpg introuvable : manquant connu depuis l’import' }),
      expect.objectContaining({ severity: 'warning', line: 12, message: '/img/autre.png introuvable : manquant connu depuis l’import' }),
    ]);
  });

  it('still reports a new broken reference beside the known ones as an error', () => {
    const { post: parsed, problems } = post('known_missing: [/img/perdue.jpg]', '![Photo](/img/perdue.jpg)\n![Photo](/img/nouvelle.jpg)');
    expect(parsed).toBeUndefined();
    expect(problems.map((p) => p.severity).sort()).toEqual(['error', 'warning']);
    expect(problems.find((p) => p.severity === 'error')?.message).toBe('image /img/nouvelle.jpg introuvable');
  });

  it('warns on its own line for an entry no image refers to, such as a lost PDF', () => {
    const { post: parsed, problems } = post('known_missing:\n  - /docs/rapport.pdf', '[le rapport](/docs/rapport.pdf)');
    expect(parsed).toBeDefined();
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', line: 6, message: '/docs/rapport.pdf introuvable : manquant connu depuis l’import' }),
    ]);
  });

  it('matches URL-encoded references to accented entries', () => {
    const { problems } = post('known_missing: [/img/d%C3%A9j%C3%A0.jpg]', '![Photo](/img/déjà.jpg)');
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: '/img/déjà.jpg introuvable : manquant connu depuis l’import' })]);
  });

  it('asks to remove an entry whose file exists now', () => {
    const { post: parsed, problems } = post('known_missing: [/img/la.jpg]', '![Photo](/img/la.jpg)');
    expect(parsed).toBeDefined();
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: 'known_missing liste /img/la.jpg, qui existe maintenant', fix: 'retirez-le de known_missing' }),
    ]);
  });

  it('rejects a known_missing that is not a list', () => {
    const { problems } = post('known_missing: /img/perdue.jpg', 'Texte');
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/^`known_missing` : expected array/) })]);
  });
});
