import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
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
  content: LoadedContent;
}

export function writeContentSnapshot(file: string, content: LoadedContent): void {
  const snapshot: Snapshot = { contentDir: content.contentDir, content: { ...content, sources: [], bodyImages: new Map() } };
  mkdirSync(path.dirname(file), { recursive: true });
  // Written under a temporary name and renamed: a reader never meets half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, serialize(snapshot));
  renameSync(partial, file);
}

/** The content a snapshot holds, when it is there and of this content folder; undefined otherwise. */
export function readContentSnapshot(file: string, contentDir: string): LoadedContent | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = deserialize(readFileSync(file)) as Snapshot;
  } catch {
    return undefined;
  }
  return snapshot.contentDir === contentDir ? snapshot.content : undefined;
}
