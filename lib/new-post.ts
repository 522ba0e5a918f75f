import type { Author } from './content/authors';
import { parseFrontMatter } from './content/front-matter';
import { parsePostFileName, type DayParts } from './dates';
import { defaultLang, isSiteLanguage, languageCodes } from './languages';
import { dictionaries, messages } from './messages';
import { foldWords, slugify } from './slug';

/** What `npm run new` writes: a dated file name and front matter to fill in, as a draft. */
export interface NewPost {
  fileName: string;
  text: string;
  /** The folder of content/posts/ it goes in: `` for the site's language, `en` for English. */
  folder?: string;
}

/** The folder of content/posts/ a language's posts go in. */
export const langFolder = (lang: string) => (lang === defaultLang ? '' : lang);

/** The description `npm run new` writes, in any of the dictionaries: `npm run check` refuses to publish it. */
export const isDescriptionPlaceholder = (description: string) =>
  Object.values(dictionaries).some((d) => d.templates.descriptionPlaceholder === description);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The file of a new post titled `title`, dated `day`. Returns undefined when the title has
 * nothing a URL can be made of. The front matter is valid as written, so that the preview
 * shows the draft at once; `draft: true` keeps it out of the site until the author removes it.
 */
export function newPost(
  title: string,
  day: DayParts,
  options: { author: string; tags: readonly string[]; maxTags: number; lang?: string; langRef?: string; tagList?: readonly string[]; body?: string },
): NewPost | undefined {
  const lang = options.lang ?? defaultLang;
  const clean = title.trim().replace(/\s+/g, ' ');
  const slug = slugify(clean);
  if (!slug) return undefined;
  const iso = `${day.year}-${pad(day.month)}-${pad(day.day)}`;
  const t = messages().templates;
  const text = [
    '---',
    // JSON strings are valid YAML double-quoted strings: quotes and colons in titles stay safe.
    `title: ${JSON.stringify(clean)}`,
    `description: ${JSON.stringify(t.descriptionPlaceholder)}`,
    `date: ${iso}`,
    `# ${t.scheduleHint}`,
    `author: ${JSON.stringify(options.author)}`,
    `# ${t.authorsHint}`,
    `tags: ${JSON.stringify(options.tagList ?? [])}`,
    `# ${t.tagsHint(options.maxTags, options.tags)}`,
    `# ${t.imageHint}`,
    `# ${t.imageAltHint}`,
    ...(options.langRef ? [`# ${t.langRefHint}`, `lang-ref: ${JSON.stringify(options.langRef)}`] : []),
    `# ${t.draftHint}`,
    'draft: true',
    '---',
    '',
    options.body ?? t.bodyPlaceholder,
    '',
  ].join('\n');
  return { fileName: `${iso}-${slug}.md`, text, folder: langFolder(lang) };
}

/**
 * What `npm run new` was asked: a post titled `title` (signed `author` when given, in `lang` when
 * given), the translation of the post in `translate` (into `lang`), or an author profile.
 */
export type NewPostArgs =
  | { kind: 'post'; title: string; author?: string; lang?: string }
  | { kind: 'translation'; source: string; title: string; lang?: string }
  | { kind: 'profile'; name: string };

/**
 * Reads `npm run new -- [--author "Prénom Nom"] "Titre"` and `npm run new -- --profile "Prénom Nom"`
 * (`--author=…` and `--profile=…` too). The words left are the title.
 */
export function parseNewPostArgs(args: readonly string[]): NewPostArgs {
  const words: string[] = [];
  const given: Partial<Record<'author' | 'profile' | 'lang' | 'translate', string>> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const option = /^--(author|profile|lang|translate)(?:=(.*))?$/s.exec(arg);
    if (!option) {
      words.push(arg);
      continue;
    }
    given[option[1] as keyof typeof given] = (option[2] ?? args[++i] ?? '').trim();
  }
  const title = words.join(' ');
  const lang = given.lang ? { lang: given.lang } : {};
  if (given.profile !== undefined) return { kind: 'profile', name: given.profile || title.trim() };
  if (given.translate !== undefined) return { kind: 'translation', source: given.translate, title, ...lang };
  return { kind: 'post', title, ...(given.author ? { author: given.author } : {}), ...lang };
}

