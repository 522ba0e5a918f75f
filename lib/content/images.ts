import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { RefusedFile } from '../messages';
import { inspect } from './safe-files';

/**
 * Local files that content refers to live under public/. Lookups are exact-case,
 * as on a Linux host; a reference that only matches in another case is reported with
 * the right spelling, since it works on a laptop and breaks once deployed.
 */
export interface FileLookup {
  exists(urlPath: string): boolean;
  /** The path as it is on disk when it differs from the reference only by case or Unicode form. */
  caseMatch(urlPath: string): string | undefined;
  /** Why a reference may not be read at all (it climbs out of public/, or a link on its way leaves it). */
  refused(urlPath: string): Refusal | undefined;
}

/** Why a reference may not be read; its message is the dictionary's (`fileRefused`). */
export interface Refusal {
  reason: RefusedFile;
}

/**
 * The folder of the files content refers to: `PUBLIC_DIR`, or public/. A Jekyll import into
 * another folder (`--target`) builds with `CONTENT_DIR` and `PUBLIC_DIR` pointing into it; its
 * files are copied into out/ by the build (scripts/postbuild/copy-public.ts), as Next copies public/.
 */
export function publicDirFromEnv(root = process.cwd()): string {
  return path.resolve(root, process.env.PUBLIC_DIR ?? 'public');
}

// Another case, or the other Unicode form of an accent (macOS stores `é` as `e` + U+0301): the same
// name to a laptop's file system, another one to a Linux host.
const fold = (name: string) => name.normalize('NFC').toLowerCase();

export function publicFileLookup(publicDir: string): FileLookup {
  const listings = new Map<string, string[] | null>();
  const list = (dir: string) => {
    if (!listings.has(dir)) {
      try {
        listings.set(dir, readdirSync(dir));
      } catch {
        listings.set(dir, null);
      }
    }
    return listings.get(dir) ?? null;
  };
  const resolved = new Map<string, PublicPath>();
  const resolve = (urlPath: string) => {
    let r = resolved.get(urlPath);
    if (!r) resolved.set(urlPath, (r = resolvePublicPath(publicDir, urlPath)));
    return r;
  };
  return {
    exists(urlPath) {
      const segments = siteSegments(urlPath);
      if (!segments?.length) return false;
      let dir = publicDir;
      for (const seg of segments) {
        if (!list(dir)?.includes(seg)) return false;
        dir = path.join(dir, seg);
      }
      return resolve(urlPath).kind === 'found';
    },
    caseMatch(urlPath) {
      let dir = publicDir;
      const found: string[] = [];
      for (const seg of siteSegments(urlPath) ?? []) {
        const entries = list(dir);
        const hit = entries?.find((e) => e === seg) ?? entries?.find((e) => fold(e) === fold(seg));
        if (!hit) return undefined;
        found.push(hit);
        dir = path.join(dir, hit);
      }
      return found.length ? `/${found.join('/')}` : undefined;
    },
    refused(urlPath) {
      const r = resolve(urlPath);
      return r.kind === 'refused' ? r.refusal : undefined;
    },
  };
}

/**
 * The segments of the file a site path names, as a browser resolves it (`.` and `..` applied,
 * `\` read as `/`), after decoding: undefined when it climbs above the site root
 * (`/../x.png`, `/img/%2e%2e/%2e%2e/x`), which on disk would leave public/.
 */
export function siteSegments(urlPath: string): string[] | undefined {
  const out: string[] = [];
  for (const seg of filePathOf(urlPath).split(/[/\\]/)) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out;
}

export type PublicPath =
  | { kind: 'found'; file: string; isFile: boolean }
  | { kind: 'missing' }
  | { kind: 'refused'; refusal: Refusal };

/**
 * What a site path names in public/: its real file, nothing, or a refusal when the path climbs
 * out of public/ or a symbolic link on its way leaves public/, loops or leads nowhere.
 */
export function resolvePublicPath(publicDir: string, urlPath: string): PublicPath {
  const segments = siteSegments(urlPath);
  if (!segments) {
    return { kind: 'refused', refusal: { reason: 'climbs' } };
  }
  if (segments.some((s) => s.includes('\0'))) return { kind: 'missing' };
  const entry = inspect(publicDir, path.join(publicDir, ...segments));
  switch (entry.kind) {
    case 'missing':
      return { kind: 'missing' };
    case 'refused':
      return { kind: 'refused', refusal: { reason: entry.reason } };
    default:
      return { kind: 'found', file: entry.real, isFile: entry.kind === 'file' };
  }
}

/**
 * The file of public/ that a site path names (`/img/blog/x.jpg?v=2` → `<public>/img/blog/x.jpg`,
 * its real path), or undefined when there is no such regular file or the path may not be read:
 * it climbs out of public/, or a symbolic link on its way leaves public/. Every reader of a
 * public file goes through this.
 */
export function publicFile(publicDir: string, urlPath: string): string | undefined {
  const r = resolvePublicPath(publicDir, urlPath);
  return r.kind === 'found' && r.isFile ? r.file : undefined;
}

/** Percent-decoded text, or the text as written when it is not valid percent-encoding. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The file a URL path names: without query or fragment, decoded (`/img/%C3%A9t%C3%A9.jpg?v=2` → `/img/été.jpg`). */
export const filePathOf = (urlPath: string) => safeDecode(urlPath.split(/[?#]/)[0] ?? '');

export const isLocalPath = (src: string) => src.startsWith('/') && !src.startsWith('//');

const sizeCache = new Map<string, { width: number; height: number } | undefined>();
// Enough for the header of any JPEG, EXIF block included; image files are not read whole.
const HEADER_BYTES = 512 * 1024;

/** Real pixel size of a local image, so that the page reserves its space. Cached per file. */
export function localImageSize(publicDir: string, urlPath: string): { width: number; height: number } | undefined {
  const file = publicFile(publicDir, urlPath);
  if (file === undefined) return undefined;
  if (sizeCache.has(file)) return sizeCache.get(file);
  let size: { width: number; height: number } | undefined;
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(HEADER_BYTES);
      const read = readSync(fd, buffer, 0, HEADER_BYTES, 0);
      const s = imageSize(buffer.subarray(0, read));
      // EXIF orientations 5 to 8 turn the picture a quarter: the browser shows it with sides swapped.
      const turned = (s.orientation ?? 1) >= 5;
      if (s.width && s.height) size = turned ? { width: s.height, height: s.width } : { width: s.width, height: s.height };
    } finally {
      closeSync(fd);
    }
  } catch {
    size = undefined;
  }
  sizeCache.set(file, size);
  return size;
}
