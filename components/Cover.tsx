import type { CoverImage } from '@/lib/content/post';
import { responsiveImgProps, SIZES } from '@/lib/responsive-images';
import { isExternalUrl, withBasePath } from '@/lib/urls';

/**
 * A post's cover image. Decorative unless the post gives `image_alt`: the title says what it is.
 * Local covers come in WebP at the widths of lib/responsive-images; `priority` is for the one
 * cover a page shows first (a post's own), loaded eagerly and first.
 */
export function Cover({
  image,
  className,
  sizes,
  priority = false,
}: {
  image: CoverImage & { width?: number; height?: number };
  className?: string;
  sizes?: string;
  priority?: boolean;
}) {
  const responsive = isExternalUrl(image.src) ? {} : responsiveImgProps(image.src, sizes ?? SIZES.article, withBasePath);
  return (
    // eslint-disable-next-line @next/next/no-img-element -- static export: images are served as files
    <img
      src={withBasePath(image.src)}
      alt={image.alt}
      width={image.width}
      height={image.height}
      {...responsive}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={className}
    />
  );
}
