import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../atomic-file';
import { codeVersion } from '../code-version';
import { isRunning, pauseThread } from '../processes';
import type { LoadedContent } from './index';
import { readContentSnapshot, writeContentSnapshot } from './snapshot';

/**
 * The content the dev server last read, shared between its processes. For every request to a
 * post, tag or author page, Next's dev server runs `generateStaticParams` in a new process, and
 * each route's bundle has its own copy of lib/content: they read the snapshot the last reader
 * wrote (about 10 ms at 1,000 posts) instead of reading and validating content/ again (0.6 s
 * there, seconds at 5,000 posts, on the cores the page being refreshed needs).
 */
const DIR = path.join('.cache', 'dev');
const snapshotFile = (dir: string) => path.join(dir, 'content.bin');
/** Who is reading content/ now, and for which fingerprint: a second reader waits for its snapshot. */
const readingFile = (dir: string) => path.join(dir, 'reading.json');
/** How long a reader may take before the others stop waiting for it and read for themselves. */
const WAIT_MS = 10_000;
const POLL_MS = 20;

/**
 * The fingerprint a snapshot is shared under: the content's, and that of the code that read it.
 * What the content was read by matters: a snapshot made by other code (a developer editing lib/ while the
 * server runs, each module copy being reloaded) is not this code's. Computed once per module copy.
 */
let readerCode: string | undefined;
export const withCode = (version: string) => `${version}:${(readerCode ??= codeVersion(['lib'], ['site.config.ts']))}`;

interface Reading {
  version: string;
  pid: number;
  at: number;
  done: boolean;
}

function reading(dir: string): Reading | undefined {
  try {
    return JSON.parse(readFileSync(readingFile(dir), 'utf8')) as Reading;
  } catch {
    return undefined;
  }
}

/**
 * The content of `contentDir` at fingerprint `version` as another process of the dev server read
 * it, waiting for that process when it is reading it now; undefined when none has or is.
 */
export function sharedDevContent(contentDir: string, contentVersion: string, dir = DIR): LoadedContent | undefined {
  const version = withCode(contentVersion);
  const end = Date.now() + WAIT_MS;
  // The small mark says which fingerprint the snapshot holds: after a save, the old snapshot (tens of
  // megabytes at 5,000 posts) is not read just to find it is of another fingerprint.
  for (;;) {
    const other = reading(dir);
    if (other?.version !== version) return undefined;
    if (other.done) return readContentSnapshot(snapshotFile(dir), contentDir, version);
    const busy = other.pid !== process.pid && isRunning(other.pid) && Date.now() - other.at < WAIT_MS;
    if (!busy || Date.now() > end) return undefined;
    pauseThread(POLL_MS);
  }
}

/** Says that this process reads content/ at `version`, so that the others wait for its snapshot. */
export function readingDevContent(contentVersion: string, dir = DIR): void {
  writeFileAtomic(readingFile(dir), JSON.stringify({ version: withCode(contentVersion), pid: process.pid, at: Date.now(), done: false } satisfies Reading));
}

/** Shares what this process read at `version` with the dev server's other processes. */
export function shareDevContent(content: LoadedContent, contentVersion: string, dir = DIR): void {
  const version = withCode(contentVersion);
  writeContentSnapshot(snapshotFile(dir), content, version);
  writeFileAtomic(readingFile(dir), JSON.stringify({ version, pid: process.pid, at: Date.now(), done: true } satisfies Reading));
}
