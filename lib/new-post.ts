import type { DayParts } from './dates';
import { slugify } from './slug';

/** What `npm run new` writes: a dated file name and front matter to fill in, as a draft. */
export interface NewPost {
  fileName: string;
  text: string;
}

export const DESCRIPTION_PLACEHOLDER = 'À compléter : une ou deux phrases qui résument l’article.';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The file of a new post titled `title`, dated `day`. Returns undefined when the title has
 * nothing a URL can be made of. The front matter is valid as written, so that the preview
 * shows the draft at once; `draft: true` keeps it out of the site until the author removes it.
 */
export function newPost(title: string, day: DayParts, options: { author: string; tags: readonly string[]; maxTags: number }): NewPost | undefined {
  const clean = title.trim().replace(/\s+/g, ' ');
  const slug = slugify(clean);
  if (!slug) return undefined;
  const iso = `${day.year}-${pad(day.month)}-${pad(day.day)}`;
  const text = [
    '---',
    // JSON strings are valid YAML double-quoted strings: quotes and colons in titles stay safe.
    `title: ${JSON.stringify(clean)}`,
    `description: ${JSON.stringify(DESCRIPTION_PLACEHOLDER)}`,
    `date: ${iso}`,
    '# Une date future programme l’article : il paraît au premier build après cette date.',
    `author: ${JSON.stringify(options.author)}`,
    '# Ou des profils de content/authors/ : authors: [mathilde-bras, equipe-eig]',
    'tags: []',
    `# Jusqu’à ${options.maxTags} parmi : ${options.tags.join(', ')}`,
    '# image: /img/blog/mon-image.jpg',
    '# image_alt: Ce que montre l’image',
    '# Retirez la ligne suivante pour publier.',
    'draft: true',
    '---',
    '',
    'Votre texte, en Markdown. Le guide des auteurs (docs/guide-auteurs.md) montre les images, légendes, vidéos et encadrés.',
    '',
  ].join('\n');
  return { fileName: `${iso}-${slug}.md`, text };
}
