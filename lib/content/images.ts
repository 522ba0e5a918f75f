import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

/**
 * Local files that content refers to live under public/. Lookups are exact-case,
 * as on a Linux host; a reference that only matches in another case is reported with
 * the right spelling, since it works on a laptop and breaks once deployed.
 */
export interface FileLookup {
  exists(urlPath: string): boolean;
  /** The path as it is on disk when it differs from the reference only by case. */
  caseMatch(urlPath: string): string | undefined;
}

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
  const segmentsOf = (urlPath: string) => filePathOf(urlPath).split('/').filter(Boolean);
  return {
    exists(urlPath) {
      let dir = publicDir;
      for (const seg of segmentsOf(urlPath)) {
        if (!list(dir)?.includes(seg)) return false;
        dir = path.join(dir, seg);
      }
      return dir !== publicDir;
    },
    caseMatch(urlPath) {
      let dir = publicDir;
      const found: string[] = [];
      for (const seg of segmentsOf(urlPath)) {
        const entries = list(dir);
        const hit = entries?.find((e) => e === seg) ?? entries?.find((e) => e.toLowerCase() === seg.toLowerCase());
        if (!hit) return undefined;
        found.push(hit);
        dir = path.join(dir, hit);
      }
      return found.length ? `/${found.join('/')}` : undefined;
    },
  };
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

export interface ImageRef {
  src: string;
  line: number;
}

/**
 * Image references in a body, with their line: Markdown images, HTML `<img src>`,
 * and `src=` of MDX components. A regex scan, not a parse: it must stay fast on
 * thousands of posts, and it only needs the addresses.
 */
export function findImageRefs(body: string, firstLine: number): ImageRef[] {
  const refs: ImageRef[] = [];
  const patterns = [/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)/g, /<(?:img|Figure)\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/g];
  const lines = body.split('\n');
  lines.forEach((text, i) => {
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) refs.push({ src: m[1]!, line: firstLine + i });
    }
  });
  return refs;
}

export const isLocalPath = (src: string) => src.startsWith('/') && !src.startsWith('//');

const sizeCache = new Map<string, { width: number; height: number } | undefined>();
// Enough for the header of any JPEG, EXIF block included; image files are not read whole.
const HEADER_BYTES = 512 * 1024;

/** Real pixel size of a local image, so that the page reserves its space. Cached per file. */
export function localImageSize(publicDir: string, urlPath: string): { width: number; height: number } | undefined {
  const file = path.join(publicDir, filePathOf(urlPath));
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
