/**
 * `npm run new -- "Titre de l'article"`: creates content/posts/YYYY-MM-DD-slug.md, dated today,
 * with the front matter to fill in, signed by the profile of content/authors/ that git's user
 * name matches, or by `--author "Prénom Nom"`. `npm run new -- --profile "Prénom Nom"` creates
 * the profile content/authors/prenom-nom.md. Never overwrites a file. Exit code 2 for a usage
 * mistake (no title, no author), 1 when the file exists.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDirFromEnv, loadProfiles } from '../lib/content';
import { readAllowedTags } from '../lib/content/tags-file';
import { messages } from '../lib/messages';
import { chooseAuthor, newPost, newProfile, parseNewPostArgs, type NewPost } from '../lib/new-post';
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
} else {
  if (!args.title.trim()) fail(t.usage, 2);
  const gitName = gitUserName();
  const author = chooseAuthor(args.author, gitName, loadProfiles({ contentDir }));
  if (!author) fail(t.noAuthor(gitName), 2);
  // The author's own calendar day, not UTC: a post started at 00:30 in Paris is dated that day.
  const now = new Date();
  const post = newPost(args.title, { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }, {
    author,
    tags: readAllowedTags(contentDir).tags,
    maxTags: siteConfig.maxTagsPerPost,
  });
  if (!post) fail(t.noSlug(args.title), 2);
  console.log(t.created(write(path.join(contentDir, 'posts'), post), author));
}
