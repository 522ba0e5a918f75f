import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { problem, type LinkFolder } from '../messages';
import type { Problem } from '../problems';

/**
 * Content is trusted to publish, never to run: nothing is read through a symbolic link that
 * leaves its folder (content/, public/, an imported site). A link that stays inside may be
 * followed; one that leaves, loops or leads nowhere is refused, and said so, never crashed on.
 */

/** `p` is `root` itself or a path below it; both absolute. A name such as `..x` stays inside. */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  if (rel === '') return true;
  if (path.isAbsolute(rel)) return false;
  return rel.split(path.sep)[0] !== '..';
}

export type RefusedReason = 'outside' | 'loop' | 'dangling';

export type Entry =
  | { kind: 'file' | 'directory' | 'other'; path: string; real: string; link: boolean }
  | { kind: 'missing'; path: string }
  | { kind: 'refused'; path: string; reason: RefusedReason; target: string };

export type RefusedEntry = Extract<Entry, { kind: 'refused' }>;

const errnoOf = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;

/** The real path of `p`, or why there is none: a loop, or nothing there. */
function realPath(p: string): { real: string } | { failed: 'loop' | 'missing' } {
  try {
    return { real: realpathSync.native(p) };
  } catch (e) {
    // A NUL in a path, or a name too long, is no file either.
    return { failed: errnoOf(e) === 'ELOOP' ? 'loop' : 'missing' };
  }
}

/** The real path of a root folder; a missing root keeps its resolved path (nothing is inside it then). */
function realRoot(root: string): string {
  const resolved = path.resolve(root);
  const r = realPath(resolved);
  return 'real' in r ? r.real : resolved;
}

/**
 * What `file` is, with the symbolic links on its way followed only while they stay inside
 * `root`: a file, a folder or something else (a pipe: never read), missing, or refused.
 */
export function inspect(root: string, file: string): Entry {
  const abs = path.resolve(file);
  let link: boolean;
  try {
    link = lstatSync(abs).isSymbolicLink();
  } catch (e) {
    // A folder link on the way that loops; anything else is no file.
    return errnoOf(e) === 'ELOOP' ? { kind: 'refused', path: abs, reason: 'loop', target: abs } : { kind: 'missing', path: abs };
  }
  const target = link ? linkText(abs) : abs;
  const r = realPath(abs);
  if ('failed' in r) {
    if (r.failed === 'loop') return { kind: 'refused', path: abs, reason: 'loop', target };
    return link ? { kind: 'refused', path: abs, reason: 'dangling', target } : { kind: 'missing', path: abs };
  }
  if (!isInside(realRoot(root), r.real)) return { kind: 'refused', path: abs, reason: 'outside', target: link ? target : r.real };
  let kind: 'file' | 'directory' | 'other';
  try {
    const st = statSync(r.real);
    kind = st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other';
  } catch {
    return { kind: 'missing', path: abs };
  }
  return { kind, path: abs, real: r.real, link };
}

/** What `abs` is when it is no symbolic link, in a folder whose real path makes it `real`; undefined for a link, or when lstat fails (inspect says why). */
function plainEntry(abs: string, real: string): Entry | undefined {
  let st;
  try {
    st = lstatSync(abs);
  } catch {
    return undefined;
  }
  if (st.isSymbolicLink()) return undefined;
  return { kind: st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other', path: abs, real, link: false };
}

function linkText(file: string): string {
  try {
    return readlinkSync(file);
  } catch {
    return file;
  }
}

/** The problem of a refused entry; `folder` names the folder it leaves or lives in, e.g. `content/`, or the Jekyll site being imported. */
export function refusedProblem(shown: string, entry: RefusedEntry, folder: LinkFolder): Problem {
  switch (entry.reason) {
    case 'outside':
      return problem('linkOutside', shown, { target: entry.target, folder });
    case 'loop':
      return problem('linkLoop', shown, { target: entry.target });
    case 'dangling':
      return problem('linkDangling', shown, { target: entry.target });
  }
}

export interface ListedEntry {
  name: string;
  entry: Entry;
}

/**
 * The entries of a folder, sorted, each inspected against `root`; undefined when the folder
 * cannot be listed (it does not exist). Hidden entries (`.DS_Store`, editors' lock files) are
 * left out, but given apart when they look like a text file of content, since a name that starts
 * with a dot by mistake would otherwise hide a file in silence.
 */
export function listFolder(dir: string, root: string): (ListedEntry[] & { hidden: string[] }) | undefined {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return undefined;
  }
  // The folder's real path, once: an entry that is no link is then its own real path there, and
  // needs one lstat instead of two real paths and a stat (the dev server lists content/ at each save).
  const real = realPath(path.resolve(dir));
  const folder = 'real' in real && isInside(realRoot(root), real.real) ? real.real : undefined;
  const listed = names
    .filter((n) => !n.startsWith('.'))
    .map((name) => ({ name, entry: (folder && plainEntry(path.resolve(dir, name), path.join(folder, name))) || inspect(root, path.join(dir, name)) }));
  // `.#x.md` is Emacs's lock while a file is edited, `._x.md` macOS's resource fork: neither is a post.
  const hidden = names.filter((n) => /^\.(?![#_])/.test(n) && /\.(md|mdx|markdown|ya?ml)$/i.test(n));
  return Object.assign(listed, { hidden });
}

/**
 * Every symbolic link under `root` that leaves it, loops or leads nowhere, as paths relative to
 * `root` with `/`. Links are not followed (one that stays inside is walked where it leads), so a
 * loop cannot trap the walk. For public/, which the build copies whole into out/, following links.
 */
export function refusedLinksUnder(root: string): RefusedEntry[] {
  const out: RefusedEntry[] = [];
  const visit = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, e.name);
      if (e.isSymbolicLink()) {
        const entry = inspect(root, full);
        if (entry.kind === 'refused') out.push(entry);
      } else if (e.isDirectory()) visit(full);
    }
  };
  visit(path.resolve(root));
  return out;
}

/**
 * Where a file may be written below `root`: `rel` resolved, then checked to stay inside, with
 * the links that already exist on its way (and the file itself, if it is a link) followed.
 * Undefined for a path that would land outside.
 */
export function writableInside(root: string, rel: string): string | undefined {
  const target = path.resolve(root, rel);
  if (!isInside(path.resolve(root), target)) return undefined;
  const realTarget = realOfExistingPart(target);
  const realBase = realOfExistingPart(path.resolve(root));
  if (realTarget === undefined || realBase === undefined || !isInside(realBase, realTarget)) return undefined;
  return target;
}

/** The real path of the longest existing part of `p`, with the rest appended; undefined on a loop or a dangling link. */
function realOfExistingPart(p: string): string | undefined {
  const rest: string[] = [];
  let current = p;
  for (;;) {
    let exists = true;
    try {
      lstatSync(current);
    } catch {
      exists = false;
    }
    if (exists) {
      const r = realPath(current);
      return 'real' in r ? path.join(r.real, ...rest.reverse()) : undefined;
    }
    const parent = path.dirname(current);
    if (parent === current) return path.join(current, ...rest.reverse());
    rest.push(path.basename(current));
    current = parent;
  }
}
