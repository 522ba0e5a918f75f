/**
 * `npm run new -- "Titre de l'article"`: creates content/posts/YYYY-MM-DD-slug.md, dated today,
 * with the front matter to fill in, signed by the profile of content/authors/ that git's user
 * name matches, or by `--author "Prénom Nom"`. `npm run new -- --profile "Prénom Nom"` creates
 * the profile content/authors/prenom-nom.md. `--lang en` writes the post in content/posts/en/;
 * `--translate <file>` writes the translation of a post, with its `lang-ref` (given to the original
 * when it had none). Never overwrites a file. Exit code 2 for a usage
 * mistake (no title, no author), 1 when the file exists.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDirFromEnv, loadProfiles } from '../lib/content';
import { readAllowedTags } from '../lib/content/tags-file';
import { messages } from '../lib/messages';
import { isSiteLanguage, languageCodes } from '../lib/languages';
import { chooseAuthor, newPost, newProfile, parseNewPostArgs, translation, type NewPost } from '../lib/new-post';
import { siteConfig } from '../site.config';

const t = messages().newPost;

function gitUserName(): string | undefined {
  try {
    return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

/** Writes `created` into `dir`, never over an existing file; returns the path to show. */
function write(dir: string, created: NewPost): string {
  const file = path.join(dir, created.fileName);
  const shown = path.relative(process.cwd(), file);
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(file, created.text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') fail(t.exists(shown), 1);
    throw e;
  }
  return shown;
}

const args = parseNewPostArgs(process.argv.slice(2));
const contentDir = contentDirFromEnv();

if (args.kind === 'profile') {
  if (!args.name) fail(t.profileUsage, 2);
  const profile = newProfile(args.name);
  if (!profile) fail(t.noSlug(args.name), 2);
  console.log(t.profileCreated(write(path.join(contentDir, 'authors'), profile)));
} else if (args.kind === 'translation') {
  // The original, as the author names it: a path from where the command runs.
  const source = path.resolve(args.source);
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch {
    fail(t.translateUsage, 2);
  }
  const result = translation(source, text, { lang: args.lang, title: args.title, tags: readAllowedTags(contentDir).tags, maxTags: siteConfig.maxTagsPerPost });
  if ('reason' in result) {
    if (result.reason === 'unreadable') fail(t.translateUnreadable(args.source, result.detail), 2);
    fail(result.reason === 'sameLanguage' ? t.translateSameLanguage(result.lang) : t.unknownLanguage(result.reason === 'language' ? result.lang : '', languageCodes.join(', ')), 2);
  }
  const shown = write(path.join(contentDir, 'posts', result.post.folder ?? ''), result.post);
  if (result.original !== undefined) {
    writeFileSync(source, result.original);
    console.log(t.langRefAdded(path.relative(process.cwd(), source), result.langRef));
  }
  console.log(t.translationCreated(shown, result.langRef));
} else {
  if (!args.title.trim()) fail(t.usage, 2);
  if (args.lang !== undefined && !isSiteLanguage(args.lang)) fail(t.unknownLanguage(args.lang, languageCodes.join(', ')), 2);
  const gitName = gitUserName();
  const author = chooseAuthor(args.author, gitName, loadProfiles({ contentDir }));
  if (!author) fail(t.noAuthor(gitName), 2);
  // The author's own calendar day, not UTC: a post started at 00:30 in Paris is dated that day.
  const now = new Date();
  const post = newPost(args.title, { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }, {
    author,
    tags: readAllowedTags(contentDir).tags,
    maxTags: siteConfig.maxTagsPerPost,
    lang: args.lang,
  });
  if (!post) fail(t.noSlug(args.title), 2);
  console.log(t.created(write(path.join(contentDir, 'posts', post.folder ?? ''), post), author));
}
