import type { CoverImage } from '@/lib/content/post';
import { withBasePath } from '@/lib/urls';

/** A post's cover image. Decorative unless the post gives `image_alt`: the title says what it is. */
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
  return (
    // eslint-disable-next-line @next/next/no-img-element -- static export: images are served as files
    <img
      src={withBasePath(image.src)}
      alt={image.alt}
      width={image.width}
      height={image.height}
      sizes={sizes}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={className}
    />
  );
}
