import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from './index';
import { listsFile } from './known-missing';
import { pagesDigest, readContentSnapshot, writeContentSnapshot } from './snapshot';

const dir = mkdtempSync(path.join(os.tmpdir(), 'content-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const contentDir = path.resolve('e2e/fixtures/content');
const load = () => loadContent({ contentDir, now: new Date('2026-12-01T12:00:00Z'), showUnpublished: false });

describe('content snapshot', () => {
  it('gives back the content a build read, dates, maps and shared posts included', () => {
    const content = load();
    const file = path.join(dir, 'content.bin');
    writeContentSnapshot(file, content);
    const read = readContentSnapshot(file, contentDir);
    expect(read).toStrictEqual({ ...content, sources: [], bodyImages: new Map() });
    // A post listed under a tag is the post of the main list, as in the content it was made from.
    const [slug, tagged] = [...read!.postsByTag][0]!;
    expect(read!.posts).toContain(tagged[0]);
    expect(read!.posts.find((p) => p.tags.some((t) => t.slug === slug))!.publishAt).toBeInstanceOf(Date);
  });

  it('is not used for another content folder, nor when it is missing or damaged', () => {
    const file = path.join(dir, 'other.bin');
    writeContentSnapshot(file, load());
    expect(readContentSnapshot(file, path.resolve('content'))).toBeUndefined();
    expect(readContentSnapshot(path.join(dir, 'missing.bin'), contentDir)).toBeUndefined();
    const damaged = path.join(dir, 'damaged.bin');
    writeFileSync(damaged, 'not a snapshot');
    expect(readContentSnapshot(damaged, contentDir)).toBeUndefined();
  });

  it("keeps the files posts list as known missing, which the build's image check reads after `next build`", () => {
    const imported = path.join(dir, 'imported');
    mkdirSync(path.join(imported, 'posts'), { recursive: true });
    writeFileSync(
      path.join(imported, 'posts', '2018-02-27-bootcamp.md'),
      '---\ntitle: Bootcamp\ndescription: La semaine de bootcamp.\nauthor: Équipe EIG\nknown_missing:\n  - /img/blog/été.jpg\n---\n\n![Une photo perdue](/img/blog/été.jpg)\n',
    );
    const content = loadContent({ contentDir: imported, now: new Date('2026-12-01T12:00:00Z'), showUnpublished: false });
    expect(content.knownMissing).toEqual(['/img/blog/été.jpg']);
    const file = path.join(dir, 'imported.bin');
    writeContentSnapshot(file, content);
    const listed = readContentSnapshot(file, imported)!.knownMissing;
    expect(listsFile(listed, '/img/blog/%C3%A9t%C3%A9.jpg')).toBe(true);
    expect(listsFile(listed, '/img/blog/autre.jpg')).toBe(false);
  });

  it("is the dev server's only for the fingerprint of content/ it was read at", () => {
    const file = path.join(dir, 'dev.bin');
    const content = load();
    writeContentSnapshot(file, content, 'v1');
    expect(readContentSnapshot(file, contentDir, 'v1')?.allPosts.map((p) => p.path)).toEqual(content.allPosts.map((p) => p.path));
    // A file saved since: another fingerprint, and the content is read again.
    expect(readContentSnapshot(file, contentDir, 'v2')).toBeUndefined();
    // The build's snapshot has no fingerprint, and is no dev server's.
    writeContentSnapshot(file, content);
    expect(readContentSnapshot(file, contentDir, 'v1')).toBeUndefined();
  });

  it("hashes what every page reads, bodies aside, and gives the bodies back", () => {
    const content = load();
    const digest = pagesDigest(content);
    expect(pagesDigest(load())).toBe(digest);
    const post = content.published[0]!;
    const body = post.body;
    post.body = `${body}\n\nUne phrase de plus.`;
    expect(pagesDigest(content)).toBe(digest);
    expect(post.body).toBe(`${body}\n\nUne phrase de plus.`);
    post.title = `${post.title} !`;
    expect(pagesDigest(content)).not.toBe(digest);
  });

  it("counts a static page's body, which its own page alone shows but no post record names", () => {
    const content = loadContent({ contentDir: path.resolve('content'), now: new Date('2026-12-01T12:00:00Z'), showUnpublished: false });
    const digest = pagesDigest(content);
    expect(content.pages.length).toBeGreaterThan(0);
    content.pages[0]!.body += '\n\nUne phrase de plus.';
    expect(pagesDigest(content)).not.toBe(digest);
  });
});
