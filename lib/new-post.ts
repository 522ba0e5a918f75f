import type { Author } from './content/authors';
import type { DayParts } from './dates';
import { foldForMatch, slugify } from './slug';

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

/** What `npm run new` was asked: a post titled `title` (signed `author` when given), or an author profile. */
export type NewPostArgs = { kind: 'post'; title: string; author?: string } | { kind: 'profile'; name: string };

/**
 * Reads `npm run new -- [--author "Prénom Nom"] "Titre"` and `npm run new -- --profile "Prénom Nom"`
 * (`--author=…` and `--profile=…` too). The words left are the title.
 */
export function parseNewPostArgs(args: readonly string[]): NewPostArgs {
  const words: string[] = [];
  let author: string | undefined;
  let profile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const option = /^--(author|profile)(?:=(.*))?$/s.exec(arg);
    if (!option) {
      words.push(arg);
      continue;
    }
    const value = option[2] ?? args[++i] ?? '';
    if (option[1] === 'author') author = value.trim();
    else profile = value.trim();
  }
  const title = words.join(' ');
  if (profile !== undefined) return { kind: 'profile', name: profile || title.trim() };
  return author ? { kind: 'post', title, author } : { kind: 'post', title };
}

const foldName = (name: string) => foldForMatch(name).replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The profile whose name or one of whose aliases is `gitName`, ignoring case, accents and
 * punctuation (`git config user.name` is often written without accents).
 */
export function profileNamed(gitName: string | undefined, profiles: readonly Author[]): Author | undefined {
  const wanted = gitName ? foldName(gitName) : '';
  if (!wanted) return undefined;
  return profiles.find((p) => [p.name, ...p.aliases].some((n) => foldName(n) === wanted));
}

/**
 * Who signs a new post: `--author` as written, else the profile git's user name matches (by its
 * profile name). Without either, nobody: the author has to say (the script then asks for `--author`).
 */
export function chooseAuthor(flag: string | undefined, gitName: string | undefined, profiles: readonly Author[]): string | undefined {
  if (flag?.trim()) return flag.trim();
  return profileNamed(gitName, profiles)?.name;
}

/** The file of a new author profile for `name`, to complete; undefined when the name has nothing a file name can be made of. */
export function newProfile(name: string): NewPost | undefined {
  const clean = name.trim().replace(/\s+/g, ' ');
  const slug = slugify(clean);
  if (!slug) return undefined;
  const text = [
    '---',
    `name: ${JSON.stringify(clean)}`,
    '# Les autres orthographes de la signature : aliases: [C. Martin]',
    '# twitter: identifiant_sans_arobase',
    `# avatar: /img/communaute/${slug}.jpg`,
    '---',
    '',
    '',
  ].join('\n');
  return { fileName: `${slug}.md`, text };
}
