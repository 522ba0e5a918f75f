import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * A temporary name beside `file`, unique to this process and thread: the build's worker threads
 * share a process id, and two writers of one file must not rename each other's half-written copy.
 */
export const partialName = (file: string): string => `${file}.${process.pid}-${threadId}.tmp`;

/**
 * Writes `data` to `file` under a temporary name, then renames it: a reader never meets half a
 * file, and an interrupted build or preview leaves no half file in a cache for the next one.
 */
export function writeFileAtomic(file: string, data: string | NodeJS.ArrayBufferView): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = partialName(file);
  writeFileSync(partial, data);
  renameSync(partial, file);
}

/** writeFileAtomic for a file whose folder exists, without holding the thread while the disk works. */
export async function replaceFileAtomic(file: string, data: string | NodeJS.ArrayBufferView): Promise<void> {
  const partial = partialName(file);
  await writeFile(partial, data);
  await rename(partial, file);
}
