import { existsSync, lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** Thrown for a path a postbuild step must not write: a program bug or content the checks missed, never to be ignored. */
export class OutsideOutError extends Error {
  override name = 'OutsideOutError';
}

const isInside = (root: string, full: string) => {
  const rel = path.relative(root, full);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
};

/**
 * The full path of `relative` inside `outDir`, for a postbuild step to write. Throws, naming the
 * file, for anything that would land outside out/: `..` segments, an absolute path, or a
 * symbolic link on the way (a folder of out/ that is a link, or the file itself).
 */
export function outPath(outDir: string, relative: string): string {
  const root = path.resolve(outDir);
  const full = path.resolve(root, relative);
  if (!isInside(root, full)) throw new OutsideOutError(`refusing to write ${JSON.stringify(relative)}: it is outside ${outDir}/`);
  if (!existsSync(root)) return full;
  // The deepest folder that exists already decides where the file really goes.
  let existing = path.dirname(full);
  while (!existsSync(existing)) existing = path.dirname(existing);
  const realRoot = realpathSync(root);
  const realExisting = realpathSync(existing);
  if (realExisting !== realRoot && !isInside(realRoot, realExisting)) {
    throw new OutsideOutError(`refusing to write ${JSON.stringify(relative)}: ${path.relative(root, existing)} leads outside ${outDir}/ through a symbolic link`);
  }
  if (lstatIsLink(full)) throw new OutsideOutError(`refusing to write ${JSON.stringify(relative)}: it is a symbolic link`);
  return full;
}

function lstatIsLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
