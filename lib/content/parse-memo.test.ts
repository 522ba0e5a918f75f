import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, newPostMemo, type LoadOptions } from './index';
import { ParseMemo } from './parse-memo';
import type { PostContext } from './post';

const base = mkdtempSync(path.join(tmpdir(), 'parse-memo-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const NOW = new Date('2026-12-01T12:00:00Z');
const POST = '2026-11-02-une-image.md';
const text = (extra = '') =>
  `---\ntitle: Une image\ndescription: Un article qui montre une image.\nauthor: Camille Martin\nimage: /img/blog/photo.jpg\nimage_alt: Une photo\n---\n\nTexte.${extra}\n`;

/** A site of its own per test: content/posts/ with one post naming an image, and an empty public/. */
function site(name: string, withImage = false) {
  const root = path.join(base, name);
  mkdirSync(path.join(root, 'content', 'posts'), { recursive: true });
  mkdirSync(path.join(root, 'public', 'img', 'blog'), { recursive: true });
  writeFileSync(path.join(root, 'content', 'posts', POST), text());
  if (withImage) addImage(root);
  const options: LoadOptions = { root, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public'), now: NOW, showUnpublished: true };
  return { root, options };
}

const addImage = (root: string) => cpSync(path.resolve('public/img/blog/team-building.jpg'), path.join(root, 'public', 'img', 'blog', 'photo.jpg'));

/** What a load gives that readers and authors see: the posts and the problems. */
const seen = (options: LoadOptions) => {
  const content = loadContent(options);
  return { posts: content.allPosts.map((p) => ({ ...p, authors: p.authors.map((a) => a.slug) })), problems: content.problems };
};

describe('the dev server’s memory of parsed posts', () => {
  it('gives what a full load gives, after an image arrives in public/, after a save, after a file goes', () => {
    const { root, options } = site('steps');
    const memo: LoadOptions = { ...options, postMemo: newPostMemo() };
    const same = () => expect(seen(memo)).toEqual(seen(options));

    same();
    // The cover is missing: the post is left out with an error, by the memo's load as by a full one, again when nothing changed.
    expect(seen(memo).posts).toEqual([]);
    same();

    // The image arrives in public/, the post unchanged: it is shown.
    addImage(root);
    same();
    expect(seen(memo).posts.map((p) => p.title)).toEqual(['Une image']);

    // Saved with a new sentence: read again.
    writeFileSync(path.join(root, 'content', 'posts', POST), text(' Une phrase de plus.'));
    same();
    expect(seen(memo).posts[0]!.body).toContain('Une phrase de plus.');

    // A second post, then the first deleted.
    writeFileSync(path.join(root, 'content', 'posts', '2026-11-03-deux.md'), text().replace('Une image', 'Deux'));
    same();
    rmSync(path.join(root, 'content', 'posts', POST));
    same();
    expect(seen(memo).posts.map((p) => p.title)).toEqual(['Deux']);
  });

  it('gives what a full load gives with the bodies checked, as the dev server loads: images a body names, files known missing', () => {
    const { root, options } = site('bodies', true);
    const bodied: LoadOptions = { ...options, bodies: 'exclude' };
    const memo: LoadOptions = { ...bodied, postMemo: newPostMemo(), bodyCache: new Map() };
    const same = () => expect(seen(memo)).toEqual(seen(bodied));
    const file = path.join(root, 'content', 'posts', POST);
    const codes = () => seen(memo).problems.map((p) => p.code);

    writeFileSync(file, text('\n\n![Un schéma](/img/blog/schema.jpg)'));
    same();
    expect(codes()).toContain('E063');
    same();
    // The image the body names arrives: the error goes, though the post file did not change.
    cpSync(path.join(root, 'public', 'img', 'blog', 'photo.jpg'), path.join(root, 'public', 'img', 'blog', 'schema.jpg'));
    same();
    expect(codes()).not.toContain('E063');
    // A file the old site never had, listed as known missing: a warning at every load, never twice.
    writeFileSync(file, text('\n\n![Un plan](/img/blog/plan.jpg)').replace('---\n\n', 'known_missing:\n  - /img/blog/plan.jpg\n---\n\n'));
    same();
    same();
    expect(codes().filter((c) => c === 'W020')).toHaveLength(1);
  });

  it('gives the build’s load of the pages what a full load gives, after the check’s load with drafts and bodies', () => {
    const { root, options } = site('build', true);
    writeFileSync(path.join(root, 'content', 'posts', '2099-01-01-plus-tard.md'), text('\n\n![Un plan](/img/blog/plan.jpg)').replace('Une image', 'Plus tard'));
    const parsed = newPostMemo();
    const checked = loadContent({ ...options, showUnpublished: true, bodies: 'report', postMemo: parsed });
    expect(checked.problems.map((p) => p.code)).toContain('E063');
    const pages: LoadOptions = { ...options, showUnpublished: false };
    expect(seen({ ...pages, postMemo: parsed })).toEqual(seen(pages));
    expect(loadContent({ ...pages, postMemo: parsed }).published.map((p) => p.title)).toEqual(['Une image']);
  });

  it('gives each load posts of its own, so that one load’s index never changes another’s', () => {
    const { options } = site('copies', true);
    const memo: LoadOptions = { ...options, postMemo: newPostMemo() };
    const first = loadContent(memo).allPosts[0]!;
    const second = loadContent(memo).allPosts[0]!;
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });

  it('parses a file again only when its size, time, settings or the answers of public/ change', () => {
    const { root } = site('calls');
    const file = path.join(root, 'content', 'posts', POST);
    let exists = false;
    const ctx: PostContext = {
      allowedTags: [],
      maxTags: 4,
      files: { exists: () => exists, caseMatch: () => undefined, refused: () => undefined },
    };
    const memo = new ParseMemo<{ text: string; cover: boolean }>((v) => ({ ...v }));
    let parses = 0;
    const make = (c: PostContext) => {
      parses++;
      return { text: readFileSync(file, 'utf8'), cover: c.files.exists('/img/blog/photo.jpg') };
    };
    const get = (settings = 'a') => memo.get(file, settings, ctx, make);

    expect(get()).toEqual({ text: text(), cover: false });
    get();
    expect(parses).toBe(1);
    get('b');
    expect(parses).toBe(2);
    exists = true;
    expect(get('b').cover).toBe(true);
    expect(parses).toBe(3);
    // Same size, new time (an editor that saves the same length): read again.
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    get('b');
    expect(parses).toBe(4);
    memo.keepOnly(new Set());
    get('b');
    expect(parses).toBe(5);
  });
});
