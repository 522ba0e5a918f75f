import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomic } from '../atomic-file';
import type { LoadedContent } from './index';

/**
 * The content one build read and validated, handed to the build's later processes (each of Next's
 * workers, the postbuild) so that none reads or validates content/ again: one reading, one "now"
 * for scheduled posts, and the same posts in every page of the build. Written by `npm run build`
 * (scripts/build.ts) before `next build` and named to the others by CONTENT_SNAPSHOT.
 *
 * v8's serialiser keeps what JSON would lose: dates, maps, and one object shared by several lists
 * (a post in its tags' lists is the post itself). What the build's pages never read is left out:
 * the bodies' sources and images are for the checks, which have already run.
 */
interface Snapshot {
  contentDir: string;
  /** The dev server's fingerprint of content/ when it was read (lib/content contentVersion). */
  version?: string;
  content: LoadedContent;
}

export function writeContentSnapshot(file: string, content: LoadedContent, version?: string): void {
  const snapshot: Snapshot = { contentDir: content.contentDir, version, content: { ...content, sources: [], bodyImages: new Map() } };
  writeFileAtomic(file, serialize(snapshot));
}

/** The content a snapshot holds, when it is there and of this content folder (and of this version, when given); undefined otherwise. */
export function readContentSnapshot(file: string, contentDir: string, version?: string): LoadedContent | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = deserialize(readFileSync(file)) as Snapshot;
  } catch {
    return undefined;
  }
  return snapshot.contentDir === contentDir && (version === undefined || snapshot.version === version) ? snapshot.content : undefined;
}

/**
 * A hash of everything a build's pages read of `content` but the posts' bodies: what decides every
 * page but a post's own (lib/page-reuse.ts). The same serialisation as the snapshot, bodies blanked
 * while it runs and put back after, so that a post shared by several lists is blanked in each.
 */
export function pagesDigest(content: LoadedContent): string {
  const posts = new Set([...content.allPosts, ...content.published, ...Object.values(content.byLang).flatMap((l) => l.posts)]);
  const bodies = new Map([...posts].map((p) => [p, p.body]));
  try {
    for (const post of posts) post.body = '';
    return createHash('sha256')
      .update(serialize({ ...content, sources: [], bodyImages: new Map() }))
      .digest('hex');
  } finally {
    for (const [post, body] of bodies) post.body = body;
  }
}
