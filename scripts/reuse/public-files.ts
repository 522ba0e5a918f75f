import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../lib/atomic-file';

/** What a file held when last read: its hash, kept while its size, time and inode stay the same. */
interface Seen {
  size: number;
  mtimeMs: number;
  ino: number;
  hash: string;
}

/** Every file under `dir`, following links (the checks refuse those that leave public/), by path from `dir`, sorted. */
function filesUnder(dir: string, from = dir): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      const kind = e.isSymbolicLink() ? statSync(full, { throwIfNoEntry: false }) : e;
      if (kind?.isDirectory()) return filesUnder(full, from);
      return kind?.isFile() ? [path.relative(from, full)] : [];
    })
    .sort();
}

/**
 * A hash of the names and contents of every file of public/: pages show the sizes of its images
 * and name their variants after their content. Contents are read again only for files whose
 * size, time or inode changed since the last build (`seenFile` keeps them); a fresh checkout
 * reads them all (112 MB for the programme's old site, a fraction of a second).
 */
export function publicFilesDigest(publicDir: string, seenFile: string): string {
  let seen: Record<string, Seen> = {};
  try {
    seen = JSON.parse(readFileSync(seenFile, 'utf8')) as Record<string, Seen>;
  } catch {
    // Nothing remembered yet: every file is read.
  }
  const now: Record<string, Seen> = {};
  const digest = createHash('sha256');
  for (const name of filesUnder(publicDir)) {
    const full = path.join(publicDir, name);
    const stat = statSync(full);
    const before = seen[name];
    const same = before && before.size === stat.size && before.mtimeMs === stat.mtimeMs && before.ino === stat.ino;
    const hash = same ? before.hash : createHash('sha256').update(readFileSync(full)).digest('hex');
    now[name] = { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, hash };
    digest.update(`${name}\0${hash}\0`);
  }
  writeFileAtomic(seenFile, JSON.stringify(now));
  return digest.digest('hex');
}
