import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readAllowedTags } from '../../lib/content/tags-file';

/**
 * A deterministic corpus with the features of real posts: covers and body images, accented
 * tags, raw HTML, an embed, long and short posts, several authors, a few MDX posts.
 * The same `count` and `seed` always give the same files.
 */

/** mulberry32: a tiny seeded PRNG, so that runs are comparable. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "administration défi données entrepreneurs intérêt général équipe mentor projet usagers service public " +
  "transformation numérique expérimentation agents ministère plateforme ouverture code source algorithme " +
  "évaluation accompagnement promotion collectif design développement écosystème méthode pérennisation " +
  "partenariat recrutement réalisation témoignage archives santé environnement justice territoire sécurité " +
  "prototype itération recherche utilisateur interface tableau analyse modèle apprentissage qualité mission"
).split(' ');

const AUTHORS = [
  'Camille Martin', 'Léa Dubois', 'Hugo Bernard', 'Chloé Petit', 'Lucas Moreau',
  'Manon Laurent', 'Théo Lefèvre', 'Inès Garnier', 'Noé Faure', 'Zoé Rousseau',
];
const IMAGES = ['/img/blog/team-building.jpg', '/img/blog/win-fails-tableau.jpg'];

export interface CorpusOptions {
  count: number;
  dir: string;
  seed?: number;
}

export function writeCorpus({ count, dir, seed = 42 }: CorpusOptions): { posts: number; authors: number } {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = () => {
    const n = 8 + Math.floor(random() * 14);
    const words = Array.from({ length: n }, () => pick(WORDS));
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ');

  // The project's list: the corpus folder has no tags.yml of its own, so the check reads the same one.
  const ALLOWED_TAGS = readAllowedTags(path.resolve('content')).tags;
  mkdirSync(path.join(dir, 'posts'), { recursive: true });
  mkdirSync(path.join(dir, 'authors'), { recursive: true });
  AUTHORS.forEach((name, i) => {
    const slug = name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, '-');
    writeFileSync(path.join(dir, 'authors', `${slug}.md`), `---\nname: ${name}\n${i % 2 ? `twitter: auteur${i}\n` : ''}---\n\n${sentence()}\n`);
  });

  const start = Date.UTC(2016, 0, 1);
  for (let i = 0; i < count; i++) {
    const day = new Date(start + Math.floor((i * 3650 * 86_400_000) / Math.max(count, 1)));
    const ymd = day.toISOString().slice(0, 10);
    const mdx = i % 10 === 9;
    const long = random() < 0.3;
    const tags = [...new Set([pick(ALLOWED_TAGS), pick(ALLOWED_TAGS), pick(ALLOWED_TAGS)])].slice(0, 1 + Math.floor(random() * 3));
    const byline = random() < 0.2 ? `${pick(AUTHORS)} et ${pick(AUTHORS)}` : `${pick(AUTHORS)}, équipe EIG`;
    const image = pick(IMAGES);
    const sections = long ? 6 : 2;
    const body: string[] = [paragraph()];
    for (let s = 0; s < sections; s++) {
      body.push(`## ${sentence().slice(0, 60)}`, paragraph(), paragraph());
      if (s === 0) body.push(mdx ? `<Figure src="${pick(IMAGES)}" alt="Illustration ${i}" caption="${sentence()}" />` : `![Illustration ${i}](${pick(IMAGES)})\n_${sentence()}_`);
      if (s === 1 && !mdx) body.push(`Une ligne<br>puis une autre, et <img src="${pick(IMAGES)}" alt="Photo ${i}" style="width: 50%">`);
      if (s === 1 && i % 7 === 0) body.push(mdx ? `<VideoEmbed src="https://www.youtube-nocookie.com/embed/bench${i}" title="Vidéo ${i}" />` : `<iframe src="https://www.youtube-nocookie.com/embed/bench${i}" title="Vidéo ${i}" width="560" height="315"></iframe>`);
      if (s === 1 && mdx) body.push(`<Callout title="À retenir">${sentence()}</Callout>`);
      body.push(`* ${sentence()}\n* **${sentence()}**\n* [${pick(WORDS)}](https://www.etalab.gouv.fr/)`);
    }
    const front = [
      '---',
      `title: "${sentence().slice(0, 70).replace(/"/g, '')}"`,
      `description: "${sentence().replace(/"/g, '')}"`,
      `author: ${byline}`,
      `tags: [${tags.join(', ')}]`,
      `image: ${image}`,
      '---',
    ].join('\n');
    writeFileSync(path.join(dir, 'posts', `${ymd}-article-${String(i).padStart(5, '0')}.${mdx ? 'mdx' : 'md'}`), `${front}\n\n${body.join('\n\n')}\n`);
  }
  return { posts: count, authors: AUTHORS.length };
}
