import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type Sharp from 'sharp';
import { partialName } from '../../lib/atomic-file';
import { getContent } from '../../lib/content';
import { publicDirFromEnv, publicFile } from '../../lib/content/images';
import { messages } from '../../lib/messages';
import { readBodyImages } from '../body-images';
import { outPath } from './out-path';
import { responsiveImage, VARIANTS_URL_DIR } from '../../lib/responsive-images';
import type { PostbuildStep } from '../postbuild';

/**
 * Makes the responsive variants that pages already name in their `srcset`
 * (lib/responsive-images.ts): each is resized once with sharp, kept in the cache folder under
 * a name holding the hash of its source, and copied into out/. A rebuild resizes nothing
 * unless an image changed.
 */
export interface VariantOptions {
  publicDir: string;
  cacheDir: string;
  outDir: string;
  /** Site paths of the images, e.g. `/img/blog/x.jpg`. */
  sources: Iterable<string>;
}

/** sharp, loaded when a variant is to be made: a rebuild finds them all in its cache. */
let sharpModule: Promise<typeof Sharp> | undefined;
const loadSharp = () => (sharpModule ??= import('sharp').then((m) => m.default as typeof Sharp));

export async function makeVariants({ publicDir, cacheDir, outDir, sources }: VariantOptions): Promise<{ made: number; reused: number }> {
  mkdirSync(cacheDir, { recursive: true });
  const target = path.join(outDir, VARIANTS_URL_DIR);
  mkdirSync(target, { recursive: true });
  let made = 0;
  let reused = 0;
  const jobs: Promise<void>[] = [];
  const unreadable = new Set<string>();
  // Two spellings of one file (`été.jpg`, `%C3%A9t%C3%A9.jpg`) name the same variants: make each once.
  const queued = new Set<string>();
  for (const src of new Set(sources)) {
    const image = responsiveImage(publicDir, src);
    // publicFile: never a file outside public/, whatever the reference says.
    const input = publicFile(publicDir, src);
    if (!image || input === undefined) continue;
    for (const variant of image.variants) {
      if (queued.has(variant.file)) continue;
      queued.add(variant.file);
      const cached = path.join(cacheDir, variant.file);
      const copy = () => copyFileSync(cached, outPath(outDir, path.join(VARIANTS_URL_DIR.slice(1), variant.file)));
      if (existsSync(cached)) {
        reused++;
        copy();
        continue;
      }
      made++;
      // Written under a temporary name and renamed: an interrupted build leaves no half file in the cache.
      const partial = partialName(cached);
      const resize = (sharp: typeof Sharp) =>
        sharp(input)
          .rotate()
          .resize({ width: variant.width, withoutEnlargement: true })
          .webp({ quality: 72, effort: 4 })
          .toFile(partial);
      jobs.push(
        loadSharp()
          .then(resize)
          .then(
            () => {
              renameSync(partial, cached);
              copy();
            },
            // A file whose header reads as an image but whose data is broken: named, with the others.
            () => {
              unreadable.add(src);
            },
          ),
      );
    }
  }
  await Promise.all(jobs);
  if (unreadable.size) {
    throw new Error(messages().build.unreadableImages([...unreadable].map((src) => `public${src}`).join(', ')));
  }
  return { made, reused };
}

/** Every local image that published posts show: covers, and the images the check found in bodies. */
export function imagesOfPosts(): string[] {
  const sources = new Set<string>(readBodyImages());
  for (const post of getContent().published) if (post.image) sources.add(post.image.src);
  return [...sources];
}

export const imagesStep: PostbuildStep = {
  name: 'responsive image variants',
  async run(outDir) {
    const { made, reused } = await makeVariants({
      publicDir: publicDirFromEnv(),
      cacheDir: path.resolve('.cache', 'images'),
      outDir,
      sources: imagesOfPosts(),
    });
    console.log(`postbuild: ${made} image variants made, ${reused} from .cache/images/`);
  },
};