/**
 * The profile whose name or one of whose aliases is `gitName`, ignoring case, accents and
 * punctuation (`git config user.name` is often written without accents).
 */
export function profileNamed(gitName: string | undefined, profiles: readonly Author[]): Author | undefined {
  const wanted = gitName ? foldWords(gitName) : '';
  if (!wanted) return undefined;
  return profiles.find((p) => [p.name, ...p.aliases].some((n) => foldWords(n) === wanted));
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
  const t = messages().templates;
  const text = [
    '---',
    `name: ${JSON.stringify(clean)}`,
    `# ${t.aliasesHint}`,
    `# ${t.twitterHint}`,
    `# avatar: /img/communaute/${slug}.jpg`,
    '---',
    '',
    '',
  ].join('\n');
  return { fileName: `${slug}.md`, text };
}

/** Why a translation cannot be written: the original is unreadable, the language unknown or ambiguous, or the same. */
export type TranslationRefusal =
  | { reason: 'unreadable'; detail: string }
  | { reason: 'language'; lang: string; known: string }
  | { reason: 'whichLanguage'; known: string }
  | { reason: 'sameLanguage'; lang: string };

/**
 * The translation of the post `file` (its text `text`) into `lang` (the site's other language when
 * there are two): dated as the original, the same file name unless a title is given, its tags and
 * byline, the original's body to translate, and its `lang-ref`. An original without `lang-ref` gets
 * one, its slug: `original` is then its new text, to write back.
 */
export function translation(
  file: string,
  text: string,
  options: { lang?: string; title?: string; tags: readonly string[]; maxTags: number },
): { post: NewPost; original?: string; langRef: string } | TranslationRefusal {
  const parsed = parseFrontMatter(text);
  if (!parsed.ok) return { reason: 'unreadable', detail: parsed.message };
  const { data, body } = parsed.file;
  const segments = file.split(/[\\/]/);
  const folder = segments.at(-2);
  const fromLang = typeof data.lang === 'string' && isSiteLanguage(data.lang) ? data.lang : folder && isSiteLanguage(folder) ? folder : defaultLang;
  const others = languageCodes.filter((l) => l !== fromLang);
  const lang = options.lang ?? (others.length === 1 ? others[0] : undefined);
  if (lang === undefined) return { reason: 'whichLanguage', known: others.join(', ') };
  if (!isSiteLanguage(lang)) return { reason: 'language', lang, known: languageCodes.join(', ') };
  if (lang === fromLang) return { reason: 'sameLanguage', lang };
  const name = parsePostFileName(segments.at(-1) ?? '');
  if (!name.ok) return { reason: 'unreadable', detail: segments.at(-1) ?? file };
  const written = data['lang-ref'];
  const langRef = written !== undefined && String(written).trim() ? String(written).trim() : name.slug;
  const title = options.title?.trim() || (typeof data.title === 'string' ? data.title : name.slug);
  const post = newPost(title, name.date, {
    author: typeof data.author === 'string' ? data.author : '',
    tags: options.tags,
    maxTags: options.maxTags,
    lang,
    langRef,
    tagList: Array.isArray(data.tags) ? data.tags.filter((t): t is string => typeof t === 'string') : [],
    body: body.trim(),
  });
  if (!post) return { reason: 'unreadable', detail: title };
  // Signed as the original: its byline, or its list of profiles.
  const authors = Array.isArray(data.authors) ? data.authors.filter((a): a is string => typeof a === 'string') : [];
  if (typeof data.author !== 'string' && authors.length) post.text = post.text.replace(/^author: "".*$/m, `authors: ${JSON.stringify(authors)}`);
  // Without a new title, the translation keeps the original's file name in its language's folder, as the old site did.
  const named = options.title?.trim() ? post : { ...post, fileName: (segments.at(-1) ?? post.fileName).replace(/^_/, '') };
  return { post: named, langRef, ...(written === undefined ? { original: withLangRef(text, langRef) } : {}) };
}

/** The text of a post with `lang-ref: <ref>` added as the last line of its front matter (before its closing `---`). */
function withLangRef(text: string, ref: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  return at < 0 ? text : [...lines.slice(0, at), `lang-ref: ${JSON.stringify(ref)}`, ...lines.slice(at)].join('\n');
}
