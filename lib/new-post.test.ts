import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../site.config';
import { readAllowedTags } from './content/tags-file';
import { publicFileLookup } from './content/images';
import { parsePost } from './content/post';
import { newPost } from './new-post';

const ALLOWED_TAGS = readAllowedTags(path.resolve(import.meta.dirname, '../content'), path.resolve(import.meta.dirname, '..')).tags;
const options = { author: 'Camille Martin', tags: ALLOWED_TAGS, maxTags: siteConfig.maxTagsPerPost };
const day = { year: 2026, month: 3, day: 7 };

describe('newPost', () => {
  it('names the file after the day and the transliterated title', () => {
    expect(newPost("Évaluation : l'été des données à Besançon", day, options)?.fileName).toBe(
      '2026-03-07-evaluation-l-ete-des-donnees-a-besancon.md',
    );
  });

  it('writes front matter the checker accepts, as a draft dated that day', () => {
    const post = newPost('Un titre avec "guillemets" : et deux-points # et dièse', day, options)!;
    const result = parsePost(`content/posts/${post.fileName}`, post.text, {
      allowedTags: ALLOWED_TAGS,
      maxTags: siteConfig.maxTagsPerPost,
      files: publicFileLookup(os.tmpdir()),
    });
    expect(result.problems).toEqual([]);
    expect(result.post).toMatchObject({
      title: 'Un titre avec "guillemets" : et deux-points # et dièse',
      byline: 'Camille Martin',
      draft: true,
      path: '/blog/2026/03/07/un-titre-avec-guillemets-et-deux-points-et-diese/',
    });
  });

  it('refuses a title with nothing to make an address from', () => {
    expect(newPost(' ?! ', day, options)).toBeUndefined();
  });
});

describe('npm run new', () => {
  const run = (contentDir: string, ...args: string[]) =>
    spawnSync('node_modules/.bin/tsx', ['scripts/new-post.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: contentDir },
    });

  it('creates the post, then refuses to overwrite it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'new-post-'));
    const first = run(dir, 'Mon premier article');
    expect(first.status, first.stderr).toBe(0);
    const [name] = readdirSync(path.join(dir, 'posts'));
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-mon-premier-article\.md$/);
    const file = path.join(dir, 'posts', name!);
    writeFileSync(file, 'edited by the author');

    const second = run(dir, 'Mon premier article');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe('edited by the author');
  });

  it('asks for a title when none is given', () => {
    const result = run(mkdtempSync(path.join(os.tmpdir(), 'new-post-')));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run new -- "Titre');
  });
});

