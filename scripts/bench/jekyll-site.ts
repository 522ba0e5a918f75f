import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

/**
 * A real Jekyll site's posts, for the bench: the same posts built by Jekyll and by the blog. The
 * site is copied (its `.git` and `_site` left out) and, when `count` asks for more posts than it
 * has, its posts are written again under new names until there are `count`: real lengths, real
 * Markdown. Jekyll's copy keeps the site's `_config.yml`, `_includes` and `_data` but none of its
 * plugins, theme or Gemfile (Debian's Jekyll has no bundler gems), with the minimal layouts of
 * test/fixtures/jekyll-new: what is timed is Jekyll rendering the posts, a floor for Jekyll.
 */
export interface JekyllCorpus {
  /** The whole site, posts replicated: what the blog imports. */
  site: string;
  /** The posts, settings and includes alone: what Jekyll builds. */
  jekyll: string;
  posts: number;
}

// Jekyll's own pattern for a post's name: a year of two to four digits, then month and day.
const POST_NAME = /^(\d{2,4}-\d{1,2}-\d{1,2}-)(.+)(\.[^.]+)$/;

function postFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && POST_NAME.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The same post under another name: its own permalink and old addresses dropped, which would collide with the original's. */
function replica(text: string): string {
  return text.replace(/^---\n([\s\S]*?)\n---/, (_, head: string) => `---\n${head.replace(/^(permalink|redirect_from|lang-ref):.*(\n[ \t-].*)*$/gm, '').trim()}\n---`);
}

export function jekyllCorpus(source: string, dir: string, count?: number): JekyllCorpus {
  const site = path.join(dir, 'site');
  cpSync(source, site, { recursive: true, filter: (f) => !/[/\\](\.git|_site|\.jekyll-cache|node_modules)$/.test(f) });
  const originals = postFiles(path.join(site, '_posts'));
  if (!originals.length) throw new Error(`${source}: no posts in _posts/`);
  let posts = originals.length;
  for (let copy = 2; count !== undefined && posts < count; copy++) {
    for (const file of originals) {
      if (posts >= count) break;
      const [, date, slug, ext] = POST_NAME.exec(path.basename(file))!;
      writeFileSync(path.join(path.dirname(file), `${date}${slug}-copie-${copy}${ext}`), replica(readFileSync(file, 'utf8')));
      posts++;
    }
  }

  const jekyll = path.join(dir, 'jekyll');
  mkdirSync(jekyll, { recursive: true });
  for (const folder of ['_posts', '_includes', '_data']) {
    if (existsSync(path.join(site, folder))) cpSync(path.join(site, folder), path.join(jekyll, folder), { recursive: true });
  }
  cpSync(path.resolve('test/fixtures/jekyll-new/_layouts'), path.join(jekyll, '_layouts'), { recursive: true });
  const configFile = path.join(site, '_config.yml');
  const config = existsSync(configFile) ? ((yaml.load(readFileSync(configFile, 'utf8')) ?? {}) as Record<string, unknown>) : {};
  for (const key of ['plugins', 'gems', 'theme', 'remote_theme', 'pagination', 'paginate']) delete config[key];
  writeFileSync(path.join(jekyll, '_config.yml'), yaml.dump(config));
  return { site, jekyll, posts };
}
