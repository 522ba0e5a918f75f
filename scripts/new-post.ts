/**
 * `npm run new -- "Titre de l'article"`: creates content/posts/YYYY-MM-DD-slug.md, dated today,
 * with the front matter to fill in. Never overwrites a file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentDirFromEnv } from '../lib/content';
import { readAllowedTags } from '../lib/content/tags-file';
import { newPost } from '../lib/new-post';
import { siteConfig } from '../site.config';

function gitUserName(): string | undefined {
  try {
    return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const title = process.argv.slice(2).join(' ');
if (!title.trim()) {
  console.error('Give the title of the post: npm run new -- "Titre de l\'article"');
  process.exit(2);
}

// The author's own calendar day, not UTC: a post started at 00:30 in Paris is dated that day.
const now = new Date();
const post = newPost(title, { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }, {
  author: gitUserName() ?? 'Prénom Nom',
  tags: readAllowedTags(contentDirFromEnv()).tags,
  maxTags: siteConfig.maxTagsPerPost,
});
if (!post) {
  console.error(`"${title}" has no letter or digit to make an address from: choose another title`);
  process.exit(2);
}

const postsDir = path.join(contentDirFromEnv(), 'posts');
const file = path.join(postsDir, post.fileName);
const shown = path.relative(process.cwd(), file);
mkdirSync(postsDir, { recursive: true });
try {
  writeFileSync(file, post.text, { flag: 'wx' });
} catch (e) {
  if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
    console.error(`${shown} already exists: nothing written. Edit it, or choose another title.`);
    process.exit(1);
  }
  throw e;
}
console.log(`Created ${shown} (a draft).\nFill in its front matter, preview it with \`npm run dev\`, and remove \`draft: true\` to publish.`);
