import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filePathOf, isLocalPath, localImageSize, publicDirFromEnv, publicFile } from './content/images';

/**
 * Responsive variants of the site's local images: each is resized to a few widths in WebP,
 * named by a hash of the source file's content, so that the names are known while pages
 * render (for `srcset`) and the files are made once, after the export, by
 * scripts/postbuild/images.ts, which keeps them in .cache/images/ between builds.
 */
export const VARIANT_WIDTHS = [480, 768, 1200] as const;
export const VARIANTS_URL_DIR = '/img/variants';

export interface ImageVariant {
  width: number;
  /** Site path, without the base path. */
  url: string;
  /** File name, the same in .cache/images/ and in out/img/variants/. */
  file: string;
}

export interface ResponsiveImage {
  width: number;
  height: number;
  variants: ImageVariant[];
}

/** Widths to make: the standard ones narrower than the image, and the image itself up to the widest. */
export function variantWidths(originalWidth: number): number[] {
  const widest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!;
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < originalWidth);
  widths.push(Math.min(originalWidth, widest));
  return [...new Set(widths)].sort((a, b) => a - b);
}

const RESIZABLE = /\.(jpe?g|png|webp|tiff?)$/i;
const cache = new Map<string, ResponsiveImage | undefined>();

export function contentHash(buffer: Buffer): string {
  return createHash('sha256').update(buffer).digest('hex').slice(0, 16);
}

const bySrc = new Map<string, ResponsiveImage | undefined>();

/** The variants of a local image, or undefined for remote, missing, SVG and GIF images. Cached per process. */
export function responsiveImage(publicDir: string, src: string): ResponsiveImage | undefined {
  // In the dev server an image may arrive in public/ at any time; in a build, public/ stays as it
  // is, and an image that many pages show (an author's photo, a cover on every list) is found once.
  if (process.env.NODE_ENV === 'development') return imageVariants(publicDir, src);
  const key = `${publicDir}\n${src}`;
  if (!bySrc.has(key)) bySrc.set(key, imageVariants(publicDir, src));
  return bySrc.get(key);
}

function imageVariants(publicDir: string, src: string): ResponsiveImage | undefined {
  const urlPath = src.split(/[?#]/)[0] ?? '';
  if (!isLocalPath(urlPath) || !RESIZABLE.test(urlPath)) return undefined;
  // Only a file of public/: a path that climbs out of it, or a link that leaves it, has no variants.
  const file = publicFile(publicDir, urlPath);
  if (file === undefined) return undefined;
  const key = `${file}\n${path.posix.basename(filePathOf(urlPath))}`;
  if (cache.has(key)) return cache.get(key);
  let result: ResponsiveImage | undefined;
  const size = localImageSize(publicDir, urlPath);
  if (size) {
    try {
      const hash = contentHash(readFileSync(file));
      // Named after the file the page refers to, even when a link inside public/ leads elsewhere; its
      // accents composed first, so that `é` and `e` + U+0301 (as macOS writes it) give one name.
      const stem = path.posix
        .basename(filePathOf(urlPath))
        .normalize('NFC')
        .replace(/\.[^.]+$/, '')
        .replace(/[^\w-]+/g, '-');
      result = {
        ...size,
        variants: variantWidths(size.width).map((width) => {
          const name = `${stem}-${hash}-${width}.webp`;
          return { width, url: `${VARIANTS_URL_DIR}/${name}`, file: name };
        }),
      };
    } catch {
      result = undefined;
    }
  }
  cache.set(key, result);
  return result;
}

/** `srcset` of an image, with each URL passed through `href` (which adds the base path). */
export function srcSetOf(image: ResponsiveImage, href: (url: string) => string): string {
  return image.variants.map((v) => `${href(v.url)} ${v.width}w`).join(', ');
}

const PUBLIC_DIR = publicDirFromEnv();

/** Column widths of the layout, for `sizes`: a post's text column and a card of the grid. */
export const SIZES = {
  article: '(min-width: 800px) 768px, calc(100vw - 2rem)',
  card: '(min-width: 1056px) 484px, (min-width: 768px) calc(50vw - 2.5rem), calc(100vw - 2rem)',
} as const;

/**
 * `srcSet`, `sizes`, width and height of an `<img>` of a local image, under the base path;
 * nothing for remote images, which are shown as they are.
 */
export function responsiveImgProps(
  src: string,
  sizes: string,
  href: (url: string) => string,
): { srcSet?: string; sizes?: string; width?: number; height?: number } {
  const image = responsiveImage(PUBLIC_DIR, src);
  if (!image) return {};
  // The dev server serves public/ alone: the variants exist only once a build has made them.
  if (process.env.NODE_ENV === 'development') return { width: image.width, height: image.height };
  return { srcSet: srcSetOf(image, href), sizes, width: image.width, height: image.height };
}
